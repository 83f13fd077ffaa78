#include "typeset/page/vertical_setter.h"

#include <algorithm>

#include "base/utf8.h"
#include "typeset/shape/clreq.h"

namespace wz::typeset {
namespace {

using Dir = pages::GlyphRun::Dir;

// Synthetic bold stroke, as in horizontal lines (setter.cpp): 1/30 em.
constexpr double kBoldStrokeEm = 1.0 / 30;
// A 纵中横 number may be this wide across the column (in em of its size) before it is
// narrowed: two half-width digits fill the cell exactly; three are set smaller to fit it.
constexpr double kTcyMaxEm = 1.0;
// A mark that closes (、，。）” …) sits this hair (in em) closer to the character before it,
// and the character after an opening mark (“（《 …) this much closer to the mark: invisible
// in print, it keeps the pair within one em in PDF readers' text extraction, which joins
// glyphs into a line only while their pitch does not exceed the font size, and rounding
// makes an exact 1-em pitch come out a hair over (mupdf 1.21, check-digest).
constexpr double kMarkNudgeEm = 0.002;

// Mainland vertical text sets ，、。：； in the upper right of their cell (GB/T 15834 竖排:
// 置于相应文字之下偏右), as the SC fonts' `vert` forms are drawn. A face whose `vert` leaves
// the mark as it stands in horizontal text (the Arphic Kai faces) has it moved there: the
// ink's centre this far right of the column's axis, its top this far under the cell's top.
// Taiwan and Hong Kong centre them in vertical text as in horizontal (clreq §3.2.3; 重訂
// 標點符號手冊: 居中): in a Traditional edition such a mark's ink is centred in its cell
// (Noto CJK's TC/HK `locl` forms already are, and `vert` keeps them).
constexpr double kMarkRightEm = 0.3, kMarkTopEm = 0.02;
constexpr std::u32string_view kUpperRightMarks = U"，、。：；";

bool in_ranges(const BoldRanges& rs, std::uint32_t b) {
  for (auto [lo, hi] : rs)
    if (b >= lo && b < hi) return true;
  return false;
}

// Text of glyph g's cluster (the ToUnicode key): up to the next cluster or the atom's end.
std::string cluster_text(const ShapedParagraph& sp, size_t g, size_t end_glyph,
                         std::uint32_t text_end) {
  std::uint32_t b = sp.glyphs[g].cluster, e = text_end;
  for (size_t k = g + 1; k < end_glyph; ++k)
    if (sp.glyphs[k].cluster != b) {
      e = sp.glyphs[k].cluster;
      break;
    }
  return e > b ? sp.text.substr(b, e - b) : std::string();
}

class LineWriter {
 public:
  LineWriter(const ShapedParagraph& sp, const RunRanges& ranges, bool centred_marks,
             FontLibrary& fonts, SetLine& out)
      : sp_(sp),
        bold_(ranges.bold),
        langs_(ranges.langs),
        centred_(centred_marks),
        fonts_(fonts),
        out_(out) {}

  void atom(const Atom& a, std::uint32_t text_end, double y) {
    if (a.glyph_count == 0) return;
    if (sp_.glyphs[a.first_glyph].orient == Orient::Tcy) return tcy(a, text_end, y);
    for (std::uint32_t g = a.first_glyph; g < a.first_glyph + a.glyph_count; ++g) {
      const ShapedGlyph& sg = sp_.glyphs[g];
      double gx = 0, gy = 0;
      if (sg.orient == Orient::Rotated) {
        // Turned 90° clockwise: the glyph's y (up) points right, its x runs down.
        gx = centred_baseline(sg.face, sg.size) + sg.y_offset;
        gy = y + sg.x_offset;
      } else {
        // HarfBuzz's TTB offsets are relative to the horizontal origin; the PDF's vertical
        // origin (vx, vy) is the top centre of the cell. What remains is the adjustment.
        hb_position_t vx = 0, vy = 0;
        hb_font_get_glyph_v_origin(fonts_.vertical_font(sg.face), sg.gid, &vx, &vy);
        double s = scale(sg.face, sg.size);
        gx = sg.x_offset + vx * s;
        gy = y - (sg.y_offset + vy * s);
        place_mark(sg, g, vx, vy, gx, gy);
      }
      push(sg.orient == Orient::Rotated ? Dir::RotatedCW : Dir::Vertical, sg, sg.size, g,
           a.first_glyph + a.glyph_count, text_end, gx, gy);
      y += sg.advance;
    }
  }

 private:
  double scale(int face, double size) const { return size / fonts_.face(face).upem; }

