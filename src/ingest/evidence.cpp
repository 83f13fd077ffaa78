#include "ingest/evidence.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "base/utf8.h"
#include "ingest/chars.h"
#include "ingest/features.h"

namespace wz::ingest {

namespace {

constexpr double kNever = -std::numeric_limits<double>::infinity();

// A gap this many blank lines wider than the page's usual one separates items (a photo,
// a new story under a rule); pages without blank lines get 2, pages with one get 3.
constexpr int kBigGapExtra = 2;

// Join evidence, in points (log-odds-like; 3 = strong, 5 = near certain).
constexpr double kJoinBase = -1.0;      // a join needs evidence of its own
constexpr double kWord2 = 3.5;          // a two-character word across the seam (两|级)
constexpr double kWord3 = 5.0;          // a longer one (主要原|因, 社会化工会工作|者)
constexpr double kMarkStart = 5.0;      // the next line opens with ，。、”）: never a start
constexpr double kParticleStart = 2.5;  // opens with 的 了 们 …
constexpr double kQuoteCarries = 3.0;   // a quotation open at the end is closed after
constexpr double kAsciiQuoteCarries = 1.5;
constexpr double kCommaEnd = 1.0;      // ends with ，、: the sentence surely goes on
constexpr double kOpenerStart = -3.0;  // the next line opens like a new sentence
constexpr double kTimeStart = -2.5;    // …or with a date ("在4月4日举行的…")
constexpr double kTailByline = 3.0;    // opens with the tail of a byline ("莹 贾丽莉）")
constexpr double kLoneChar = 3.0;      // opens with one character and a mark ("因。一是…",
                                       // "营，实行…"): the tail of a word cut at a column

// An in-article caption: one sentence of at most this many characters.
constexpr int kShortCaption = 40;
// A photo item's credit comes within this many lines of its title.
constexpr size_t kCreditLookahead = 4;
// Lines further than this apart are not compared for cohesion.
constexpr int kCohesionLines = 3;

bool is_digitish(char32_t c) {
  return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19);
}

// "在4月4日…", "4月11日,…", "2022年以来…": a date or time opens the line.
bool starts_with_time(std::string_view s) {
  std::u32string u = utf8::decode(squeeze(s));
  size_t p = 0;
  if (!u.empty() && (u[0] == U'在' || u[0] == U'于' || u[0] == U'自' || u[0] == U'从')) p = 1;
  size_t d = p;
  while (p < u.size() && is_digitish(u[p])) ++p;
  if (p > d && p < u.size() && (u[p] == U'年' || u[p] == U'月' || u[p] == U'日' || u[p] == U'时'))
    return true;
  // A time adverbial as the first clause: "入夏以来，…", "春节前夕，…".
  size_t comma = u.find_first_of(U"，,");
  if (comma == std::u32string::npos || comma > 8) return false;
  std::u32string_view first(u.data(), comma);
  for (std::u32string_view w : {U"以来", U"期间", U"之际", U"前夕", U"当天", U"以后", U"之后"})
    if (first.size() > w.size() && first.substr(first.size() - w.size()) == w) return true;
  return false;
}

// A bracket opened and not closed by the end of s.
bool open_bracket(std::string_view s) {
  int depth = 0;
  for (size_t i = 0; i < s.size();) {
    char32_t c = utf8::next(s, i);
    if (c == U'（' || c == '(') ++depth;
    if ((c == U'）' || c == ')') && depth > 0) --depth;
  }
  return depth > 0;
}

// One Han character, then a clause or sentence mark.
bool lone_first_char(std::string_view s) {
  std::u32string u = utf8::decode(squeeze(s));
  return u.size() >= 2 && utf8::is_han(u[0]) && (is_sentence_end(u[1]) || is_clause_mark(u[1]));
}

std::vector<std::u32string> han_bigrams(std::string_view s) {
  std::vector<std::u32string> out;
  char32_t prev = 0;
  for (size_t i = 0; i < s.size();) {
    char32_t c = utf8::next(s, i);
    if (utf8::is_space(c)) continue;
    if (utf8::is_han(c) && utf8::is_han(prev)) out.push_back({prev, c});
    prev = c;
  }
  return out;
}

// Han characters of s, for pull-quote detection.
std::u32string han_only(std::string_view s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) {
    char32_t c = utf8::next(s, i);
    if (utf8::is_han(c)) out.push_back(c);
  }
  return out;
}

