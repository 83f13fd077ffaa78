// ingest/encoding: the bytes of a page as an editor has it -> UTF-8 text.
// Consumes the raw bytes of a page (raw text or structured source), its name for messages
// (a path, or "<stdin>") and an encoding name ("" = detect). Produces the page as UTF-8
// without a byte-order mark, converted by ICU (ucnv_*) strictly: nothing is substituted or
// skipped. Throws wz::Error naming the file, the line, the byte offset in the file and the
// encoding when the bytes are not text in it. Called by ingest before the page is split
// into lines or parsed as Markdown; `wenzhai segment` uses it for pages read from stdin.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "ingest/ingest.h"

namespace wz::ingest {

// `encoding` empty = detect:
//   - a UTF-8 BOM, or bytes that are valid UTF-8: the text as it is (BOM removed);
//   - a UTF-16 BOM (FF FE little-endian, FE FF big-endian) or a UTF-32 one: converted;
//   - otherwise, bytes that decode cleanly as GB18030 (GBK and GB2312 are subsets of it):
//     converted from GB18030, unless the text before the first invalid UTF-8 byte is
//     plainly UTF-8 (several multi-byte characters: a UTF-8 page with a broken byte is
//     not turned into mojibake) or the bytes hold a NUL (UTF-16 without a BOM);
//   - neither: wz::Error at the first invalid UTF-8 byte, suggesting --encoding.
// `encoding` given ("GB18030", "GBK", "Big5", "UTF-16LE", any name ICU knows): converted
// strictly; an unknown name, or a byte sequence invalid in it, is a wz::Error.
std::string page_to_utf8(std::string_view bytes, const std::string& path,
                         const std::string& encoding);

// True when ICU has a converter of that name ("" counts: it means detect).
bool is_known_encoding(const std::string& name);

}  // namespace wz::ingest