  // A mark of kUpperRightMarks whose glyph is its horizontal one: moved to the upper right
  // of its cell, or its centre in a Traditional edition (gx across the column, gy down it,
  // both relative to the vertical origin).
  void place_mark(const ShapedGlyph& sg, std::uint32_t g, hb_position_t vx, hb_position_t vy,
                  double& gx, double& gy) {
    bool starts = g == 0 || sp_.glyphs[g - 1].cluster != sg.cluster;
    if (!starts) return;
    std::size_t at = sg.cluster;
    char32_t c = utf8::next(sp_.text, at);
    if (kUpperRightMarks.find(c) == std::u32string_view::npos) return;
    hb_codepoint_t horizontal = 0;
    hb_font_t* hf = fonts_.face(sg.face).hb();
    if (!hb_font_get_nominal_glyph(hf, c, &horizontal) || horizontal != sg.gid) return;
    hb_glyph_extents_t ink{};
    if (!hb_font_get_glyph_extents(hf, sg.gid, &ink) || ink.width == 0) return;
    double s = scale(sg.face, sg.size);
    const double right = centred_ ? 0 : kMarkRightEm * sg.size;
    const double top = centred_ ? (sg.size + ink.height * s) / 2 : kMarkTopEm * sg.size;
    gx += right - (ink.x_bearing + ink.width / 2.0 - vx) * s;
    gy += top - (vy - ink.y_bearing) * s;
  }
  // Baseline of a turned run, across the column: the face's em box centred on the axis.
  double centred_baseline(int face, double size) const {
    const Face& f = fonts_.face(face);
    return -(f.ascender + f.descender) / 2.0 * scale(face, size);
  }

  // 纵中横: the number set horizontally, centred in its cell (the atom's length).
  void tcy(const Atom& a, std::uint32_t text_end, double y) {
    const std::uint32_t end = a.first_glyph + a.glyph_count;
    const ShapedGlyph& first = sp_.glyphs[a.first_glyph];
    double w = 0;
    for (std::uint32_t g = a.first_glyph; g < end; ++g) w += sp_.glyphs[g].advance;
    double f = w > kTcyMaxEm * first.size ? kTcyMaxEm * first.size / w : 1.0;
    double size = first.size * f;
    double baseline = y + a.width / 2 - centred_baseline(first.face, size);
    double x = -w * f / 2;
    run_ = nullptr;  // a cell of its own
    for (std::uint32_t g = a.first_glyph; g < end; ++g) {
      const ShapedGlyph& sg = sp_.glyphs[g];
      push(Dir::Horizontal, sg, size, g, end, text_end, x + sg.x_offset * f,
           baseline - sg.y_offset * f);
      x += sg.advance * f;
    }
    run_ = nullptr;
  }

  void push(Dir dir, const ShapedGlyph& sg, double size, std::uint32_t g, std::uint32_t gend,
            std::uint32_t text_end, double x, double y) {
    double stroke = in_ranges(bold_, sg.cluster) ? size * kBoldStrokeEm : 0;
    const std::string& lang = lang_at(langs_, sg.cluster);
    if (!run_ || run_->dir != dir || run_->font != sg.face || run_->size != size ||
        run_->stroke != stroke || run_->lang != lang) {
      out_.runs.push_back({});
      run_ = &out_.runs.back();
      run_->dir = dir;
      run_->font = sg.face;
      run_->size = size;
      run_->stroke = stroke;
      run_->lang = lang;
    }
    bool starts = g == 0 || sp_.glyphs[g - 1].cluster != sg.cluster;
    run_->add(sg.gid, x, y, starts ? cluster_text(sp_, g, gend, text_end) : std::string());
    out_.size = std::max<double>(out_.size, sg.size);
  }

  const ShapedParagraph& sp_;
  const BoldRanges& bold_;
  const LangRanges& langs_;
  bool centred_;  // Traditional: ，、。：； centred in their cells
  FontLibrary& fonts_;
  SetLine& out_;
  pages::GlyphRun* run_ = nullptr;
};

}  // namespace

// The class of the first / last character of atom a.
clreq::Cls edge_class(const ShapedParagraph& sp, std::uint32_t a, bool last) {
  auto [b, e] = sp.atom_text[a];
  std::u32string t = utf8::decode(std::string_view(sp.text).substr(b, e - b));
  while (!t.empty() && utf8::is_space(t.back())) t.pop_back();
  if (t.empty()) return clreq::Cls::Space;
  return clreq::classify(last ? t.back() : t.front());
}

// How far atom a moves up to stay against its neighbour (kMarkNudgeEm).
double nudge(const ShapedParagraph& sp, const Line& ln, std::uint32_t a) {
  if (a == ln.begin) return 0;
  using clreq::Cls;
  Cls first = edge_class(sp, a, false), before = edge_class(sp, a - 1, true);
  bool closes = first == Cls::Close || first == Cls::Comma || first == Cls::Stop;
  if (!closes && before != Cls::Open) return 0;
  return kMarkNudgeEm * sp.glyphs[sp.atoms[a].first_glyph].size;
}

void commit_vertical_line(const ShapedParagraph& sp, const Line& ln, const PlacedLine& pl,
                          const RunRanges& ranges, bool centred_marks, FontLibrary& fonts,
                          SetLine& out) {
  LineWriter w(sp, ranges, centred_marks, fonts, out);
  for (std::uint32_t a = ln.begin; a < ln.end; ++a) {
    if (sp.atoms[a].glyph_count == 0) continue;
    w.atom(sp.atoms[a], sp.atom_text[a].second, pl.atom_x[a - ln.begin] - nudge(sp, ln, a));
  }
  auto tb = sp.atom_text[ln.begin].first, te = sp.atom_text[ln.end - 1].second;
  out.text = sp.text.substr(tb, te - tb);
}

}  // namespace wz::typeset
