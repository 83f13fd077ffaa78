// expect_subsets (pdf_writer.h): the glyphs each face's PDF subset will hold, and the
// characters they set, announced before the PDF is written so that the EPUB's subset of the
// same face covers them.
#include <cstdint>
#include <map>
#include <vector>

#include "base/hb_ptr.h"
#include "base/utf8.h"
#include "fontfile/subset.h"
#include "pdf/pdf_writer.h"

namespace wz::pdf {
namespace {

constexpr size_t kCodePoints = 0x110000;

struct Use {
  std::vector<char> glyph;          // by glyph id: a flag per glyph is cheap at 10,000 pages
  std::vector<std::uint64_t> text;  // a bit per code point the glyphs set (kCodePoints bits)
  bool vertical = false, cff = false;
  void add_text(char32_t c) {
    if (c < kCodePoints) text[c / 64] |= std::uint64_t{1} << (c % 64);
  }
};

void add_glyph(const pages::GlyphRun& r, const pages::Glyph& g, Use& u) {
  if (g.gid < u.glyph.size()) u.glyph[g.gid] = 1;  // render_pdf rejects the rest
  if (!g.has_text()) return;
  if (!(g.text & pages::Glyph::kCluster)) return u.add_text(static_cast<char32_t>(g.text));
  const std::string& s = r.clusters.at(g.text & ~pages::Glyph::kCluster);
  for (size_t i = 0; i < s.size();) u.add_text(utf8::next(s, i));
}

fontfile::Needs needs_of(const Use& u) {
  fontfile::Needs needs;
  for (size_t g = 0; g < u.glyph.size(); ++g)
    if (u.glyph[g]) needs.glyphs.insert(needs.glyphs.end(), static_cast<std::uint32_t>(g));
  for (size_t w = 0; w < u.text.size(); ++w)
    for (std::uint64_t bits = u.text[w]; bits; bits &= bits - 1)
      needs.unicodes.insert(needs.unicodes.end(),
                            static_cast<char32_t>(w * 64 + __builtin_ctzll(bits)));
  return needs;
}

}  // namespace

void expect_subsets(const pages::Document& doc, fontfile::SubsetCache& shared) {
  std::map<std::pair<std::string, int>, Use> uses;
  std::vector<Use*> by_font(doc.fonts.size(), nullptr);
  for (const pages::Page& p : doc.pages)
    for (const pages::Item& it : p.items) {
      if (it.kind() != pages::Item::Kind::Run || it.run().glyphs.empty()) continue;
      const pages::GlyphRun& r = it.run();
      if (r.font < 0 || static_cast<size_t>(r.font) >= doc.fonts.size()) continue;
      Use*& u = by_font[r.font];
      if (!u) {
        const pages::FontFace& ff = doc.fonts[r.font];
        u = &uses[{ff.path, ff.index}];
        if (u->glyph.empty()) {
          HbFace face(hb_face_create(fontfile::mapped(ff.path), static_cast<unsigned>(ff.index)));
          u->glyph.assign(hb_face_get_glyph_count(face.get()), 0);
          u->text.assign(kCodePoints / 64, 0);
          HbBlob cff(hb_face_reference_table(face.get(), HB_TAG('C', 'F', 'F', ' ')));
          u->cff = hb_blob_get_length(cff.get()) > 0;
        }
      }
      u->vertical = u->vertical || r.dir == pages::GlyphRun::Dir::Vertical;
      for (const pages::Glyph& g : r.glyphs) add_glyph(r, g, *u);
    }
  for (auto& [face, u] : uses) {
    if (u.cff && u.vertical) continue;  // its program is built by pdf/glyf_font, not subset
    shared.expect(face.first, face.second, needs_of(u));
  }
}

}  // namespace wz::pdf
