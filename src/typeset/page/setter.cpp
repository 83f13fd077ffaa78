#include "typeset/page/setter.h"

#include <algorithm>

#include "typeset/page/vertical_setter.h"

namespace wz::typeset {
namespace {

// A display line broken between two words rather than two phrases costs as much as a
// line about three ems shorter (demerits are penalty squared against (10 + badness)
// squared, badness one per em of slack squared): phrase breaks win when they are near.
constexpr float kWordBreakPenalty = 30;

BreakOptions break_options(const ParaSpec& p, const ShapeOptions& so) {
  BreakOptions bo;
  bo.em = static_cast<float>(p.em);
  bo.first_indent = static_cast<float>(p.indent);
  bo.justify = p.align == Align::Justify;
  bo.avoid_lone_char = p.align == Align::Justify;
  bo.looseness = p.looseness;
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

// Synthetic bold stroke width: 1/30 em thickens Song strokes to about a 黑体 weight
// without closing the counters of dense characters.
constexpr double kBoldStrokeEm = 1.0 / 30;

// Byte ranges of the paragraph's bold runs (the shaped text is the runs concatenated).
std::vector<std::pair<uint32_t, uint32_t>> bold_ranges(const std::vector<StyledRun>& runs) {
  std::vector<std::pair<uint32_t, uint32_t>> out;
  uint32_t at = 0;
  for (const auto& r : runs) {
    auto end = at + static_cast<uint32_t>(r.text.size());
    if (r.bold) out.emplace_back(at, end);
    at = end;
  }
  return out;
}

bool in_ranges(const std::vector<std::pair<uint32_t, uint32_t>>& rs, uint32_t b) {
  for (auto [lo, hi] : rs)
    if (b >= lo && b < hi) return true;
  return false;
}

// Glyphs of one placed line → runs (one per face, size and weight), positions relative
// to the line.
void commit_line(const ShapedParagraph& sp, const Line& ln, const PlacedLine& pl,
                 const std::vector<std::pair<uint32_t, uint32_t>>& bold, const LangRanges& langs,
                 SetLine& out) {
  pages::GlyphRun* run = nullptr;
  for (uint32_t a = ln.begin; a < ln.end; ++a) {
    const Atom& atom = sp.atoms[a];
    double x = pl.atom_x[a - ln.begin];
    uint32_t gend = atom.first_glyph + atom.glyph_count;
    uint32_t tend = sp.atom_text[a].second;
    for (uint32_t g = atom.first_glyph; g < gend; ++g) {
      const ShapedGlyph& sg = sp.glyphs[g];
      double stroke = in_ranges(bold, sg.cluster) ? sg.size * kBoldStrokeEm : 0;
      const std::string& lang = lang_at(langs, sg.cluster);
      if (!run || run->font != sg.face || run->size != sg.size || run->stroke != stroke ||
          run->lang != lang) {
        out.runs.push_back({});
        run = &out.runs.back();
        run->font = sg.face;
        run->size = sg.size;
        run->stroke = stroke;
        run->lang = lang;
      }
      bool starts = g == atom.first_glyph || sp.glyphs[g - 1].cluster != sg.cluster;
      run->add(sg.gid, x + sg.x_offset, -sg.y_offset,
               starts ? cluster_text(sp, g, gend, tend) : std::string());
      x += sg.advance;
      out.size = std::max<double>(out.size, sg.size);
    }
  }
  auto [tb, te] = std::pair{sp.atom_text[ln.begin].first, sp.atom_text[ln.end - 1].second};
  out.text = sp.text.substr(tb, te - tb);
}

double align_offset(Align a, double measure, double width) {
  switch (a) {
    case Align::Center:
      return (measure - width) / 2;
    case Align::Right:
      return measure - width;
    default:
      return 0;
  }
}

}  // namespace

LangRanges lang_ranges(const std::vector<StyledRun>& runs) {
  LangRanges out;
  uint32_t at = 0;
  for (const auto& r : runs) {
    auto end = at + static_cast<uint32_t>(r.text.size());
    if (!r.lang.empty()) out.push_back({at, end, r.lang});
    at = end;
  }
  return out;
}

const std::string& lang_at(const LangRanges& ranges, std::uint32_t b) {
  static const std::string kNone;
  for (const auto& r : ranges)
    if (b >= r.begin && b < r.end) return r.lang;
  return kNone;
}

void apply_display_breaks(const std::vector<lang::BreakQuality>& q,
                          const std::vector<std::pair<std::uint32_t, std::uint32_t>>& atom_text,
                          std::vector<Atom>& atoms) {
  for (size_t k = 0; k + 1 < atoms.size(); ++k) {
    Atom& a = atoms[k];
    size_t at = atom_text[k + 1].first;  // the break falls before the next atom's text
    if (a.brk != Break::Allowed || at >= q.size()) continue;
    if (q[at] == lang::BreakQuality::Inside) a.brk = Break::Forbidden;
    if (q[at] == lang::BreakQuality::Word) a.penalty += kWordBreakPenalty;
  }
}

// A centred display paragraph (headline) that wraps is balanced: the narrowest measure,
// in whole characters, that keeps the same number of lines, so that no short last line
// hangs under a long one.
std::vector<Line> balanced(const ShapedParagraph& sp, std::vector<Line> lines, double measure,
                           const BreakOptions& bo) {
  if (lines.size() < 2) return lines;
  // What the breaks cost (a display line's word boundaries): balancing never trades a
  // phrase break for a word break.
  auto cost = [&](const std::vector<Line>& ls) {
    double c = 0;
    for (size_t i = 0; i + 1 < ls.size(); ++i) c += sp.atoms[ls[i].end - 1].penalty;
    return c;
  };
  double base = cost(lines);
  for (double m = measure - bo.em; m > measure / 2; m -= bo.em) {
    auto narrower = [&](int) { return static_cast<float>(m); };
    std::vector<Line> trial = break_lines(sp.atoms, narrower, bo);
    bool overfull = false;
    for (const auto& l : trial) overfull |= l.natural > m + 0.01;
    if (trial.size() != lines.size() || overfull || cost(trial) > base) break;
    lines = std::move(trial);
  }
  return lines;
}

std::vector<SetLine> set_paragraph(const ParaSpec& p, FontLibrary& fonts, const ShapeOptions& so) {
  ShapedParagraph sp = shape_paragraph(p.runs, fonts, so);
  if (sp.atoms.empty()) return {};
  if (!p.breaks.empty()) apply_display_breaks(p.breaks, sp.atom_text, sp.atoms);
  BreakOptions bo = break_options(p, so);
  auto line_measure = [&](size_t i) {
    return i < p.first_measures.size() ? p.first_measures[i] : p.measure;
  };
  auto measure = [&](int i) { return static_cast<float>(line_measure(static_cast<size_t>(i))); };
  std::vector<Line> lines = break_lines(sp.atoms, measure, bo);
  if (p.align == Align::Center) lines = balanced(sp, std::move(lines), p.measure, bo);
  auto bold = bold_ranges(p.runs);
  const LangRanges langs = lang_ranges(p.runs);
  std::vector<SetLine> out;
  for (size_t i = 0; i < lines.size(); ++i) {
    PlacedLine pl = place_line(sp.atoms, lines[i], bo);
    SetLine sl;
    if (so.vertical)
      commit_vertical_line(sp, lines[i], pl, {bold, langs}, model::traditional(so.variant), fonts,
                           sl);
    else
      commit_line(sp, lines[i], pl, bold, langs, sl);
    sl.width = pl.width;  // place_line's x and width include the first-line indent
    sl.measure = line_measure(i);
    sl.dx = align_offset(p.align, sl.measure, pl.width);
    sl.begin = sp.atom_text[lines[i].begin].first;
    sl.shrunk = pl.shrunk, sl.stretched = pl.stretched, sl.overfull = pl.overfull;
    sl.first = i == 0, sl.last = i + 1 == lines.size();
    out.push_back(std::move(sl));
  }
  return out;
}

}  // namespace wz::typeset
