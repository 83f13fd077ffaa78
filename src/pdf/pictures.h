// pdf/pictures: the picture files of a document as image XObjects.
// Consumes: pages::Document: its images (paths), the placements of each on the pages,
// image_max_dpi and the output profile. Produces: one image XObject per file and pixel size
// (a file placed twice at one size is written once): a JPEG's data as it is in the file
// (DCTDecode, not re-encoded; an Adobe CMYK JPEG with /Decode 1 0 …), a PNG's pixels decoded
// by libpng and Flate-compressed (grey, RGB or an /Indexed palette kept; alpha as an /SMask).
// Where a placement has more pixels than image_max_dpi gives at its size, it gets a copy
// shrunk to that (base/resample.h): a JPEG re-encoded as JPEG (a CMYK one as Flate pixels),
// a PNG as Flate pixels (a palette expanded to RGB). As Ghostscript's pdfwrite downsamples
// each use of an image by its own resolution and writes identical results once: one XObject
// per size a file is needed at, and one placement's copy serves the placements whose sizes
// are at most kShareSlack under it (the larger copy is shared, so no placement is drawn
// under image_max_dpi). A file is read and decoded once for all its copies: by the build's
// base/picture_store.h (Document::pictures) when there is one, which the check before
// rendering filled and the EPUB shares, else here. Colour spaces:
// Device spaces for the screen; where the profile's output intent is of another colour model
// (print: CMYK, archive: sRGB), RGB or CMYK pictures are /ICCBased on sRGB or the CMYK profile
// (pdf/conformance.h).
#pragma once
#include <podofo/podofo.h>

#include <string>
#include <vector>

#include "base/resample.h"
#include "model/pages.h"
#include "pdf/pdf_writer.h"

namespace wz::pdf {

// Placements whose wanted widths are within this factor under a larger one share its copy
// (they stand at most 5% over image_max_dpi): column-wide pictures in one layout are one
// size, and near sizes are not worth a second copy of the photo.
inline constexpr double kShareSlack = 1.05;

// The image XObjects a document needs and which one each placement draws.
struct PicturePlan {
  struct Copy {
    int image = 0;  // index into Document::images
    Size size;      // pixels; the file's own size: not shrunk
  };
  std::vector<Copy> copies;              // the XObjects, by image, the file's own size first
  std::vector<std::vector<int>> placed;  // per page, per Picture item in order: its copy
};

// Takes each placed file's size from Document::pictures (read by the check already), else from
// its header (base/image.h image_header: its head only). Read while the pages still hold their
// items.
PicturePlan plan_pictures(const pages::Document& doc);

// The XObjects of plan.copies, in order; st.pictures (files), pictures_shrunk (copies made
// smaller) and ms_pictures set. Each file is read once and, when it has copies to shrink,
// decoded once (at the largest of them, or at the size the store declared for the EPUB when
// that is enough: PictureStore::pixels).
std::vector<PoDoFo::PdfReference> add_pictures(PoDoFo::PdfMemDocument& pdf,
                                               const pages::Document& doc, const PicturePlan& plan,
                                               WriteStats& st);

}  // namespace wz::pdf
