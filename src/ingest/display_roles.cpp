// The roles inside a headline group (引题 / 主题 / 副题), by the conventions of
// ../shared/gold/README.md "Display blocks without a dash cue" and GB/T 15834 §4.9 (dashes).
#include <algorithm>

#include "ingest/chars.h"
#include "ingest/cues.h"
#include "ingest/features.h"
#include "ingest/segment.h"
#include "lang/predicates.h"
#include "model/document.h"

namespace wz::ingest {

namespace {

// A long line with a clause under a 主题 adds detail: the 副题 (gold README).
constexpr int kLongDeckChars = 16;

bool has_ascii_digit(const std::string& s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A review's details of the work under review (《铁轨边的小城》 郑远山 著 江澄人民出版社):
// its title, maker and publisher, never the review's own head.
bool cites_a_work(const std::string& s) {
  if (s.find("出版社") != std::string::npos) return true;
  if (s.rfind("《", 0) != 0) return false;
  for (const char* maker : {"著", "编", "译", "主编"}) {
    size_t at = s.find(std::string(" ") + maker);
    if (at != std::string::npos) return true;
  }
  return false;
}

// A series label over the headline: short, its parts joined by a middle dot (冬日暖心·一线行).
bool is_series_label(const std::string& s) {
  constexpr int kMaxSeriesChars = 10;
  return visible_length(s) <= kMaxSeriesChars && s.find("·") != std::string::npos &&
         !has_inner_clause_mark(s);
}

// A line of facts parted by spaces (部分机场航班取消 铁路运输受阻), longer than the one plain
// clause above it (欧洲多地遭遇强降雪): the detail a deck adds, under the event its 主题 states
// (gold README "Display blocks without a dash"). (Figures above, 216家企业带来2.8万个岗位, are
// the kicker's context for a vivid two-part 主题.)
bool lists_details_under(const std::string& s, const std::string& above) {
  // A column's label runs to 7 characters (小记者在行动, 一季度经济观察); a clause that states
  // an event with its subject, longer.
  constexpr int kMinEventChars = 8;
  return is_slogan(s) && visible_length(above) >= kMinEventChars && !has_space(above) &&
         !has_ascii_digit(above) && !has_inner_clause_mark(above) && !is_series_label(above) &&
         visible_length(s) > visible_length(above);
}

// `s` under `above`: a deck opens with a predicate, or is a long clause, or runs at least
// as long as the line above with the detail a deck adds (a clause, a figure) -- a 主题
// under a kicker is the short, vivid line (gold README "Display blocks without a dash").
bool is_deck(const std::string& s, const std::string& above) {
  if (starts_with_predicate_opener(s) || cites_a_work(s)) return true;
  bool clause = has_inner_clause_mark(s);
  if (clause && visible_length(s) >= kLongDeckChars) return true;
  if (visible_length(s) >= visible_length(above) && (clause || has_ascii_digit(s))) return true;
  return lists_details_under(s, above);
}

// Each line's quotes closed: a 主题 broken in two does not split a quotation here.
bool quotes_closed(const std::string& s) {
  QuoteBalance q = quote_balance(s);
  return q.unclosed == 0 && q.unopened == 0 && q.ascii % 2 == 0;
}

// A subject with no verb over a predicate with no subject (临霄至桐州城际铁路建设者 /
// 挺进最后一座隧道): one 主题 the layout broke in two, not 引题 + 主题 -- neither line is a
// headline alone (gold README: a headline is a clause with its own subject). A short noun
// line at the top of a group stays a column label over the 主题 (工会动态); under a kicker
// it is the 主题's first line (青澜百万职工 / 搭上技能提升“直通车”).
bool is_broken_headline(const WordSegmenter& words, const std::string& top,
                        const std::string& below, bool group_top) {
  if ((group_top && visible_length(top) <= kMaxLabelChars) || is_slogan(top)) return false;
  if (has_inner_clause_mark(top) || has_inner_clause_mark(below)) return false;
  if (!quotes_closed(top) || !quotes_closed(below)) return false;
  return !has_verb(words, top) && opens_with_predicate(words, below);
}

}  // namespace

std::vector<size_t> assign_roles(const std::vector<std::string>& group, const WordSegmenter& words,
                                 ProtoArticle& a) {
  // The group's lines, a 主题 broken over two lines joined back into one.
  struct Line {
    std::string text;
    std::vector<size_t> at;  // the group lines it is made of
  };
  std::vector<Line> rem;
  for (size_t k = 0; k < group.size(); ++k) {
    if (!rem.empty() && rem.back().at.size() == 1 &&
        is_broken_headline(words, rem.back().text, group[k], rem.size() == 1)) {
      rem.back().text += std::string(model::kLineBreak) + group[k];
      rem.back().at.push_back(k);
      continue;
    }
    rem.push_back({group[k], {k}});
  }
  std::vector<size_t> furniture;
  if (rem.size() >= 2 && is_genre_label(rem[0].text)) {  // 新闻特写 over the headline
    a.genre = rem[0].text;
    rem.erase(rem.begin());
  }
  auto at = [&](size_t r) -> const std::string& { return rem[r].text; };
  auto set_aside = [&](size_t r) {
    furniture.insert(furniture.end(), rem[r].at.begin(), rem[r].at.end());
  };
  auto drop_outside = [&](size_t from, size_t to) {  // lines outside [from, to) are furniture
    for (size_t r = 0; r < rem.size(); ++r)
      if (r < from || r >= to) set_aside(r);
  };
  // A genre label over a group with no 引题 of its own reads as the 引题 (对话 / 写小镇，… /
  // ——访作家…): gold README, a label above one item is its kicker.
  auto label_as_kicker = [&] {
    if (a.kicker.empty()) a.kicker = a.genre;
    return furniture;
  };
  // Dash cues: "——副题" below the 主题; "引题——" above it (GB/T 15834 §4.9).
  for (size_t r = 1; r < rem.size(); ++r) {
    if (!starts_with_dash(at(r))) continue;
    a.headline = at(r - 1), a.subheadline = at(r);
    if (r >= 2 && a.kicker.empty()) a.kicker = at(r - 2);
    drop_outside(r >= 2 ? r - 2 : r - 1, r + 1);
    return label_as_kicker();
  }
  for (size_t r = rem.size() - 1; r-- > 0;) {
    if (!ends_with_dash(at(r))) continue;
    a.kicker = at(r), a.headline = at(r + 1);
    if (r + 2 < rem.size()) a.subheadline = at(r + 2);
    drop_outside(r, r + 3);
    return label_as_kicker();
  }
  // No cues: roles by count. More than 3 lines: the first is a column label.
  size_t base = rem.size() > 3 ? rem.size() - 3 : 0;
  drop_outside(base, rem.size());
  size_t m = rem.size() - base;
  auto line = [&](size_t r) -> const std::string& { return at(base + r); };
  if (m == 1) {
    a.headline = line(0);
  } else if (m == 2) {
    // A clause kicker or a label stays above; a deck (detail, no subject) goes below.
    // (Both with clauses: the longer one is the deck below, or the kicker above.)
    bool longer_below = visible_length(line(1)) > visible_length(line(0));
    // Each line's opening read once (friso segments its first characters).
    bool pred0 = opens_with_predicate(words, line(0)), pred1 = opens_with_predicate(words, line(1));
    // A clause with no subject over a line with one: 引题 over 主题 (打通…通道 / 黑龙江…).
    bool subjectless_above = pred0 && !pred1;
    // Under a genre label (记者调查 over 主题 + 副题) the label is the group's 引题: the two
    // lines below are a kicker and a head only when the first is one by form.
    bool weak_cues =
        a.genre.empty() && ((has_inner_clause_mark(line(0)) && !longer_below) || subjectless_above);
    bool kicker_first = is_slogan(line(0)) || visible_length(line(0)) <= kMaxLabelChars ||
                        is_series_label(line(0)) || weak_cues;
    // A line with no subject of its own under one that has it: the 主题's 副题 (年内完成…).
    // (A line opening with a preposition, 为一线建筑工人送上…, has none either.)
    bool subjectless_below = !pred0 && (opens_with_bare_predicate(words, line(1)) ||
                                        opens_with_relation(words, line(1)));
    if (!kicker_first && (is_deck(line(1), line(0)) || subjectless_below)) {
      a.headline = line(0), a.subheadline = line(1);
    } else {
      a.kicker = line(0), a.headline = line(1);
    }
  } else if (m == 3) {
    bool clause_kicker = has_inner_clause_mark(line(0)) && !is_slogan(line(0));
    if (is_slogan(line(2)) && clause_kicker) {
      // A slogan under the 主题 of a clause kicker is a banner of the page, not a 副题.
      a.kicker = line(0), a.headline = line(1);
      set_aside(base + 2);
    } else if (clause_kicker || is_deck(line(2), line(1))) {
      a.kicker = line(0), a.headline = line(1), a.subheadline = line(2);
    } else {
      // No deck below: the first line is a column label or banner over 引题 + 主题.
      set_aside(base);
      a.kicker = line(1), a.headline = line(2);
    }
  }
  return label_as_kicker();
}

}  // namespace wz::ingest