// A commentary's author alone on a line: 2-4 Han characters (spaced or not) opening with a
// surname of friso's list, and not themselves a word (对话, 数据 and 记者手记 are labels).
bool is_author_name(const std::string& t, const WordSegmenter& w) {
  std::u32string u = utf8::decode(squeeze(t));
  while (!u.empty() && (u.front() == U'■' || u.front() == U'□' || u.front() == U'◇')) u.erase(0, 1);
  if (u.size() < 2 || u.size() > 4) return false;
  for (char32_t c : u)
    if (!utf8::is_han(c)) return false;
  if (w.is_word(utf8::encode(u))) return false;
  bool two = w.is_surname(utf8::encode(u.substr(0, 2)));
  if (u.size() == 4) return two;
  return two || w.is_surname(utf8::encode(u.substr(0, 1)));
}

int mode_gap(const std::vector<SourceLine>& L) {
  std::map<int, int> hist;
  for (size_t i = 1; i < L.size(); ++i) ++hist[L[i].gap];
  int best = 0, count = -1;
  for (auto [g, c] : hist)
    if (c > count) best = g, count = c;
  return best;
}

}  // namespace

PageEvidence::PageEvidence(const std::vector<SourceLine>& lines)
    : lines_(lines), info_(lines.size()) {
  big_gap_ = mode_gap(lines) + kBigGapExtra;
  std::string alphabet;  // what friso will see: line heads and tails, short lines whole
  for (const auto& l : lines_) {
    if (visible_length(l.text) <= kMaxBylineChars) {
      alphabet += l.text;
    } else {
      alphabet += head_chars(l.text, kSeamWindow);
      alphabet += tail_chars(l.text, kSeamWindow);
    }
  }
  words_ = std::make_unique<WordSegmenter>(alphabet);
  read_forms();
  weigh_seams();
  weigh_cohesion();
}

PageEvidence::~PageEvidence() = default;

// A name in a byline opens with a surname of friso's list (两字 surnames too); glued to its
// role word, a two-character "name" that is a word is none (记者调查, not 记者 + 调查), while
// set off by a space it may well be one (本报通讯员 林涛).
bool PageEvidence::plausible_name(std::u32string_view name, bool glued) const {
  std::u32string n;
  for (char32_t c : name) {
    if (c == U'·' || c == U'•') return true;  // a transliterated name
    n.push_back(c);
  }
  if (n.empty()) return false;
  if (glued && n.size() == 2 && words_->is_word(utf8::encode(n))) return false;
  return words_->is_surname(utf8::encode(n.substr(0, 1))) ||
         (n.size() >= 3 && words_->is_surname(utf8::encode(n.substr(0, 2))));
}

