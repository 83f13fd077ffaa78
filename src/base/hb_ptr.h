// base/hb_ptr: owners for HarfBuzz handles, shared by every stage that uses HarfBuzz
// (typeset, pdf, epub): a unique_ptr whose deleter is the handle's destroy function.
// Header-only; the stages that include it link HarfBuzz themselves.
#pragma once
#include <hb-subset.h>
#include <hb.h>

#include <memory>

namespace wz {

template <typename T, void (*Destroy)(T*)>
struct HbDestroy {
  void operator()(T* p) const { Destroy(p); }
};

using HbBlob = std::unique_ptr<hb_blob_t, HbDestroy<hb_blob_t, hb_blob_destroy>>;
using HbFace = std::unique_ptr<hb_face_t, HbDestroy<hb_face_t, hb_face_destroy>>;
using HbFont = std::unique_ptr<hb_font_t, HbDestroy<hb_font_t, hb_font_destroy>>;
using HbBuffer = std::unique_ptr<hb_buffer_t, HbDestroy<hb_buffer_t, hb_buffer_destroy>>;
using HbDrawFuncs =
    std::unique_ptr<hb_draw_funcs_t, HbDestroy<hb_draw_funcs_t, hb_draw_funcs_destroy>>;
using HbSubsetInput =
    std::unique_ptr<hb_subset_input_t, HbDestroy<hb_subset_input_t, hb_subset_input_destroy>>;
using HbSubsetPlan =
    std::unique_ptr<hb_subset_plan_t, HbDestroy<hb_subset_plan_t, hb_subset_plan_destroy>>;

}  // namespace wz
