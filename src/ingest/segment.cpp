#include "ingest/segment.h"

#include <algorithm>
#include <array>
#include <map>

#include "base/utf8.h"
#include "ingest/chars.h"
#include "ingest/features.h"

namespace wz::ingest {

namespace {

using model::BlockKind;

// A gap this many blank lines wider than the page's usual one separates items (a photo,
// a new story under a rule); pages without blank lines get 2, pages with one get 3.
constexpr int kBigGapExtra = 2;
// A photo item: title, at most this many caption paragraphs, and a credit.
constexpr int kMaxPhotoCaptions = 3;

// 副题 test for a two-line group without dash cues: a line with no subject of its own
// opens with a predicate (verb, or adverbial of time/quantity) sharing the 主题's
// subject — "明确19项…", "每年遴选…". Data: common predicate openers of headlines.
constexpr std::array<std::u32string_view, 40> kPredicateOpeners = {
    U"明确",   U"每年", U"每月", U"将",   U"已",   U"再",   U"又",   U"推动", U"提出", U"实现",
    U"确保",   U"计划", U"首批", U"累计", U"全年", U"力争", U"助力", U"覆盖", U"惠及", U"帮助",
    U"带动",   U"出台", U"发布", U"新增", U"今年", U"去年", U"目前", U"涉及", U"全面", U"持续",
    U"进一步", U"共",   U"超",   U"逾",   U"近",   U"首次", U"正式", U"同时", U"并",   U"均"};

bool starts_with_predicate(const std::string& s) {
  std::u32string u = utf8::decode(squeeze(s));
  for (auto w : kPredicateOpeners)
    if (std::u32string_view(u).substr(0, w.size()) == w) return true;
  return false;
}

enum class Opener { End, InlineByline, BylineLine, Tip, Display, Body };

class Segmenter {
 public:
  Segmenter(const std::vector<SourceLine>& lines, const std::string& path)
      : L_(lines), path_(path), big_(mode_gap() + kBigGapExtra) {}

  Segmentation run() {
    for (size_t i = 0; i < L_.size();) i = step(i);
    return std::move(out_);
  }

 private:
  const std::vector<SourceLine>& L_;
  std::string path_;
  int big_;
  Segmentation out_;

  // The most frequent gap between lines: the page's paragraph separator.
  int mode_gap() const {
    std::map<int, int> hist;
    for (size_t i = 1; i < L_.size(); ++i) ++hist[L_[i].gap];
    int best = 0, count = -1;
    for (auto [g, c] : hist)
      if (c > count) best = g, count = c;
    return best;
  }

  SourcePos pos(size_t i) const { return SourcePos{path_, L_[i].line, L_[i].byte}; }
  const std::string& text(size_t i) const { return L_[i].text; }
  bool big_gap(size_t i) const { return i == 0 || L_[i].gap >= big_; }
  ProtoArticle* cur() { return out_.articles.empty() ? nullptr : &out_.articles.back(); }

  ProtoArticle& ensure_article(size_t i) {
    if (!cur()) out_.articles.push_back(ProtoArticle{.pos = pos(i)});
    return *cur();
  }
  void add(size_t i, BlockKind k, std::string t) {
    ensure_article(i).blocks.push_back(ProtoBlock{k, std::move(t), pos(i), L_[i].gap});
  }
  static int count(const ProtoArticle& a, BlockKind k) {
    return static_cast<int>(std::count_if(a.blocks.begin(), a.blocks.end(),
                                          [k](const ProtoBlock& b) { return b.kind == k; }));
  }
  const ProtoBlock* last_block() {
    return cur() && !cur()->blocks.empty() ? &cur()->blocks.back() : nullptr;
  }

  // Lines of a headline group starting at i: consecutive display candidates (blank lines
  // allowed, not a big gap); after the first line, a line with clause marks joins only
  // after a kicker dash or as a dash subheadline (kickers may be clauses, headlines not).
  std::vector<size_t> group_at(size_t i) const {
    constexpr size_t kMaxGroupLines = 4;  // column label + 引题 + 主题 + 副题
    std::vector<size_t> g{i};
    for (size_t j = i + 1; j < L_.size() && g.size() < kMaxGroupLines; ++j) {
      const std::string& t = text(j);
      if (big_gap(j) || !is_display_candidate(t) || is_genre_label(t)) break;
      if (has_inner_clause_mark(t) && !ends_with_dash(text(j - 1)) && !starts_with_dash(t)) break;
      g.push_back(j);
    }
    return g;
  }

