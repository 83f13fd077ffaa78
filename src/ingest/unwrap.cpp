#include "ingest/unwrap.h"

#include <algorithm>
#include <map>

#include "base/utf8.h"
#include "ingest/chars.h"
#include "ingest/cues.h"
#include "ingest/features.h"
#include "ingest/seams.h"

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
constexpr double kMinFullShare = 0.3;
// Where at least this many lines near a line (in its window, not across a blank line) are
// indented, paragraphs are set in: there a line that starts a block unindented is a
// headline, byline or label even when it happens to be as wide as the column, and nothing
// runs on from it. (A page mixes items copied with indents and without.)
constexpr int kMinIndentedLines = 3;
// A PDF page sets its items in columns of different widths (a lead story across 22
// characters, a box in 18, a Q&A in 24): a line is full against the width most of the
// lines around it share, within this many file lines either side...
constexpr size_t kLocalWindow = 10;
// ...when at least this many of them share one (else the page's width holds).
constexpr int kMinLocalFull = 5;
// A block between two blank lines may be set at a measure of its own (an 编者按 across the
// page over a story in narrow columns): a width at least this many of its lines share is
// the block's column, however few they are beside the page's other widths, when most of
// the block's measured lines share it (a long block of many widths has none of its own).
constexpr int kMinBlockFull = 3;
// ...and is at least this wide (half-em units): a block's own measure is a column of
// text, 14 characters and more; narrower runs of one width are a listing's lines
// (地点：渭田镇文化广场), a poem's, a table's.
constexpr int kMinBlockWidth = 28;
// A careless copy interleaves two columns without a blank line (a brief wrapped at 14
// characters inside a lead wrapped at 24): at least this many lines in a row at one width
// are a column of their own...
constexpr size_t kMinRunLines = 3;
// ...when at least this many of their seams are sure wraps (a word or a clause cut across
// the line end), as a list's lines of one length (时间：… / 地点：…) are not.
constexpr int kMinRunWraps = 2;

bool is_full(int w, int column) {
  return column > 0 && w >= column - kFullSlack && w <= column + kFullSlack;
}

// Width with every character counted as a full one (spaces as half): a column line with
// digits or Latin holds more characters than a Han line of the same width, but a copy
// re-wrapped by a character count (a web tool, a retyped page) holds the same number.
int char_width(std::string_view s) {
  int w = 0;
  for (size_t i = 0; i < s.size();) w += utf8::is_space(utf8::next(s, i)) ? 1 : 2;
  return w;
}

// A line's width by each measure (half-em units, its indent included), read in one walk:
//  - half: half_em_width;
//  - chars: char_width;
//  - squeezed: every CJK mark at half width. A justified line rich in marks squeezes them
//    to fit more characters (adjacent marks set as 1.5 em, clreq §3.1.6.2; a line-end mark
//    half width, GB/T 15834 §5.1.10; marks shrunk first, clreq §3.5), so a column line with
//    。”“ in it may hold a character or two more than the measure. Only a line cut inside a
//    sentence is read so (one that ends a sentence, a bracket or a head's dash is not).
struct LineWidths {
  int half = 0, chars = 0, squeezed = 0;
  bool cut = false;  // ends inside a sentence
};

LineWidths widths_of(const SourceLine& l) {
  LineWidths w{l.indent, l.indent, l.indent, ends_mid_sentence(l.text)};
  std::string_view s = l.text;
  for (size_t i = 0; i < s.size();) {
    char32_t c = utf8::next(s, i);
    bool wide = c >= 0x1100;
    bool mark = is_opening(c) || is_closing(c) || is_clause_mark(c) || is_sentence_end(c);
    w.half += wide ? 2 : 1;
    w.chars += utf8::is_space(c) ? 1 : 2;
    w.squeezed += !wide || (mark && c != U'…') ? 1 : 2;  // (…… and —— keep their 2 em)
  }
  return w;
}

std::vector<LineWidths> widths_of(const std::vector<SourceLine>& lines) {
  std::vector<LineWidths> out;
  out.reserve(lines.size());
  for (const auto& l : lines) out.push_back(widths_of(l));
  return out;
}

// Full by either measure, or squeezed to the measure where the line is cut inside a
// sentence.
bool is_full_line(const LineWidths& w, int column) {
  return is_full(w.half, column) || is_full(w.chars, column) ||
         (w.cut && is_full(w.squeezed, column));
}

