// typeset/linebreak: break a paragraph's atoms into lines and place them.
// Consumes: atoms (atoms.h) and line measures. Produces: lines (which atoms, adjustment)
// and placed lines (x of each atom). Strategies (total-fit, greedy) live in files of their
// own behind break_lines().
#pragma once
#include <functional>
#include <vector>

#include "typeset/linebreak/atoms.h"

namespace wz::typeset {

struct BreakOptions {
  enum class Strategy { TotalFit, Greedy } strategy = Strategy::TotalFit;
  float em = 10.5f;             // body size, pt: scales the tolerances below
  float first_indent = 0;       // first-line indent, pt (2 em for body paragraphs)
  bool justify = true;          // stretch/shrink inner lines to the measure
  bool avoid_lone_char = true;  // 孤字: last line of one character (+ marks)
  // TeX's \looseness: set the paragraph in this many lines more (or fewer) than its best
  // breaking, when a breaking within tolerance and without 孤字 has that many; else the
  // best. The page make-up uses it to run an article a line long or short (total-fit only).
  int looseness = 0;
};

// The measure of line i (0-based); lets a paragraph run around a box or across columns
// of different widths.
using MeasureFn = std::function<float(int line)>;

std::vector<Line> break_lines(const std::vector<Atom>& atoms, const MeasureFn& measure,
                              const BreakOptions& opt);

PlacedLine place_line(const std::vector<Atom>& atoms, const Line& line, const BreakOptions& opt);

}  // namespace wz::typeset
