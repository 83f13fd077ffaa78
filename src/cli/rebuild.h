// cli/rebuild: what `watch` remembers between builds, so that a rebuild does only the work
// whose inputs changed (cli/watch.h). Consumes: a manifest, its digest and layouts, the
// typeset document. Produces: keys (fingerprints of the inputs each step reads) and the
// last build's results to reuse:
//  - ingest: the manifest's, sources' and sidecar pictures' bytes. Unchanged (a layout or
//    the cover edited), the last digest is reused and the pages are not read again;
//  - the EPUB: the digest, what the EPUB reads of each layout (its CSS, fonts, words), the
//    cover and pictures, the date — and, when the two outputs share font subsets, the
//    glyphs the PDF sets (the shared subsets hold both outputs' glyphs). Unchanged (a
//    layout's margins, page size, columns or print settings edited), the EPUB file is
//    kept and the PDF takes the last build's subsets, so it is the bytes a full build
//    would write;
//  - the PDF: all of the above and the whole layout files. Unchanged (a file saved as it
//    was), neither output is made again.
// A key is exact (the bytes themselves, not a hash), so a kept output is never stale.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model/document.h"
#include "model/layout.h"
#include "model/pages.h"

namespace wz::fontfile {
class SubsetCache;
}

namespace wz::cli {

struct Rebuild {
  // The last build's.
  std::string ingest_key, pdf_key, epub_key;
  std::optional<model::Digest> digest;  // what ingest gave for ingest_key
  std::shared_ptr<fontfile::SubsetCache> subsets;
  std::string pdf_path, epub_path;
  int pages = 0;
  size_t pdf_bytes = 0, epub_bytes = 0;
  std::vector<std::string> fonts;
  // This build's: which steps it left out (reported by watch).
  bool ingest_reused = false, pdf_kept = false, epub_kept = false;
};

// The bytes ingest reads: the manifest, every source, every sidecar picture; `repeat` and
// `allow_outside` too. The manifest alone when it cannot be read.
std::string ingest_key(const std::string& manifest, bool allow_outside, int repeat);

// The bytes the two outputs have in common besides the digest's text: the cover and every
// placed picture, the document date, the profile.
std::string media_key(const model::Digest& d, long long date);

// What the EPUB reads of each layout: its CSS, its fonts per role, its words and variant.
std::string epub_layout_key(const std::vector<model::Layout>& layouts);

// The whole layouts as the PDF reads them: the EPUB's part and the layout files' bytes
// (what the manifest changes in them, punctuation, is in the ingest key).
std::string pdf_layout_key(const model::Digest& d, const std::vector<model::Layout>& layouts,
                           const std::vector<std::string>& layout_dirs);

// The glyphs of each face the document sets (what it announces to shared subsets).
std::string glyph_key(const pages::Document& doc);

}  // namespace wz::cli
