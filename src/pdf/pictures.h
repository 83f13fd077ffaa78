// pdf/pictures: the picture files of a document as image XObjects.
// Consumes: pages::Document: its images (paths), the placements of each on the pages,
// image_max_dpi and the output profile. Produces: one image XObject per file (a file placed
// twice is written once): a JPEG's data as it is in the file (DCTDecode, not re-encoded; an
// Adobe CMYK JPEG with /Decode 1 0 …), a PNG's pixels decoded by libpng and Flate-compressed
// (grey, RGB or an /Indexed palette kept; alpha as an /SMask). A picture with more pixels
// than image_max_dpi gives at its largest placement is shrunk to that (base/resample.h): a
// JPEG re-encoded as JPEG (a CMYK one as Flate pixels), a PNG as Flate pixels (a palette
// expanded to RGB). Colour spaces: Device spaces for the screen; where the profile's output
// intent is of another colour model (print: CMYK, archive: sRGB), RGB or CMYK pictures
// are /ICCBased on sRGB or the CMYK profile (pdf/conformance.h).
#pragma once
#include <podofo/podofo.h>

#include <string>
#include <vector>

#include "base/resample.h"
#include "model/pages.h"
#include "pdf/pdf_writer.h"

namespace wz::pdf {

// The most pixels each of doc.images needs: image_max_dpi over its largest placement (0 × 0
// for a file placed nowhere: left as it is). Read while the pages still hold their items.
std::vector<Size> picture_pixel_limits(const pages::Document& doc);

// The XObjects of doc.images, in order, each shrunk to its limit; st.pictures,
// pictures_shrunk and ms_pictures set.
std::vector<PoDoFo::PdfReference> add_pictures(PoDoFo::PdfMemDocument& pdf,
                                               const pages::Document& doc,
                                               const std::vector<Size>& limits, WriteStats& st);

}  // namespace wz::pdf