void PageEvidence::read_forms() {
  NameCheck names = [this](std::u32string_view n, bool glued) { return plausible_name(n, glued); };
  for (size_t i = 0; i < lines_.size(); ++i) {
    const std::string& t = lines_[i].text;
    LineInfo& c = info_[i];
    c.chars = visible_length(t);
    c.terminal = ends_terminal(t);
    c.open_end = ends_mid_sentence(t);
    c.comma_end = ends_comma(t);
    c.inner_sentence = false;
    {
      std::u32string u = utf8::decode(squeeze(t));
      for (size_t k = 0; k + 1 < u.size(); ++k)
        if (is_sentence_end(u[k]) && !is_sentence_end(u[k + 1]) && !is_closing(u[k + 1]))
          c.inner_sentence = true;
    }
    c.clause = has_inner_clause_mark(t);
    c.dash_end = ends_with_dash(t);
    c.dash_start = starts_with_dash(t);
    c.slogan = is_slogan(t);
    c.genre = is_genre_label(t);
    c.label = is_label_form(t);
    c.bullet = starts_with_bullet(t);
    c.tip_label = is_tip_label(t, &c.tip_rest);
    c.byline = is_byline_line(t, names);
    c.author = !c.byline && (is_affiliation_line(t) || is_author_name(t, *words_));
    c.affiliation = is_affiliation_line(t);
    c.inline_byline = inline_byline_length(t, false);
    c.byline_tail = c.inline_byline == 0 && inline_byline_length(t, true) > 0;
    size_t cr = trailing_credit_start(t, names);
    c.credit = cr == 0;
    if (cr != std::string::npos && cr > 0) {
      c.credit_tail = cr;  // the caption ends where the credit starts
      std::string_view caption(t.data(), cr);
      c.terminal = ends_terminal(caption), c.open_end = ends_mid_sentence(caption);
    }
    if (size_t j = trailing_jump_start(t); j != std::string::npos) {
      std::string_view before(t.data(), j);
      c.terminal = ends_terminal(before), c.open_end = ends_mid_sentence(before);
    }
    c.jump = jump_marker(t, &c.jump_page);
    c.note = is_note_label(t, nullptr);
    c.link = is_link_label(t);
    c.furniture = is_page_furniture(t);
    c.qa = starts_with_qa_label(t);
    c.data = is_data_line(t);
    c.sentence_start = starts_with_sentence_opener(t) || starts_with_time(t);
    c.page_label = c.chars <= 10 && !c.genre && !c.author && is_page_label_form(t);
    char32_t last = last_char(t);
    QuoteBalance q = quote_balance(t);
    bool cut_quote = (q.ascii % 2 == 1 || q.unclosed > 0) && c.clause;  // a clause cut mid-quote
    c.display = c.chars <= kMaxDisplayChars && !c.inner_sentence && !c.byline && !c.credit &&
                !cut_quote && last != U'。' && last != U'…' && last != '.' && !c.data &&
                !is_bracketed(t) && c.credit_tail == std::string::npos && c.inline_byline == 0 &&
                !c.tip_label && c.jump == Jump::None && !c.note && !c.qa && !c.comma_end &&
                !starts_mid_quote(t) && !c.affiliation;
    std::u32string u = utf8::decode(squeeze(t));
    bool pictured = u.rfind(U"图为", 0) == 0 || u.rfind(U"图：", 0) == 0 ||
                    u.rfind(U"上图", 0) == 0 || u.rfind(U"下图", 0) == 0;
    c.caption_form = pictured || c.credit_tail != std::string::npos;
  }
  size_t n = lines_.size();
  for (size_t i = 0; i < n; ++i) {
    info_[i].edge = i < 2 || i + 2 >= n;
    info_[i].after_link = i > 0 && info_[i - 1].link;
    for (size_t k = i + 1; k < n && k <= i + kCreditLookahead; ++k) {
      const LineInfo& c = info_[k];
      if (c.credit || c.credit_tail != std::string::npos) {
        info_[i].credit_ahead = true;
        break;
      }
      if (c.byline || c.inline_byline || c.tip_label || (c.display && k > i + 1)) break;
    }
  }
  // A pull-quote repeats a sentence of the body in display type: a quotation or a
  // whole sentence (a headline may repeat a phrase of its story).
  constexpr size_t kMinQuote = 10;
  std::vector<std::u32string> han(lines_.size());
  for (size_t i = 0; i < lines_.size(); ++i) han[i] = han_only(lines_[i].text);
  for (size_t i = 0; i < lines_.size(); ++i) {
    if (han[i].size() < kMinQuote || info_[i].chars > 80) continue;
    char32_t f = first_char(lines_[i].text);
    if (!info_[i].terminal && f != U'“' && f != '"' && f != U'「') continue;
    for (size_t j = 0; j < lines_.size(); ++j) {
      if (j == i || han[j].size() <= han[i].size() + 4) continue;
      if (han[j].find(han[i]) != std::u32string::npos) {
        info_[i].repeats = static_cast<int>(j);
        break;
      }
    }
  }
}