// The first of `columns` that a line of widths `w` fills, or 0.
int fills(const LineWidths& w, std::initializer_list<int> columns) {
  for (int c : columns)
    if (is_full_line(w, c)) return c;
  return 0;
}

bool ascii_word_char(char32_t c) {
  return c < 0x80 && ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'));
}

// `a` and `b` joined as one paragraph: Latin words keep the space the line break stood for;
// a figure cut across the line end (创造了15|00多个) is one number again.
void run_on(std::string& a, std::string_view b) {
  size_t i = a.size();
  char32_t last = utf8::prev(a, i);
  size_t j = 0;
  char32_t first = utf8::next(b, j);
  bool figure = is_digit(last) && is_digit(first);
  if (ascii_word_char(last) && ascii_word_char(first) && !figure) a += ' ';
  a += b;
}

}  // namespace

int half_em_width(std::string_view s) {
  int w = 0;
  for (size_t i = 0; i < s.size();) w += utf8::next(s, i) < 0x1100 ? 1 : 2;
  return w;
}

namespace {

// A line of prose, a clause mark in it and no colon: no site's, page's or byline's line (most
// lines of a page are read no further).
bool reads_as_prose(std::string_view s) {
  bool clause = s.find("，") != std::string_view::npos || s.find("。") != std::string_view::npos;
  return clause && s.find("：") == std::string_view::npos && s.find(':') == std::string_view::npos;
}

// A line of the page's furniture, no prose (the measure and the run-on skip it).
bool is_furniture_line(std::string_view s) {
  return !reads_as_prose(s) && is_page_furniture(s);
}

// Each line's width (half-em units) as a measure of its column, or 0 for a line that says
// nothing of it: one too short (kMinMeasured), or a line set at no column's measure, the
// site's or the page's own (来源：滨海都市报, 发布时间：2026-11-17 14:05, 责任编辑：…) or a
// byline's (a web story's meta lines share a width that no text is wrapped at).
std::vector<int> measured_widths(const std::vector<SourceLine>& lines) {
  std::vector<int> out(lines.size(), 0);
  for (size_t i = 0; i < lines.size(); ++i) {
    int w = lines[i].indent + half_em_width(lines[i].text);
    if (w < kMinMeasured || is_furniture_line(lines[i].text) ||
        (!reads_as_prose(lines[i].text) && is_byline_line(lines[i].text)))
      continue;
    out[i] = w;
  }
  return out;
}

// The width (half-em units) most of the measured lines in [from, to) share within
// kFullSlack (the narrowest on a tie), how many share it, and how many were measured.
struct CommonWidth {
  int width = 0, count = 0, measured = 0;
};
CommonWidth common_width(const std::vector<int>& widths, size_t from, size_t to) {
  std::vector<int> ws;  // the measured widths, sorted: those near a width are a run
  ws.reserve(to - from);
  for (size_t i = from; i < to; ++i)
    if (widths[i] > 0) ws.push_back(widths[i]);
  std::sort(ws.begin(), ws.end());
  int best = 0, best_count = 0;
  for (auto w = ws.begin(); w != ws.end(); w = std::upper_bound(w, ws.end(), *w)) {
    auto lo = std::lower_bound(ws.begin(), w, *w - kFullSlack);
    int count = static_cast<int>(std::upper_bound(w, ws.end(), *w + kFullSlack) - lo);
    if (count > best_count) best = *w, best_count = count;
  }
  return {best, best_count, static_cast<int>(ws.size())};
}

// Whether paragraphs are set in around each line (kMinIndentedLines).
std::vector<bool> local_indents(const std::vector<SourceLine>& lines) {
  std::vector<int> block(lines.size());
  for (size_t i = 1; i < lines.size(); ++i) block[i] = block[i - 1] + (lines[i].gap > 0 ? 1 : 0);
  std::vector<bool> out(lines.size());
  for (size_t i = 0; i < lines.size(); ++i) {
    int indented = 0;
    size_t from = i > kLocalWindow ? i - kLocalWindow : 0;
    for (size_t k = from; k < lines.size() && k <= i + kLocalWindow; ++k)
      indented += block[k] == block[i] && lines[k].indent > 0 ? 1 : 0;
    out[i] = indented >= kMinIndentedLines;
  }
  return out;
}

// Each line's column: the width its neighbours share, or 0 where too few of them share one
// (paragraph lines of a web copy beside a wrapped item: nothing there runs on).
std::vector<int> local_widths(const std::vector<int>& widths) {
  std::vector<int> out(widths.size(), 0);
  for (size_t i = 0; i < widths.size(); ++i) {
    size_t from = i > kLocalWindow ? i - kLocalWindow : 0;
    CommonWidth c = common_width(widths, from, std::min(widths.size(), i + kLocalWindow + 1));
    out[i] = c.count >= kMinLocalFull ? c.width : 0;
  }
  return out;
}

// Each line's block column: the width that kMinBlockFull lines of its blank-delimited
// block share, or 0.
std::vector<int> block_widths(const std::vector<SourceLine>& lines,
                              const std::vector<int>& widths) {
  std::vector<int> out(lines.size(), 0);
  for (size_t from = 0; from < lines.size();) {
    size_t to = from + 1;
    while (to < lines.size() && lines[to].gap == 0) ++to;
    CommonWidth c = common_width(widths, from, to);
    bool own = c.count >= kMinBlockFull && 2 * c.count > c.measured && c.width >= kMinBlockWidth;
    for (size_t k = from; k < to; ++k) out[k] = own ? c.width : 0;
    from = to;
  }
  return out;
}

// Each line's width in a run of lines set tight at one measure (kMinRunLines, kMinRunWraps),
// by either count (half-em or characters), or 0. (A paragraph's short last line is no part
// of the run; it runs on from the run's last line.)
std::vector<int> run_widths(const std::vector<SourceLine>& lines, const std::vector<int>& widths,
                            const std::vector<bool>& covered, const lang::WordSegmenter& words) {
  std::vector<int> out(lines.size(), 0);
  std::vector<signed char> wrap(lines.size(), -1);  // each seam weighed once
  auto sure_wrap = [&](size_t k) {
    if (wrap[k] < 0)
      wrap[k] = ends_comma(lines[k].text) ||
                word_across_seam(words, lines[k].text, lines[k + 1].text) > 0;
    return wrap[k] == 1;
  };
  for (size_t i = 0; i < lines.size();) {
    size_t best_end = i + 1;
    int best = 0;
    for (auto measure : {half_em_width, char_width}) {
      if (widths[i] == 0) break;
      int w = lines[i].indent + measure(lines[i].text);
      size_t j = i + 1;
      while (j < lines.size() && lines[j].gap == 0 && widths[j] > 0 &&
             is_full(lines[j].indent + measure(lines[j].text), w))
        ++j;
      if (j - i >= kMinRunLines && j > best_end) best_end = j, best = w;
    }
    // (A run the page's columns already cover needs no width of its own.)
    if (best > 0 &&
        std::all_of(covered.begin() + i, covered.begin() + best_end, [](bool c) { return c; })) {
      i = best_end;
      continue;
    }
    int wraps = 0;  // (the seam under the run's last line too: its paragraph's last line)
    for (size_t k = i; best > 0 && k < best_end && k + 1 < lines.size() && lines[k + 1].gap == 0;
         ++k)
      wraps += sure_wrap(k);
    if (wraps < kMinRunWraps) {  // no column here: the next line may start one (a title over it)
      ++i;
      continue;
    }
    std::fill(out.begin() + i, out.begin() + best_end, best);
    i = best_end;
  }
  return out;
}

// A line that opens a story (a dateline, 据《…》报道, or 近日， under a line left open)
// follows a head as wide as the column, not the line before it in a paragraph.
// A question or an answer (问：, 答：, 记者：) opens a paragraph of its own.
bool opens_story(const SourceLine& s, bool after_open) {
  return inline_byline_length(s.text, false) > 0 || starts_with_report_lead(s.text) ||
         starts_with_qa_label(s.text) || (after_open && starts_with_story_opener(s.text));
}

// What follows a head: a story's opening, a byline, a gap, or the page's end.
bool over_story(const SourceLine* next) {
  return !next || next->gap > 0 || opens_story(*next, true) || is_byline_line(next->text);
}

// A kicker ends with a dash (GB/T 15834 §4.9): the line `l` under it that ends on no mark,
// over a story's opening, a byline or a gap, is its 主题, not the rest of a sentence.
bool heads_under_kicker(const SourceLine& kicker, const SourceLine& l, const SourceLine* next) {
  if (kicker.span != 1 || !ends_with_dash(kicker.text) || !ends_mid_sentence(l.text) ||
      ends_comma(l.text))
    return false;
  return over_story(next);
}

// No clause or sentence mark (quotes and brackets may stand): a head's form.
bool markless(std::string_view s) {
  return !has_inner_clause_mark(s) && !has_sentence_mark(s) && !ends_comma(s);
}

// The next line follows close and is text: it runs past the column's width or ends on a
// mark, as a head does not.
bool next_starts_text(const SourceLine* next) {
  return next && next->gap == 0 && !markless(next->text);
}

// Of a line's words (two characters or more, as friso reads them): how many, and how many
// of them recur in `text`.
struct Echo {
  int words = 0, echoed = 0;
};
Echo echo_of(const WordSegmenter& w, std::string_view line, const std::string& text) {
  Echo e;
  for (const auto& t : w.tokens(line)) {
    std::string_view word = line.substr(t.begin, t.end - t.begin);
    if (utf8::length(word) < 2) continue;
    ++e.words;
    e.echoed += text.find(word) != std::string::npos ? 1 : 0;
  }
  return e;
}

// A brief's title is echoed by its lead: most of its words (two characters or more) recur
// in the text set under it (蓝海物流工会开设“职工夜校” / 蓝海物流公司工会近日开设“职工 / 夜校”，…),
// as a paragraph's line is not by the lines after it.
bool echoed_below(const WordSegmenter& w, std::string_view head, const std::string& below) {
  constexpr int kMinEchoed = 3;
  constexpr double kMinEchoedShare = 0.6;
  Echo e = echo_of(w, head, below);
  return e.echoed >= kMinEchoed && e.echoed >= kMinEchoedShare * e.words;
}

// A paragraph's line that happens to fill the column and hold no mark repeats the words
// of the story it goes on more than the text under it does (埃及电力和可再生能源部官员在并网
// 仪式 / 上表示，… under 中企承建的埃及光伏电站并网发电: 埃及, 并网 above, 埃及 below); a
// brief's title is echoed by its own lead below more than by the item above it (市建工集团为
// 户外职工送清凉 / 入夏以来，市建工集团工会…一线职工…: a page's common words on both sides).
bool goes_on_above(const WordSegmenter& w, std::string_view line, const std::string& above,
                   const std::string& below) {
  constexpr int kMinEchoedAbove = 2;
  int up = echo_of(w, line, above).echoed;
  return up >= kMinEchoedAbove && up > echo_of(w, line, below).echoed;
}

// The text of the story above: the last two lines unwrapped so far, set tight.
std::string text_above(const std::vector<SourceLine>& out) {
  std::string s;
  for (size_t j = out.size(), taken = 0; j-- > 0 && taken < 2; ++taken) {
    s += out[j].text;
    if (out[j].gap > 0) break;
  }
  return s;
}

// The text of at most `n` lines set tight under line k: where a lead's first words lie (two
// lines, kLeadStartLines), or where a brief's lead restates its title (its first sentence,
// four lines of a column or less, kLeadLines).
constexpr size_t kLeadStartLines = 2, kLeadLines = 4;
std::string text_below(const std::vector<SourceLine>& lines, size_t k, size_t n) {
  std::string out;
  for (size_t j = k + 1; j < lines.size() && j <= k + n && lines[j].gap == 0; ++j)
    out += lines[j].text;
  return out;
}

// Two lines with no mark at all, the second over a story's opening, a byline or a gap:
// a kicker and its 主题 (县委书记…强调 / 以项目攻坚加速度…), however wide the first, unless a
// word runs across the seam. So is a column's label and a brief's title as wide as the
// column, the title's words echoed by the lead under it (公告速递 / 华信电气：一季度净利润同比
// 增长36% / 华信电气(603728)…披露一季报，…净利润…同比增长36.1%。).
bool heads_a_story(const WordSegmenter& w, const SourceLine& top,
                   const std::vector<SourceLine>& lines, size_t k) {
  const SourceLine& l = lines[k];
  const SourceLine* next = k + 1 < lines.size() ? &lines[k + 1] : nullptr;
  if (top.span != 1 || !markless(top.text) || !markless(l.text) || ends_terminal(l.text))
    return false;
  if (!over_story(next) && !echoed_below(w, l.text, text_below(lines, k, kLeadLines))) return false;
  return word_across_seam(w, top.text, l.text) == 0;
}

// Lines set tight that reach no sentence's end before a byline line or a story's opening
// are a head group, however wide its lines (从“各自种”到“合伙种”，从“凭经验”到“看数据” /
// 丘陵山区跑出春耕“加速度” / 全省春播粮食面积已完成三成，进度快于上年同期 / 本报记者 邓文涛…):
// text finishes a sentence before it is signed. Line k opens the group's next line (unless
// a word runs across the seam: a 副题 wrapped, …助农春|耕，…).
bool group_over_byline(const std::vector<SourceLine>& lines, size_t k) {
  constexpr size_t kMaxGroupLines = 3;  // 引题, 主题, 副题
  auto unfinished = [](const SourceLine& l) {
    return !has_sentence_mark(l.text) && !ends_terminal(l.text);
  };
  if (k == 0 || !unfinished(lines[k - 1])) return false;
  size_t j = k;
  for (; j < lines.size() && j - k < kMaxGroupLines && lines[j].gap == 0; ++j) {
    const SourceLine& l = lines[j];
    if (is_byline_line(l.text) || opens_story(l, false)) break;
    if (!unfinished(l)) return false;
  }
  return j > k && j < lines.size() && lines[j].gap == 0 &&
         (is_byline_line(lines[j].text) || opens_story(lines[j], false));
}

// The width a page's lines share (kMinFullLines, kMinFullShare), or 0.
int page_width(const std::vector<int>& widths) {
  CommonWidth c = common_width(widths, 0, widths.size());
  if (c.count < kMinFullLines || c.count < kMinFullShare * c.measured) return 0;
  return c.width;
}

}  // namespace

