// pdf/pdf_writer: serialises positioned pages into a PDF file.
// Consumes: wz::pages::Document (src/model/pages.h) only: glyph runs per face, rules,
// boxes, links, bookmarks and metadata, top-left origin in points.
// Produces: a PDF 1.7 file when tagged (pdf/structure; PDF/UA-1 is built on 1.7), else and
// for PDF/X-4 a PDF 1.6 file (PDF/X-4 or PDF/A-2u when the document asks: pdf/conformance)
// with subset Type0/CID fonts (CFF → CIDFontType0/FontFile3,
// TrueType, and CFF faces set vertically → CIDFontType2/FontFile2), ToUnicode maps, W/W2 metrics,
// outline, links, page labels and document info; byte-identical for identical input.
#pragma once
#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "model/pages.h"

namespace wz {
class TempOutput;
}
namespace wz::fontfile {
class SubsetCache;
}

namespace wz::pdf {

struct FontStat {
  std::string name;  // /BaseFont
  size_t glyphs = 0, program_bytes = 0, flate_bytes = 0;
  double ms_subset = 0;   // CPU time of the worker thread
  double ms_deflate = 0;  // wall time (the program is compressed in parallel pieces)
};

struct WriteStats {
  int pages = 0;
  std::vector<std::string> fonts;  // /BaseFont of every embedded subset
  size_t bytes = 0;                // size of the written file
  double ms_subset = 0;            // wall time of the font jobs (subset + deflate, parallel)
  double ms_write = 0;             // everything else: content, objects, serialisation
  double ms_subset_cpu = 0;        // hb-subset CPU time summed over fonts
  double ms_deflate_fonts = 0;     // font-program Flate wall time summed over fonts
  double ms_scan = 0;              // validating, opening faces, collecting glyph uses
  double ms_content = 0;           // building and compressing the page content streams
  double ms_serialise = 0;         // PoDoFo objects + Write() (into memory or the temp file)
  double ms_pictures = 0;          // reading, decoding, shrinking and compressing pictures
  int pictures = 0;                // picture files (image XObjects, SMasks aside)
  int pictures_shrunk = 0;         // copies of them shrunk to image_max_dpi (one per size)
  std::vector<FontStat> font_stats;
  std::vector<std::string> warnings;  // e.g. ToUnicode conflicts (one glyph, two texts)
};

// Serialises the document into `bytes` (in memory; `path` names it in errors). Bad input (a
// run naming a missing font, a glyph id the face does not have, a link to a missing page)
// throws wz::Error. With `shared`, each face's subset comes from there (one subset per face
// for every output of the build; see expect_subsets).
WriteStats render_pdf(const pages::Document& doc, const std::string& path, std::string& bytes,
                      fontfile::SubsetCache* shared = nullptr);
// The same, releasing each page's items as soon as its content stream is made (the pages
// of a large digest are most of the build's memory): `doc` keeps its pages' sizes, links
// and labels, not their items.
WriteStats render_pdf(pages::Document&& doc, const std::string& path, std::string& bytes,
                      fontfile::SubsetCache* shared = nullptr);
// The same, serialising straight into `out` (a temporary file of base/output.h, which the
// caller commits): the file's bytes are never held in memory whole, and `out` is written,
// fsync'ed and closed. The same bytes as the other overloads.
WriteStats render_pdf(pages::Document&& doc, TempOutput& out,
                      fontfile::SubsetCache* shared = nullptr);

// The writer in two halves, so that another output can be made between them once the
// pages' items are gone (at 4,000 pages they are most of the build's memory).
// prepare_pdf checks the document, records the glyphs each face sets and makes every
// page's content stream, releasing each page's items as it goes: content codes are the
// faces' own glyph ids (or CIDs), so no subset is needed yet. finish_pdf subsets the fonts
// (from `shared` when given) and serialises into `out` (written, fsync'ed and closed, as
// render_pdf does). The same bytes as render_pdf.
struct PreparedPdf;
std::shared_ptr<PreparedPdf> prepare_pdf(pages::Document&& doc, const std::string& path);
WriteStats finish_pdf(PreparedPdf& prepared, TempOutput& out,
                      fontfile::SubsetCache* shared = nullptr);

// Announces to `shared` the glyphs render_pdf will subset from each face (and the characters
// they set: hb-subset plans a subset from characters faster), so that an output
// subsetting the same face first (the EPUB) makes one subset that serves both.
void expect_subsets(const pages::Document& doc, fontfile::SubsetCache& shared);

// render_pdf, then the bytes to `path` through base/output.h (temp file, checked writes,
// fsync, rename). Throws wz::Error naming the path on failure; the old file stays intact.
WriteStats write_pdf(const pages::Document& doc, const std::string& path);

}  // namespace wz::pdf
