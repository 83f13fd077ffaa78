// typeset/linebreak/fit: the line model shared by the strategies and by place_line.
// Consumes: atoms and a candidate line [begin, end). Produces: the line's natural width and
// adjustability per clreq §3.5 class, the adjustment plan (how much each class shrinks or
// stretches to reach the measure) and its cost. Both strategies and place_line use the
// same plan, so what the breaker judged is exactly what gets set.
#pragma once
#include <array>
#include <cstdint>
#include <vector>

#include "typeset/linebreak/atoms.h"

namespace wz::typeset::lb {

// ---- Cost model (all badness figures are unitless; 100 = "as bad as we tolerate") ----

// Inter-character stretch tolerance (clreq §3.5 step 3): a justified line may open each
// inter-character gap by up to 1/4 em. jlreq §3.8 and Mainland practice put the limit of
// letter-spacing body text at about 1/4 em: beyond it the grid visibly breaks into words.
// At this per-gap amount the badness is 100.
constexpr double kInterCharMaxStretchEm = 0.25;
// Badness of stretch grows with the cube of the per-gap amount (as TeX's badness does), so
// spreading half an em over 20 gaps (0.025 em per gap) costs almost nothing (0.1).
constexpr double kStretchBadnessAtTolerance = 100;
// Classes 1 and 2 (Latin word space, Han–Latin space) stretch up to their own limit
// (Atom::stretch); cost at the limit. Cheap: clreq takes them first.
constexpr double kLatinSpaceStretchCost = 10;
constexpr double kHanLatinStretchCost = 20;
// Shrink cost per em taken from each class (index = ShrinkClass). The order of taking is
// fixed by clreq §3.5; these only decide whether shrinking at all beats stretching.
// Squeezing a ，、； (class 5) or 。？！ (class 7) by its full half em costs 30 / 40, the
// same as stretching every gap by ~1/6 em: the breaker prefers even stretch of the whole
// line to a squeezed mark (typo-audit: ≤ 10% of mid-line marks squeezed).
constexpr std::array<double, 8> kShrinkCostPerEm = {
    0,   // None
    0,   // (1: line-end mark, done by Atom::end_trim, free)
    8,   // 2 LatinSpace: 1/3 → 1/4 em is invisible
    20,  // 3 Interpunct
    30,  // 4 Bracket
    60,  // 5 Comma ，、；
    60,  // 6 HanLatin ¼ → ⅛ em
    80,  // 7 Stop 。？！
};
// A paragraph set a line longer (BreakOptions::looseness > 0) keeps every line at or
// under this badness: 42.2 is 3/16 em per gap. At the full 1/4-em tolerance a loosened
// paragraph reads as spaced out (large print, looked at); at 1/8 em too few paragraphs
// can run a line longer to fill a page (makeup-audit fill faults in the one-column
// layouts, seeds and sample: 6 at 1/4 em, 8 at 3/16, 12 at 1/8, 13 without).
constexpr double kLoosenessMaxBadness = 42.2;
// Ragged (non-justified) setting: cost per em of slack squared, so lines come out even.
constexpr double kRaggedSlackCost = 1;

// ---- Demerits (TeX-style: (kLinePenalty + badness)^2 ± penalty^2, plus the below) ----
constexpr double kLinePenalty = 10;          // prefer fewer lines, all else equal
constexpr double kInfeasibleDemerits = 1e6;  // emergency pass: a line beyond tolerance
constexpr double kLoneCharDemerits = 1e9;    // 孤字 (clreq §3.4): forbidden unless impossible
constexpr double kOverfullDemerits = 1e12;   // emergency pass: a line that cannot fit

constexpr double kEps = 1e-3;  // pt: widths closer than this are equal

// Adjustability an atom contributes on a line, after the line edges took their part.
struct Effective {
  double shrink = 0;
  double stretch = 0;
};
// first/last: the atom starts/ends the line. At the end, the gap is dropped and end_trim
// removes the blank half, so a right-side shrink keeps only what exceeds gap + end_trim and
// the glue no longer stretches; at the start, start_trim eats a left-side shrink.
Effective effective(const Atom& a, bool first, bool last);

// What a line has: natural width (edge trims and indent applied) and adjustability by
// class. stretch[3] is the number of stretchable inter-character gaps (clreq: "equally").
struct LineAdjust {
  double natural = 0;
  std::array<double, 8> shrink{};
  std::array<double, 4> stretch{};
};

// How a line is set to a target: ratios of each class's available amount (shrink classes
// 2..7, stretch classes 1..2) and the amount per inter-character gap (class 3).
struct Plan {
  std::array<double, 8> shrink_ratio{};
  std::array<double, 4> stretch_ratio{};
  double per_gap = 0;   // class 3 growth of each gap, pt
  double over_by = 0;   // > 0: still too wide after all shrinking (overfull)
  double short_by = 0;  // > 0: no stretchable gap left to take the rest (underfull)
  double shrunk = 0, stretched = 0;
};

// How a line is set. Justified: exactly to the measure (shrink first if too long, else
// stretch). Ragged (BreakOptions::justify off) and Last (a paragraph's last line, or one
// ended by a forced break): natural width, shrunk only if it would overflow; a ragged line
// is charged for its slack so that lines come out even, a last line is not.
enum class SetMode { Justified, Ragged, Last };

Plan make_plan(const LineAdjust& adj, double target, SetMode mode);

struct Fit {
  double badness = 0;
  bool feasible = true;  // within shrink and the stretch tolerance
  bool overfull = false;
};
Fit judge(const LineAdjust& adj, const Plan& plan, double target, SetMode mode, double em);

// Prefix sums over a paragraph: O(1) LineAdjust of any [a, b).
class Prefix {
 public:
  explicit Prefix(const std::vector<Atom>& atoms);
  LineAdjust line(std::uint32_t a, std::uint32_t b, double indent) const;
  // Lower bound of the width of [a, b) and of every longer line from a: used to retire
  // a start point once nothing from it can fit.
  double min_width(std::uint32_t a, std::uint32_t b) const { return mw_[b] - mw_[a] - max_drop_; }
  // Upper bound of the width [a, b) can reach within the stretch tolerance: a line
  // narrower than this is too loose without judging it (most candidates are).
  double max_width(std::uint32_t a, std::uint32_t b, double tol) const {
    return adv_[b] - adv_[a] + stretch_[b][1] - stretch_[a][1] + stretch_[b][2] - stretch_[a][2] +
           (stretch_[b][3] - stretch_[a][3]) * tol;
  }
  // Atoms of [a, b) that are not marks (孤字 counts these).
  std::uint32_t chars(std::uint32_t a, std::uint32_t b) const { return ch_[b] - ch_[a]; }

 private:
  const std::vector<Atom>& atoms_;
  std::vector<double> adv_;  // width + gap
  std::vector<double> mw_;   // width + gap - shrink (monotone)
  std::vector<std::array<double, 8>> shrink_;
  std::vector<std::array<double, 4>> stretch_;
  std::vector<std::uint32_t> ch_;
  double max_drop_ = 0;  // largest gap + end_trim + shrink give-back at a line end
};

// Direct (loop) version, for place_line.
LineAdjust line_adjust(const std::vector<Atom>& atoms, std::uint32_t a, std::uint32_t b,
                       double indent);

}  // namespace wz::typeset::lb
