// epub/epub_writer: the EPUB 3 writer.
// Consumes: the document model (model/document.h) and one layout per issue
// (model/layout.h: styles per block, fonts per role, direction). Never reads typeset/ or
// pdf/ output: the EPUB is reflowable and built from the model directly.
// Produces: an EPUB 3.0 file (libzip container, OPF, nav + NCX, one XHTML per issue or
// per article, CSS per layout, optional hb-subset fonts), written atomically.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "model/document.h"
#include "model/layout.h"

namespace wz {
class PictureStore;
}
namespace wz::fontfile {
class SubsetCache;
}

namespace wz::epub {

struct EpubOptions {
  bool embed_fonts = true;
  long long timestamp = 0;  // seconds since the epoch; SOURCE_DATE_EPOCH applied by caller
  std::vector<std::string> font_dirs;  // project fonts/ folders, searched before fontconfig
  // An issue whose text exceeds this many bytes is written as one XHTML per article
  // (many reading systems slow down on content documents of a few hundred KB).
  size_t split_bytes = 120000;
  // The build's shared font subsets (fontfile/subset.h), or none: subset here.
  fontfile::SubsetCache* shared_fonts = nullptr;
  // The build's pictures, read and decoded once (base/picture_store.h), or none: read here.
  PictureStore* pictures = nullptr;
  // Write nothing: announce to shared_fonts what the book would embed of each face (a build
  // of the PDF alone, whose subsets then hold what a full build's do: the PDF is the same
  // bytes whichever outputs are asked for). No picture is copied, no container made.
  bool fonts_only = false;
};

// The widest picture the EPUB carries: wider than any reading system's page (a 4K screen
// shows a page at most this wide); a larger photo only weighs the book down.
inline constexpr int kEpubMaxPictureWidth = 1600;

struct EpubStats {
  size_t bytes = 0;                   // size of the EPUB file
  int files = 0;                      // entries in the container
  std::vector<std::string> fonts;     // embedded font files (EPUB/fonts/...)
  double ms = 0;                      // wall time of write_epub
  double ms_pictures = 0;             // of it, reading, checking and shrinking pictures
  int pictures = 0;                   // picture files, the cover included
  std::vector<std::string> warnings;  // text changed to be valid XML, fonts not found, ...
};

// The EPUB as bytes, in memory (`path` names it in errors). The cover, if any, is read and
// checked by its content (base/image.h). layouts[i] is the layout of digest.issues[i].
EpubStats render_epub(const model::Digest& digest, const std::vector<model::Layout>& layouts,
                      const std::string& path, const EpubOptions& options, std::string& bytes);

// render_epub written to `path` through base/output.h. Throws wz::Error on bad input (invalid
// UTF-8, size mismatch) or when the file cannot be written; an old file is left intact.
EpubStats write_epub(const model::Digest& digest, const std::vector<model::Layout>& layouts,
                     const std::string& path, const EpubOptions& options);

}  // namespace wz::epub
