// expect_subsets (pdf_writer.h): the glyphs each face's PDF subset will hold, announced
// before the PDF is written so that the EPUB's subset of the same face covers them.
#include <map>
#include <vector>

#include "base/hb_ptr.h"
#include "fontfile/subset.h"
#include "pdf/pdf_writer.h"

namespace wz::pdf {

void expect_subsets(const pages::Document& doc, fontfile::SubsetCache& shared) {
  struct Use {
    std::vector<char> glyph;  // by glyph id: a flag per glyph is cheap at 10,000 pages
    bool vertical = false, cff = false;
  };
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
          HbBlob cff(hb_face_reference_table(face.get(), HB_TAG('C', 'F', 'F', ' ')));
          u->cff = hb_blob_get_length(cff.get()) > 0;
        }
      }
      u->vertical = u->vertical || r.dir == pages::GlyphRun::Dir::Vertical;
      for (const pages::Glyph& g : r.glyphs)
        if (g.gid < u->glyph.size()) u->glyph[g.gid] = 1;  // render_pdf rejects the rest
    }
  for (auto& [face, u] : uses) {
    if (u.cff && u.vertical) continue;  // its program is built by pdf/glyf_font, not subset
    fontfile::Needs needs;
    for (size_t g = 0; g < u.glyph.size(); ++g)
      if (u.glyph[g]) needs.glyphs.insert(static_cast<std::uint32_t>(g));
    shared.expect(face.first, face.second, needs);
  }
}

}  // namespace wz::pdf