int column_width(const std::vector<SourceLine>& lines) {
  return page_width(measured_widths(lines));
}

namespace {
// A page that mixes copy forms (a wrapped fragment, a web-copied story, a wrapped essay,
// a column of notices, each at a measure of its own) shares no width across the page, but
// its wrapped items are as plain as a wrapped page's: kMinFullLines lines full against the
// width their neighbours share make the page column-wrapped where they stand. Returns the
// width most of them share (for the note), or 0.
int local_column(const std::vector<SourceLine>& lines, const std::vector<int>& column) {
  std::map<int, int> full;
  int count = 0;
  for (size_t k = 0; k < lines.size(); ++k)
    if (column[k] > 0 && is_full_line(widths_of(lines[k]), column[k])) ++full[column[k]], ++count;
  if (count < kMinFullLines) return 0;
  return std::max_element(full.begin(), full.end(),
                          [](const auto& a, const auto& b) { return a.second < b.second; })
      ->first;
}
}  // namespace

Unwrapped unwrap_columns(std::vector<SourceLine> lines) {
  Unwrapped u;
  std::vector<int> widths = measured_widths(lines);
  u.width = page_width(widths);
  std::vector<int> column = local_widths(widths);
  if (u.width == 0) u.width = local_column(lines, column);
  if (u.width == 0) {
    u.lines = std::move(lines);
    return u;
  }
  std::vector<bool> indents = local_indents(lines);
  std::vector<int> block = block_widths(lines, widths);
  std::vector<LineWidths> measures = widths_of(lines);
  lang::WordSegmenter words;
  std::vector<bool> covered(lines.size());
  for (size_t k = 0; k < lines.size(); ++k)
    covered[k] = is_full_line(measures[k], column[k]) || is_full_line(measures[k], block[k]);
  std::vector<int> run = run_widths(lines, widths, covered, words);
  // Of the last file line of u.lines.back(): full, ends a sentence, ends on a comma-like
  // mark (no paragraph ends there: a wrapped line set short, or one hanging two marks), or
  // set wider than its column (a 副题 across the columns: it runs on where a word runs
  // across the seam, 助农春|耕).
  bool last_full = false, last_finished = false, last_comma = false, last_over = false;
  bool last_head = false;       // a head as wide as the column: nothing runs on from it
  bool last_byline = false;     // a byline line: nothing runs on from it either
  bool last_furniture = false;  // nor from the page's own line (a page header, a hotline)
  bool last_cut = false;        // text cut inside a sentence after finishing one
  std::string last_text;
  for (size_t k = 0; k < lines.size(); ++k) {
    SourceLine& l = lines[k];
    bool full = covered[k] || is_full_line(measures[k], run[k]);
    bool paragraph = !u.lines.empty() && (!indents[k] || u.lines.back().indent > 0);
    const SourceLine* next = k + 1 < lines.size() ? &lines[k + 1] : nullptr;
    // A full line that ends its sentence, then a short one that ends none: a paragraph
    // ends with its sentence, so the short line is a head or a label, not its last line.
    // So is a line as wide as the column with no mark at all over the next item's text (a
    // brief's title in a column of briefs set without blank lines), where paragraphs are not
    // set in (there an unindented line after a finished one goes on with its paragraph).
    // (Or over text that echoes its words, when the text's first line happens to hold no
    // mark.)
    // (Never where a word runs across the seam to the next line: 刚满二|十六岁.)
    auto titled = [&] {
      return !indents[k] && markless(l.text) && next &&
             (next_starts_text(next) ||
              echoed_below(words, l.text, text_below(lines, k, kLeadStartLines))) &&
             word_across_seam(words, l.text, next->text) == 0 &&
             !figure_across_seam(l.text, next->text) && !speaker_across_seam(l.text, next->text) &&
             !goes_on_above(words, l.text, text_above(u.lines),
                            text_below(lines, k, kLeadStartLines));
    };
    bool head_after = last_finished && !ends_terminal(l.text) && (!full || titled());
    // (A head runs no figure on into the line under it: 新华社符拉迪沃斯托克11月20|日电 is a
    // dateline cut under its head.)
    bool under_kicker = !u.lines.empty() &&
                        (heads_under_kicker(u.lines.back(), l, next) ||
                         heads_a_story(words, u.lines.back(), lines, k) ||
                         (group_over_byline(lines, k) &&
                          word_across_seam(words, u.lines.back().text, l.text) == 0)) &&
                        !(next && figure_across_seam(l.text, next->text));
    // A byline on a line of its own (本报记者 李 航) under a head as wide as the column.
    bool byline = !full && is_byline_line(l.text);
    // The page's own lines (版次, a page header after a page break, the foot's hotline) are
    // no paragraph's: nothing runs on to them or from them. (A full line inside a sentence cut
    // on both sides, …代表 / 扫描二维码即可在线提交建议、查询 / 办理进度。, is text whatever
    // its words.)
    bool inside_cut =
        last_full && ends_mid_sentence(last_text) && full && ends_mid_sentence(l.text);
    bool furniture = is_furniture_line(l.text) && !inside_cut;
    bool wrapped =
        last_full || last_comma || (last_over && word_across_seam(words, last_text, l.text) > 0);
    bool runs_on =
        paragraph && l.gap == 0 && l.indent == 0 && wrapped && !head_after && !last_head &&
        !last_byline &&
        (!opens_story(l, !last_finished && !last_cut) || figure_across_seam(last_text, l.text) ||
         speaker_across_seam(last_text, l.text)) &&
        !under_kicker && !byline && !furniture && !last_furniture &&
        u.lines.back().line + u.lines.back().span == l.line;
    int width = l.indent + half_em_width(l.text);
    int measure = std::max(column[k], block[k]);
    // (A byline line as wide as the column, 文/小记者 林可欣 张浩然 图/本报记者 赵雯, is whole:
    // the text under it starts a paragraph.)
    last_byline = is_byline_line(l.text);
    last_furniture = furniture;
    last_full = full;
    last_finished = finishes_item(l.text);
    // (A line that finished a sentence and is cut inside the next, …限时办结。截至, is text,
    // no head: the line under it goes on with that sentence, whatever word opens it.)
    last_cut = has_sentence_mark(l.text) && ends_mid_sentence(l.text);
    last_head = (head_after || under_kicker) && full;  // (a title under a label too)
    last_comma = ends_comma(l.text);
    last_over = measure > 0 && width > measure + kFullSlack && ends_mid_sentence(l.text);
    last_text = l.text;
    if (!runs_on) {
      l.measure = fills(measures[k], {run[k], column[k], block[k]});
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