  Opener opener(size_t j) const {
    while (j < L_.size() && is_continuation_line(text(j))) ++j;
    if (j >= L_.size()) return Opener::End;
    const std::string& t = text(j);
    if (is_tip_label(t, nullptr)) return Opener::Tip;
    if (is_byline_line(t)) return Opener::BylineLine;
    if (inline_byline_length(t, false)) return Opener::InlineByline;
    if (is_display_candidate(t) && !has_inner_clause_mark(t)) return Opener::Display;
    return Opener::Body;
  }

  // Does the headline group g, followed by opener o, start a new article?
  bool is_new_article(const std::vector<size_t>& g, Opener o) {
    ProtoArticle* a = cur();
    if (!a || big_gap(g[0]) || a->closed) return true;
    if (o == Opener::InlineByline || o == Opener::BylineLine || o == Opener::Tip) return true;
    for (size_t k = 0; k < g.size(); ++k) {
      if (k + 1 < g.size() && ends_with_dash(text(g[k]))) return true;
      if (k > 0 && starts_with_dash(text(g[k]))) return true;
    }
    if (g.size() >= 2) return o != Opener::End;
    // A single short line inside an article: a new headline only in news copy (an inline
    // byline story has no 小标题), only with no clause marks, after a finished sentence.
    const ProtoBlock* prev = last_block();
    if (!prev || prev->kind != BlockKind::Paragraph) return false;
    return a->has_inline_byline && !has_inner_clause_mark(text(g[0])) &&
           ends_terminal(prev->text) && o == Opener::Body;
  }

  // A short line that does not open an article: 小标题 or a paragraph fragment.
  BlockKind section_or_body(size_t i) {
    const ProtoBlock* prev = last_block();
    if (!prev || cur()->has_inline_byline) return BlockKind::Paragraph;
    if (visible_length(text(i)) > kMaxSectionHeadChars) return BlockKind::Paragraph;
    if (opener(i + 1) != Opener::Body) return BlockKind::Paragraph;
    bool after_sentence = prev->kind == BlockKind::Paragraph && ends_terminal(prev->text);
    bool after_head = prev->kind == BlockKind::Byline || prev->kind == BlockKind::ReadingTip;
    return after_sentence || after_head ? BlockKind::SectionHead : BlockKind::Paragraph;
  }

  void start_article(const std::vector<size_t>& g) {
    ProtoArticle a;
    a.pos = pos(g[0]);
    std::vector<std::string> texts;
    for (size_t k : g) texts.push_back(text(k));
    for (size_t f : assign_roles(texts, a)) out_.dropped.push_back(L_[g[f]]);
    out_.articles.push_back(std::move(a));
  }

  bool photo_like(const ProtoArticle& a) const {
    int paras = count(a, BlockKind::Paragraph) + count(a, BlockKind::Caption);
    return !a.headline.empty() && !a.has_inline_byline && count(a, BlockKind::Byline) == 0 &&
           paras >= 1 && paras <= kMaxPhotoCaptions;
  }

  // Would the line at j open a new article (used to judge what ends an item)?
  bool starts_new_article(size_t j) {
    if (j >= L_.size()) return true;
    if (!is_display_candidate(text(j))) return false;
    std::vector<size_t> g = group_at(j);
    return is_new_article(g, opener(g.back() + 1));
  }

  size_t on_byline_lines(size_t i) {
    size_t j = i + 1;
    while (j < L_.size() && !big_gap(j) && is_byline_line(text(j))) ++j;
    ProtoArticle* a = cur();
    bool has_body = a && count(*a, BlockKind::Paragraph) > 0;
    // A name line after a photo's caption, before the next headline: the photo's credit.
    bool item_ends = j >= L_.size() || is_display_candidate(text(j)) || starts_new_article(j);
    if (has_body && photo_like(*a) && item_ends) {
      for (size_t k = i; k < j; ++k) add(k, BlockKind::Credit, text(k));
      a->closed = true;
    } else {
      for (size_t k = i; k < j; ++k) add(k, BlockKind::Byline, text(k));
    }
    return j;
  }