namespace {

// The line opens with a particle standing as a word of its own (的, 了, 们…): friso tells
// 了 in 了解 from the particle.
bool particle_start(const WordSegmenter& w, std::string_view t) {
  if (!utf8::is_han(first_char(t)) || !starts_with_non_initial(t)) return false;
  std::string head = head_chars(t, kSeamWindow);
  auto toks = w.tokens(head);
  return !toks.empty() && toks[0].end - toks[0].begin <= 3;  // one character: a particle
}

}  // namespace

Join join_texts(const WordSegmenter& w, std::string_view x, std::string_view y) {
  Join r;
  double s = kJoinBase;
  r.word = word_across_seam(w, x, y);
  r.bound = r.word == 2 && seam_halves_bound(w, x, y);
  s += r.word >= 3 ? kWord3 : r.word == 2 ? kWord2 : 0;
  char32_t f = first_char(y);
  if ((is_closing(f) || is_sentence_end(f) || is_clause_mark(f)) && f != '"' && f != '\'') {
    s += kMarkStart, r.mark = true;
  } else if (particle_start(w, y)) {
    s += kParticleStart, r.mark = true;
  }
  QuoteBalance qa = quote_balance(x), qb = quote_balance(y);
  if (qa.unclosed > 0 && qb.unopened > 0) s += kQuoteCarries, r.quote = true;
  if (qa.ascii % 2 == 1 && qb.ascii % 2 == 1) s += kAsciiQuoteCarries, r.quote = true;
  if (ends_comma(x)) s += kCommaEnd;
  if (r.word < 3 && starts_with_sentence_opener(y)) s += kOpenerStart;
  if (r.word < 3 && starts_with_time(y)) s += kTimeStart;
  r.score = s;
  return r;
}

double PageEvidence::join(size_t i, size_t j) const {
  return join_detail(i, j).score;
}

Join PageEvidence::join_detail(size_t i, size_t j) const {
  const LineInfo &a = info_[i], &b = info_[j];
  if (!a.open_end || i == j || b.inline_byline || b.byline || b.tip_label || b.jump != Jump::None ||
      b.note || b.qa || b.credit || b.furniture)
    return Join{kNever};
  Join r = join_texts(*words_, lines_[i].text, lines_[j].text);
  // The tail of a byline ("莹 贾丽莉）…") goes on from a byline left open ("本报讯（记者…").
  if (b.byline_tail && open_bracket(lines_[i].text)) r.score += kTailByline, r.mark = true;
  return r;
}

// One short finished sentence set off by a wide gap, or 图为…: an in-article caption.
bool PageEvidence::looks_like_caption(size_t k) const {
  const LineInfo& c = info_[k];
  return c.caption_form ||
         (c.terminal && !c.inner_sentence && c.chars <= kShortCaption && lines_[k].gap >= big_gap_);
}

