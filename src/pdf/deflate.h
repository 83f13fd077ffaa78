// pdf/deflate: the PDF's zlib streams. The functions live in fontfile/deflate.h, because
// a font program's compressed bytes are shared with the EPUB's zip.
#pragma once
#include "fontfile/deflate.h"

namespace wz::pdf {

using fontfile::deflate_bytes;
using fontfile::deflate_font;
using fontfile::kFlateLevel;

}  // namespace wz::pdf