  void on_paragraph(size_t i) {
    const std::string& t = text(i);
    ProtoArticle& a = ensure_article(i);
    bool first = count(a, BlockKind::Paragraph) == 0 && count(a, BlockKind::Caption) == 0;
    if (first && inline_byline_length(t, !a.headline.empty()) > 0) a.has_inline_byline = true;
    size_t c = trailing_credit_start(t);
    if (c != std::string_view::npos) {  // caption and credit share the line
      add(i, BlockKind::Paragraph, trim_spaces(t.substr(0, c)));
      add(i, BlockKind::Credit, t.substr(c));
      a.closed = true;
      return;
    }
    // A short single sentence set off by a wide gap inside a running story: the caption
    // of an in-article photo, not body text.
    bool caption = !first && L_[i].gap >= big_ && visible_length(t) <= kMaxInlineCaptionChars &&
                   ends_terminal(t) && sentence_marks(t) == 1;
    add(i, caption ? BlockKind::Caption : BlockKind::Paragraph, t);
  }

  static int sentence_marks(const std::string& t) {
    int n = 0;
    for (size_t k = 0; k < t.size();) n += is_sentence_end(utf8::next(t, k));
    return n;
  }

  size_t step(size_t i) {
    const std::string& t = text(i);
    std::string rest;
    if (is_continuation_line(t)) {
      out_.dropped.push_back(L_[i]);
      return i + 1;
    }
    if (is_tip_label(t, &rest)) {
      if (!rest.empty() || i + 1 >= L_.size()) {
        add(i, BlockKind::ReadingTip, rest);
        return i + 1;
      }
      add(i + 1, BlockKind::ReadingTip, text(i + 1));
      return i + 2;
    }
    if (is_byline_line(t)) return on_byline_lines(i);
    if (trailing_credit_start(t) == 0) {
      add(i, BlockKind::Credit, t);
      cur()->closed = true;
      return i + 1;
    }
    if (is_display_candidate(t)) {
      std::vector<size_t> g = group_at(i);
      if (is_new_article(g, opener(g.back() + 1))) {
        start_article(g);
        return g.back() + 1;
      }
      add(i, section_or_body(i), t);
      return i + 1;
    }
    on_paragraph(i);
    return i + 1;
  }
};

}  // namespace

std::vector<size_t> assign_roles(const std::vector<std::string>& group, ProtoArticle& a) {
  std::vector<size_t> rem, furniture;
  for (size_t k = 0; k < group.size(); ++k) rem.push_back(k);
  if (group.size() >= 2 && is_genre_label(group[0])) {  // 新闻特写 over the headline
    a.genre = group[0];
    rem.erase(rem.begin());
  }
  auto at = [&](size_t r) -> const std::string& { return group[rem[r]]; };
  auto drop_outside = [&](size_t from, size_t to) {  // lines outside [from, to) are furniture
    for (size_t r = 0; r < rem.size(); ++r)
      if (r < from || r >= to) furniture.push_back(rem[r]);
  };
  // Dash cues: "——副题" below the 主题; "引题——" above it (GB/T 15834 §4.9).
  for (size_t r = 1; r < rem.size(); ++r) {
    if (!starts_with_dash(at(r))) continue;
    a.headline = at(r - 1), a.subheadline = at(r);
    if (r >= 2 && a.kicker.empty()) a.kicker = at(r - 2);
    drop_outside(r >= 2 ? r - 2 : r - 1, r + 1);
    return furniture;
  }
  for (size_t r = rem.size() - 1; r-- > 0;) {
    if (!ends_with_dash(at(r))) continue;
    a.kicker = at(r), a.headline = at(r + 1);
    if (r + 2 < rem.size()) a.subheadline = at(r + 2);
    drop_outside(r, r + 3);
    return furniture;
  }
  // No cues: roles by count. More than 3 lines: the first is a column label.
  size_t base = rem.size() > 3 ? rem.size() - 3 : 0;
  drop_outside(base, rem.size());
  size_t m = rem.size() - base;
  auto line = [&](size_t r) -> const std::string& { return at(base + r); };
  if (m == 1) {
    a.headline = line(0);
  } else if (m == 2) {
    if (!is_slogan(line(0)) && starts_with_predicate(line(1))) {
      a.headline = line(0), a.subheadline = line(1);
    } else {
      a.kicker = line(0), a.headline = line(1);
    }
  } else if (m == 3) {
    a.kicker = line(0), a.headline = line(1);
    // A slogan under the 主题 of a clause kicker is a banner of the page, not a 副题.
    if (is_slogan(line(2)) && !is_slogan(line(0))) {
      furniture.push_back(rem[base + 2]);
    } else {
      a.subheadline = line(2);
    }
  }
  if (a.kicker.empty()) a.kicker = a.genre;  // the label reads as the 引题
  return furniture;
}

Segmentation segment_lines(const std::vector<SourceLine>& lines, const std::string& path) {
  return Segmenter(lines, path).run();
}

}  // namespace wz::ingest
