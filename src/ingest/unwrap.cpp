#include "ingest/unwrap.h"

#include <algorithm>
#include <map>

#include "base/utf8.h"
#include "ingest/cues.h"
#include "ingest/features.h"

namespace wz::ingest {

namespace {

// Lines narrower than this (half-em units, 9 characters) are headlines, labels, a
// paragraph's last line or a poem's lines: they say nothing of the column width (the
// narrowest news column, a brief's, sets 10-12 characters).
constexpr int kMinMeasured = 18;
// A full column line may fall short of the measure by one character (a digit pair set
// in one em, a line with Latin) or overrun it by a hanging mark: widths within this many
// half-em units of the column count as full.
constexpr int kFullSlack = 2;
// A page is column-wrapped when at least this many of its measured lines, and at least
// this share of them, are full lines of one width. Paragraph-per-line pages spread their
// lengths over hundreds of characters: no width holds a fifth of them (every page of the
// corpus stays far below).
constexpr int kMinFullLines = 8;
constexpr double kMinFullShare = 0.5;
// A page on which at least this many lines are indented sets its paragraphs in: there a
// line that starts a block unindented is a headline, byline or label even when it happens
// to be as wide as the column, and nothing runs on from it.
constexpr int kMinIndentedLines = 3;

bool is_full(int w, int column) {
  return w >= column - kFullSlack && w <= column + kFullSlack;
}

bool ascii_word_char(char32_t c) {
  return c < 0x80 && ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'));
}

// `a` and `b` joined as one paragraph: Latin words keep the space the line break stood for.
void run_on(std::string& a, std::string_view b) {
  size_t i = a.size();
  char32_t last = utf8::prev(a, i);
  size_t j = 0;
  char32_t first = utf8::next(b, j);
  if (ascii_word_char(last) && ascii_word_char(first)) a += ' ';
  a += b;
}

}  // namespace

int half_em_width(std::string_view s) {
  int w = 0;
  for (size_t i = 0; i < s.size();) w += utf8::next(s, i) < 0x1100 ? 1 : 2;
  return w;
}

int column_width(const std::vector<SourceLine>& lines) {
  std::map<int, int> hist;
  int measured = 0;
  for (const auto& l : lines) {
    int w = l.indent + half_em_width(l.text);
    if (w < kMinMeasured) continue;
    ++hist[w], ++measured;
  }
  int best = 0, best_count = 0;
  for (const auto& [w, n] : hist) {
    int count = 0;
    for (int d = -kFullSlack; d <= kFullSlack; ++d) {
      auto it = hist.find(w + d);
      if (it != hist.end()) count += it->second;
    }
    if (count > best_count) best = w, best_count = count;
  }
  if (best_count < kMinFullLines || best_count < kMinFullShare * measured) return 0;
  return best;
}

Unwrapped unwrap_columns(std::vector<SourceLine> lines) {
  Unwrapped u;
  u.width = column_width(lines);
  if (u.width == 0) {
    u.lines = std::move(lines);
    return u;
  }
  bool indents = std::count_if(lines.begin(), lines.end(), [](const SourceLine& l) {
                   return l.indent > 0;
                 }) >= kMinIndentedLines;
  int last_width = 0;          // width of the last file line of u.lines.back()
  bool last_finished = false;  // ...and whether it ends a sentence
  for (auto& l : lines) {
    int w = l.indent + half_em_width(l.text);
    bool paragraph = !u.lines.empty() && (!indents || u.lines.back().indent > 0);
    // A full line that ends its sentence, then a short one that ends none: a paragraph
    // ends with its sentence, so the short line is a head or a label, not its last line.
    bool head_after = last_finished && !is_full(w, u.width) && !ends_terminal(l.text);
    // A line that opens a story (a dateline, 据《…》报道, or 近日， under a full line left
    // open) follows a head as wide as the column, not the line before it in a paragraph.
    bool opens_story = inline_byline_length(l.text, false) > 0 || starts_with_report_lead(l.text) ||
                       (!last_finished && starts_with_sentence_opener(l.text));
    bool runs_on = paragraph && l.gap == 0 && l.indent == 0 && is_full(last_width, u.width) &&
                   !head_after && !opens_story &&
                   u.lines.back().line + u.lines.back().span == l.line;
    last_width = w;
    last_finished = ends_terminal(l.text);
    if (!runs_on) {
      u.lines.push_back(std::move(l));
      continue;
    }
    SourceLine& p = u.lines.back();
    run_on(p.text, l.text);
    p.span += 1;
    ++u.joined;
  }
  return u;
}

}  // namespace wz::ingest