void PageEvidence::weigh_seams() {
  size_t n = lines_.size();
  for (size_t j = 0; j < n; ++j) {
    LineInfo& c = info_[j];
    const std::string& t = lines_[j].text;
    char32_t f = first_char(t);
    if ((is_closing(f) && f != '"' && f != '\'') || is_sentence_end(f) || is_clause_mark(f))
      c.start_open += kMarkStart;
    else if (particle_start(*words_, t))
      c.start_open += kParticleStart;
    if (starts_mid_quote(t)) c.start_open += kQuoteCarries;
    if (lone_first_char(t)) c.start_open += kLoneChar;
    if (c.byline_tail) c.start_open += kTailByline;
  }
  // The next line, or the one after an in-article caption dropped between the halves.
  for (size_t i = 0; i + 1 < n; ++i) {
    double s = join(i, i + 1);
    if (i + 2 < n && looks_like_caption(i + 1)) s = std::max(s, join(i, i + 2));
    info_[i].next_join = std::max(0.0, s);
  }
  for (size_t j = 1; j < n; ++j) {
    double best = join(j - 1, j);
    // Across display-like lines set between the two halves (a headline spliced mid-word).
    for (size_t k = j - 1, hops = 0; k-- > 0 && hops < 3; ++hops) {
      if (!info_[k + 1].display) break;
      best = std::max(best, join(k, j));
      if (!info_[k].display) break;
    }
    info_[j].prev_join = std::max(0.0, best);
  }
  // The best continuation anywhere on the page: only open ends whose last characters make
  // a word with this line's first ones, or that leave a quotation open, are weighed.
  // An end right before a jump-out marker goes on on another page.
  auto waits = [&](size_t i) {
    return info_[i].open_end && !(i + 1 < n && info_[i + 1].jump == Jump::Out);
  };
  std::vector<int> best_to(n, -1);
  std::vector<double> best_out(n, 0);
  std::vector<bool> strong(n);  // line j's best join rests on more than chance gives
  for (size_t j = 0; j < n; ++j) {
    for (size_t i = 0; i < n; ++i) {
      if (i == j || !waits(i)) continue;
      Join jd = join_detail(i, j);
      double s = jd.score;
      if (s > info_[j].best_join) {
        info_[j].best_join = s, info_[j].best_from = static_cast<int>(i);
        strong[j] = jd.mark || jd.quote || jd.word >= 3 || jd.bound;
      }
      if (s > best_out[i]) best_out[i] = s, best_to[i] = static_cast<int>(j);
    }
  }
  // A cut end and a cut start that are each other's best on strong evidence, where the
  // end's own next line does not go on from it: the pair is no coincidence.
  for (size_t j = 0; j < n; ++j) {
    int i = info_[j].best_from;
    info_[j].mutual = i >= 0 && strong[j] && best_to[i] == static_cast<int>(j) &&
                      info_[i].next_join <= 0 && static_cast<size_t>(i) + 1 != j;
  }
}

void PageEvidence::weigh_cohesion() {
  size_t n = lines_.size();
  std::vector<std::vector<std::u32string>> grams(n);
  std::unordered_map<std::u32string, int> df;
  for (size_t i = 0; i < n; ++i) {
    grams[i] = han_bigrams(lines_[i].text);
    std::unordered_set<std::u32string> seen(grams[i].begin(), grams[i].end());
    for (const auto& g : seen) ++df[g];
  }
  auto body = [&](size_t k) { return info_[k].chars >= 20 && !info_[k].display; };
  for (size_t i = 0; i < n; ++i) {
    if (!info_[i].display) continue;
    std::unordered_set<std::u32string> before;
    int taken = 0;
    for (size_t k = i; k-- > 0 && taken < kCohesionLines;) {
      if (!body(k)) continue;
      before.insert(grams[k].begin(), grams[k].end());
      ++taken;
    }
    double shared = 0, total = 0;
    taken = 0;
    for (size_t k = i + 1; k < n && taken < 2; ++k) {
      if (!body(k)) continue;
      for (const auto& g : grams[k]) {
        if (df[g] < 2) continue;  // a bigram of one line can't be shared
        double w = 1.0 / df[g];
        total += w;
        if (before.count(g)) shared += w;
      }
      ++taken;
    }
    info_[i].cohesion = total > 0 ? shared / total : 0;
  }
}

}  // namespace wz::ingest
