// pdf/pictures: the picture files of a document as image XObjects.
// Consumes: pages::Document::images (paths) and the output profile. Produces: one image
// XObject per file (a file placed twice is written once): a JPEG's data as it is in the
// file (DCTDecode, not re-encoded; an Adobe CMYK JPEG with /Decode 1 0 …), a PNG's pixels
// decoded by libpng and Flate-compressed (grey, RGB or an /Indexed palette kept; alpha as
// an /SMask). Colour spaces: Device spaces for the screen; where the profile's output
// intent is of another colour model (print: CMYK, archive: sRGB), RGB or CMYK pictures
// are /ICCBased on sRGB or the CMYK profile (pdf/conformance.h).
#pragma once
#include <podofo/podofo.h>

#include <string>
#include <vector>

#include "model/pages.h"

namespace wz::pdf {

std::vector<PoDoFo::PdfReference> add_pictures(PoDoFo::PdfMemDocument& pdf,
                                               const std::vector<std::string>& files,
                                               pages::Conformance conformance);

}  // namespace wz::pdf
