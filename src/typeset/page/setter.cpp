#include "typeset/page/setter.h"

#include <algorithm>

namespace wz::typeset {
namespace {

BreakOptions break_options(const ParaSpec& p, const ShapeOptions& so) {
  BreakOptions bo;
  bo.em = static_cast<float>(p.em);
  bo.first_indent = static_cast<float>(p.indent);
  bo.justify = p.align == Align::Justify;
  bo.avoid_lone_char = p.align == Align::Justify;
  return bo;
}

// Text of glyph g's cluster: from its cluster offset to the next glyph's (different)
// cluster offset, or to the end of the atom's text.
std::string cluster_text(const ShapedParagraph& sp, size_t g, size_t end_glyph, uint32_t text_end) {
  uint32_t b = sp.glyphs[g].cluster;
  uint32_t e = text_end;
  for (size_t k = g + 1; k < end_glyph; ++k)
    if (sp.glyphs[k].cluster != b) {
      e = sp.glyphs[k].cluster;
      break;
    }
  if (e <= b) return {};
  return sp.text.substr(b, e - b);
}

// Glyphs of one placed line → runs (one per face and size), positions relative to line.
void commit_line(const ShapedParagraph& sp, const Line& ln, const PlacedLine& pl, SetLine& out) {
  pages::GlyphRun* run = nullptr;
  for (uint32_t a = ln.begin; a < ln.end; ++a) {
    const Atom& atom = sp.atoms[a];
    double x = pl.atom_x[a - ln.begin];
    uint32_t gend = atom.first_glyph + atom.glyph_count;
    uint32_t tend = sp.atom_text[a].second;
    for (uint32_t g = atom.first_glyph; g < gend; ++g) {
      const ShapedGlyph& sg = sp.glyphs[g];
      if (!run || run->font != sg.face || run->size != sg.size) {
        out.runs.push_back({});
        run = &out.runs.back();
        run->font = sg.face;
        run->size = sg.size;
      }
      bool starts = g == atom.first_glyph || sp.glyphs[g - 1].cluster != sg.cluster;
      std::string text = starts ? cluster_text(sp, g, gend, tend) : std::string();
      run->glyphs.push_back({sg.gid, x + sg.x_offset, -sg.y_offset, std::move(text)});
      x += sg.advance;
      out.size = std::max<double>(out.size, sg.size);
    }
  }
  auto [tb, te] = std::pair{sp.atom_text[ln.begin].first, sp.atom_text[ln.end - 1].second};
  out.text = sp.text.substr(tb, te - tb);
}

double align_offset(Align a, double measure, double width) {
  switch (a) {
    case Align::Center: return (measure - width) / 2;
    case Align::Right: return measure - width;
    default: return 0;
  }
}

}  // namespace

std::vector<SetLine> set_paragraph(const ParaSpec& p, FontLibrary& fonts, const ShapeOptions& so) {
  ShapedParagraph sp = shape_paragraph(p.runs, fonts, so);
  if (sp.atoms.empty()) return {};
  BreakOptions bo = break_options(p, so);
  auto measure = [&](int) { return static_cast<float>(p.measure); };
  std::vector<Line> lines = break_lines(sp.atoms, measure, bo);
  std::vector<SetLine> out;
  for (size_t i = 0; i < lines.size(); ++i) {
    PlacedLine pl = place_line(sp.atoms, lines[i], bo);
    SetLine sl;
    commit_line(sp, lines[i], pl, sl);
    sl.width = pl.width;  // place_line's x and width include the first-line indent
    sl.measure = p.measure;
    sl.dx = align_offset(p.align, p.measure, pl.width);
    sl.shrunk = pl.shrunk, sl.stretched = pl.stretched, sl.overfull = pl.overfull;
    sl.first = i == 0, sl.last = i + 1 == lines.size();
    out.push_back(std::move(sl));
  }
  return out;
}

}  // namespace wz::typeset
