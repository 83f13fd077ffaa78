// ingest/cues_rows: the forms of a box's or a listing's rows (cues.h): figures set apart
// by spaces, a figure alone, a label and a figure, a field, a results row, a book's credit,
// a brief's run-in title.
#include <algorithm>
#include <array>
#include <vector>

#include "ingest/cue_text.h"
#include "ingest/cues.h"
#include "ingest/lines.h"

namespace wz::ingest {

namespace {

using namespace cue_text;

// Verbs that introduce what someone said with a colon (GB/T 15834 §4.6): a sentence's
// colon, never a run-in title's.
constexpr std::array<UV, 12> kSayingVerbs = {U"表示", U"指出", U"说",   U"介绍", U"强调", U"认为",
                                             U"称",   U"提出", U"要求", U"获悉", U"提醒", U"建议"};
}  // namespace

// A line of figures set apart by spaces, as a data box prints them (29轮　18胜　7平, 最佳射手
// 奥卡福　17球): two or more items with figures, or a last item that is a figure.
bool is_figure_row(std::string_view s) {
  constexpr size_t kMaxRowChars = 30;  // a row of a box, not a paragraph
  if (!has_space(s)) return false;     // one item
  std::vector<U> items;
  U cur;
  U u = utf8::decode(s);
  if (u.size() > kMaxRowChars) return false;
  for (char32_t c : u) {
    if (is_sentence_end(c) || (is_clause_mark(c) && !is_colon(c))) return false;  // 明天：…
    if (!is_space(c)) {
      cur += c;
    } else if (!cur.empty()) {
      items.push_back(cur), cur.clear();
    }
  }
  if (!cur.empty()) items.push_back(cur);
  if (items.size() < 2) return false;
  int with_digits = 0;
  for (const U& it : items) with_digits += std::any_of(it.begin(), it.end(), is_digit);
  return with_digits >= 2 || is_digit(items.back().front());
}

bool is_figure_statement(std::string_view s) {
  constexpr size_t kMaxRowChars = 40;  // a row of a box, not a paragraph
  constexpr size_t kMaxUnitChars = 4;  // the unit after the last figure (个百分点)
  if (s.find("，") == std::string_view::npos) return false;  // most lines: no decoding
  const U& u = squeezed_u32(s);
  if (u.size() > kMaxRowChars || !utf8::is_han(u.front())) return false;
  if (std::any_of(u.begin(), u.end(), [](char32_t c) { return is_sentence_end(c); })) return false;
  size_t comma = u.find(U'，');
  auto digit_in = [&](size_t from, size_t to) {
    return std::any_of(u.begin() + static_cast<long>(from), u.begin() + static_cast<long>(to),
                       is_digit);
  };
  size_t last_digit = u.size();
  while (last_digit > 0 && !is_digit(u[last_digit - 1])) --last_digit;
  return digit_in(0, comma) && digit_in(comma, u.size()) && last_digit > comma &&
         u.size() - last_digit <= kMaxUnitChars;
}

bool is_bare_quantity(std::string_view s) {
  constexpr size_t kMaxUnitChars = 3;  // 亿人次, 万吨 (a head: 3号线开通)
  constexpr size_t kMaxChars = 16;
  const U& u = squeezed_u32(s);
  if (u.empty() || u.size() > kMaxChars || !is_digit(u[0])) return false;
  size_t k = 0;
  auto numeric = [](char32_t c) {
    return is_digit(c) || c == '.' || c == U'．' || c == ',' || c == '%' || c == U'％' ||
           c == U'‰' || c == '+' || c == '-' || c == U'~' || c == U'～';
  };
  while (k < u.size() && numeric(u[k])) ++k;
  size_t unit = u.size() - k;
  if (unit > kMaxUnitChars) return false;
  for (; k < u.size(); ++k)
    if (!utf8::is_han(u[k])) return false;
  return true;
}

size_t run_in_head_end(std::string_view s) {
  constexpr size_t kMinHead = 6, kMaxHead = 24;  // a brief's title: a phrase, not a label
  constexpr size_t kMinText = 10;
  if (s.find("  ") == std::string_view::npos && s.find("\u3000") == std::string_view::npos &&
      s.find("：") == std::string_view::npos && s.find(':') == std::string_view::npos)
    return std::string_view::npos;  // every form has its separator
  size_t i = 0, chars = 0, head_end = 0;
  while (i < s.size()) {
    size_t at = i;
    char32_t c = utf8::next(s, i);
    if (is_space(c) || is_colon(c)) {
      head_end = at;
      break;
    }
    if (is_clause_mark(c) || is_sentence_end(c) || ++chars > kMaxHead)
      return std::string_view::npos;
  }
  if (head_end == 0 || chars < kMinHead) return std::string_view::npos;
  // The separator: a colon, or two spaces (an ideographic space counts as two).
  size_t j = head_end, spaces = 0;
  bool colon = false;
  while (j < s.size()) {
    size_t at = j;
    char32_t c = utf8::next(s, j);
    if (is_colon(c) && !colon && spaces == 0) {
      colon = true;
    } else if (is_space(c)) {
      spaces += c == U'\u3000' ? 2 : 1;
    } else {
      j = at;
      break;
    }
  }
  if (!colon && spaces < 2) return std::string_view::npos;
  if (visible_length(s.substr(j)) < static_cast<int>(kMinText)) return std::string_view::npos;
  // Who said what (会议指出：…, 该负责人介绍：…) is a sentence's own colon.
  U head = utf8::decode(s.substr(0, head_end));
  if (ends_any(head, kSayingVerbs)) return std::string_view::npos;
  return j;
}

namespace {
// The author's part in a book's imprint, as a word set apart by spaces (王岳 著 …).
constexpr std::string_view kAuthorParts[] = {"著",   "译",   "编", "主编", "编著",
                                             "编译", "著译", "绘", "撰"};
// How a publisher's name ends (长江文艺出版社, 中华书局).
constexpr std::string_view kPublisherEnds[] = {"出版社", "出版公司", "出版集团",
                                               "书局",   "书店",     "出版"};

// 王岳 著 长江文艺出版社, 林可 编 少年儿童出版社: a name, the part alone between spaces,
// then the publisher.
bool is_imprint(std::string_view s) {
  std::vector<std::string_view> words = split_at_spaces(s);
  if (words.size() < 3) return false;
  auto is_part = [](std::string_view w) {
    return std::find(std::begin(kAuthorParts), std::end(kAuthorParts), w) != std::end(kAuthorParts);
  };
  auto publisher = [](std::string_view w) {
    return std::any_of(std::begin(kPublisherEnds), std::end(kPublisherEnds),
                       [&](std::string_view e) { return w.ends_with(e); });
  };
  return std::any_of(words.begin() + 1, words.end() - 1, is_part) && publisher(words.back());
}
}  // namespace

bool is_book_credit(std::string_view s) {
  if (is_imprint(s)) return true;
  if (s.find("著") == std::string_view::npos && s.find("译") == std::string_view::npos)
    return false;  // every form names the author's part
  constexpr size_t kMaxCreditChars = 40;
  const U& u = squeezed_u32(s);
  if (u.size() > kMaxCreditChars) return false;
  for (size_t k = 1; k < u.size(); ++k) {
    if (u[k] != U'著' && u[k] != U'译') continue;
    // 林若谷 著 / 人民文学出版社 / 58.00元, …（英）艾琳·卡特 著: the part ends the line or a
    // slash follows it.
    if (k + 1 == u.size() || u[k + 1] == '/' || u[k + 1] == U'／') return true;
  }
  return false;
}

bool is_ranked_result(std::string_view s) {
  constexpr size_t kMaxRankChars = 10;  // 第一名, 一等奖, 体育道德风尚奖
  // Only the line's head is decoded (a row is short, a paragraph is not): its spaces, the
  // rank (kMaxRankChars + 1 characters tell), the spaces after it and one character more.
  U u;
  size_t rank_chars = 0;
  bool after = false;  // past the rank's spaces
  for (size_t at = 0; at < s.size();) {
    char32_t c = utf8::next(s, at);
    u.push_back(c);
    if (!is_space(c) && (after || ++rank_chars > kMaxRankChars)) break;
    if (is_space(c) && rank_chars > 0) after = true;
  }
  size_t b = 0;
  while (b < u.size() && is_space(u[b])) ++b;
  size_t e = b;
  while (e < u.size() && !is_space(u[e])) ++e;
  if (e == b || e - b > kMaxRankChars || e >= u.size()) return false;
  size_t r = e;
  while (r < u.size() && is_space(u[r])) ++r;
  if (r == u.size()) return false;  // a rank and nothing ranked
  UV rank = UV(u).substr(b, e - b);
  bool place = rank.size() >= 3 && rank.front() == U'第' && rank.back() == U'名';
  for (size_t k = 1; place && k + 1 < rank.size(); ++k)
    place = is_digit(rank[k]) || UV(U"一二三四五六七八九十").find(rank[k]) != UV::npos;
  return place || rank.ends_with(U"奖") || rank == U"冠军" || rank == U"亚军" || rank == U"季军";
}

// A score set off by spaces between two names (上海海港 3:0 沧州雄狮): a results row.
static bool has_spaced_score(const U& u) {
  for (size_t k = 1; k + 1 < u.size(); ++k) {
    if (!is_colon(u[k]) || !is_digit(u[k - 1]) || !is_digit(u[k + 1])) continue;
    size_t a = k - 1, b = k + 1;
    while (a > 0 && is_digit(u[a - 1])) --a;
    while (b + 1 < u.size() && is_digit(u[b + 1])) ++b;
    if (a > 0 && is_space(u[a - 1]) && b + 1 < u.size() && is_space(u[b + 1])) return true;
  }
  return false;
}

// A score set between a team's name and a verb (广东队2-0横扫晋级, 天津3:0零封江苏), at u[j]:
// the figure of a headline's phrase, not a value under a label.
static bool score_in_phrase(const U& u, size_t j) {
  size_t k = j;
  while (k < u.size() && is_digit(u[k])) ++k;
  if (k + 1 >= u.size() || (u[k] != '-' && !is_colon(u[k])) || !is_digit(u[k + 1])) return false;
  for (++k; k < u.size() && is_digit(u[k]);) ++k;
  return j > 0 && utf8::is_han(u[j - 1]) && k < u.size() && utf8::is_han(u[k]);
}

// A row of a list set in columns (城区供电中心运维一班    变电运维中心…    东乡供电所): three
// cells or more, set apart by runs of two spaces or more, none a sentence.
bool is_table_row(std::string_view s) {
  constexpr int kMinCells = 3;
  constexpr size_t kMaxCellChars = 16;
  if (s.find("  ") == std::string_view::npos && s.find("\u3000") == std::string_view::npos)
    return false;  // most lines: no run of spaces
  int cells = 0, run = 0;
  size_t cell = 0;
  for (size_t i = 0; i < s.size();) {
    char32_t c = utf8::next(s, i);
    if (utf8::is_space(c)) {
      run += c == U'\u3000' ? 2 : 1;
      continue;
    }
    if (is_sentence_end(c) || is_clause_mark(c)) return false;
    if (run >= 2 || cells == 0) {
      if (cell > kMaxCellChars) return false;
      ++cells, cell = 0;
    }
    run = 0, ++cell;
  }
  return cells >= kMinCells && cell <= kMaxCellChars;
}

bool is_data_line(std::string_view s) {
  if (is_table_row(s)) return true;
  // An arrow, a source (…来源) or a colon: most lines hold none.
  if (s.find("→") == std::string_view::npos && s.find("源") == std::string_view::npos &&
      s.find("：") == std::string_view::npos && s.find(':') == std::string_view::npos)
    return false;
  if (has_spaced_score(utf8::decode(s))) return true;
  U u = squeezed_u32(s);
  if (u.find(U'→') != U::npos) return true;
  while (!u.empty() && is_opening(u.front())) u.erase(0, 1);
  if (starts(u, U"数据来源") || starts(u, U"资料来源") || starts(u, U"来源：")) return true;
  // A short label, a colon, and a figure soon after it (成交均价：每平方米12860元).
  constexpr size_t kMaxLabelChars = 8, kFigureWithin = 3, kFigureAfterMeasure = 8;
  for (size_t k = 0; k + 1 < u.size(); ++k) {
    if (!is_colon(u[k])) continue;
    // A score inside a phrase (三镇2:1逆转海牛): no label before it. (A time opening a
    // schedule's row, 15:00 WCBA…, is the row's label.)
    if (k > 1 && is_digit(u[k - 1]) && is_digit(u[k + 1]) && utf8::is_han(u[k - 2])) continue;
    size_t reach = k <= kMaxLabelChars ? kFigureAfterMeasure : kFigureWithin;
    for (size_t j = k + 1; j < u.size() && j <= k + reach; ++j) {
      if (is_digit(u[j])) return !score_in_phrase(u, j);
      if (is_clause_mark(u[j]) || is_sentence_end(u[j])) break;
    }
  }
  return false;
}

// The labels of a listing's fields (an exhibition's 时间 and 地点, a course's 对象).
constexpr UV kFieldLabels[] = {U"时间", U"地点", U"地址", U"电话", U"票价", U"主办", U"承办",
                               U"协办", U"网址", U"邮箱", U"日期", U"费用", U"咨询", U"联系人",
                               U"展期", U"主讲", U"嘉宾", U"对象", U"岗位", U"要求", U"待遇",
                               U"薪酬", U"联系电话",
                               // a recipe's (食材：… 做法：…)
                               U"食材", U"用料", U"配料", U"做法", U"功效"};

bool starts_with_field(std::string_view s) {
  constexpr size_t kFieldBytes = 32;  // the label and its colon open the line
  if (s.find("：") == std::string_view::npos && s.find(':') == std::string_view::npos) return false;
  size_t n = std::min(s.size(), kFieldBytes);
  while (n < s.size() && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;  // whole chars
  const U& u = squeezed_u32(s.substr(0, n));
  for (UV l : kFieldLabels)
    if (starts(u, l) && u.size() > l.size() + 1 && is_colon(u[l.size()])) return true;
  return false;
}

}  // namespace wz::ingest
