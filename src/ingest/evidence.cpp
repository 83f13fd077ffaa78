#include "ingest/evidence.h"

#include <algorithm>
#include <bit>
#include <limits>
#include <map>
#include <unordered_map>

#include "base/utf8.h"
#include "ingest/chars.h"
#include "ingest/features.h"

namespace wz::ingest {

namespace {

constexpr double kNever = -std::numeric_limits<double>::infinity();

// A gap this many blank lines wider than the page's usual one separates items (a photo,
// a new story under a rule); pages without blank lines get 2, pages with one get 3.
constexpr int kBigGapExtra = 1;

// Join evidence, in points (log-odds-like; 3 = strong, 5 = near certain).
constexpr double kJoinBase = -1.0;      // a join needs evidence of its own
constexpr double kWord2 = 3.5;          // a two-character word across the seam (两|级)
constexpr double kWord3 = 5.0;          // a longer one (主要原|因, 社会化工会工作|者)
constexpr double kMarkStart = 5.0;      // the next line opens with ，。、”）: never a start
constexpr double kParticleStart = 2.5;  // opens with 的 了 们 …
constexpr double kQuoteCarries = 3.0;   // a quotation open at the end is closed after
constexpr double kAsciiQuoteCarries = 1.5;
constexpr double kCommaEnd = 1.0;      // ends with ，、: the sentence surely goes on
constexpr double kDanglingEnd = 1.5;   // ends on 的, 和, 把 … as a word of its own: what it
                                       // needs follows (a head may end 的, rarely)
constexpr double kOpenerStart = -3.0;  // the next line opens like a new sentence
constexpr double kTimeStart = -2.5;    // …or with a date ("在4月4日举行的…")
constexpr double kTailByline = 3.0;    // opens with the tail of a byline ("莹 贾丽莉）")
constexpr double kStub = 2.5;        // a line of a few characters and a full stop ("停靠点？"):
                                     // the tail of a sentence cut at a column, not a head
constexpr size_t kMaxStubChars = 6;  // ..."后果不堪设想。"
// A line as long as the page's wrapped text lines, ending open, goes on in the next one
// (read_wrap_widths).
constexpr double kWrapWidth = 2.5;
// A page with this many gaps wider than its paragraphs' sets its items apart by them.
constexpr int kMinItemGaps = 3;
constexpr double kLoneChar = 3.0;  // opens with one character and a mark ("因。一是…",
                                   // "营，实行…"): the tail of a word cut at a column

// A photo item's credit comes within this many lines of its title.
constexpr size_t kCreditLookahead = 4;
// ...its caption under the title runs to this many finished paragraphs (3月10日晚，… /
// 图为…) over a credit on a line of its own.
constexpr int kCaptionParagraphs = 2;
// A sidebar or box set between two halves of a sentence spans at most this many lines.
constexpr size_t kInterruptionLines = 16;
// Lines further than this apart are not compared for cohesion.
constexpr int kCohesionLines = 3;

// "在4月4日…", "4月11日,…", "2022年以来…": a date or time opens the line.
bool starts_with_time(std::string_view s) {
  // Most lines open with neither a date nor a short clause: tell without decoding them.
  char32_t f = first_char(s);
  bool date = f == U'在' || f == U'于' || f == U'自' || f == U'从' || is_digit(f);
  bool early_comma = false;  // among the first nine characters (spaces skipped)
  for (size_t i = 0, k = 0; i < s.size() && k < 9 && !early_comma;) {
    char32_t c = utf8::next(s, i);
    if (utf8::is_space(c)) continue;
    early_comma = c == U'，' || c == ',';
    ++k;
  }
  if (!date && !early_comma) return false;
  const std::u32string& u = squeezed_u32(s);
  size_t p = 0;
  if (!u.empty() && (u[0] == U'在' || u[0] == U'于' || u[0] == U'自' || u[0] == U'从')) p = 1;
  size_t d = p;
  while (p < u.size() && is_digit(u[p])) ++p;
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

// One Han character, then a clause or sentence mark ("因。一是…", "营，实行…"); or two,
// then a full stop ("报警。原来…", "发现。"): no paragraph of a report opens with a sentence
// that short outside a quotation, but the tail of one cut at a column does.
bool lone_first_char(std::string_view s) {
  char32_t u[3] = {0, 0, 0};  // the first three characters, spaces skipped (not the line)
  for (size_t i = 0, k = 0; i < s.size() && k < 3;)
    if (char32_t c = utf8::next(s, i); !utf8::is_space(c)) u[k++] = c;
  if (!utf8::is_han(u[0])) return false;
  // One character and a colon is a label (问：, 看：), not a word's tail.
  if (is_sentence_end(u[1]) || (is_clause_mark(u[1]) && u[1] != U'：' && u[1] != ':')) return true;
  return utf8::is_han(u[1]) && is_sentence_end(u[2]);
}

// The whole line is a few Han characters closed by a full stop, question or exclamation mark.
bool sentence_stub(std::string_view s) {
  if (s.size() > (kMaxStubChars + 1) * 4) return false;  // bytes: a longer line is no stub
  if (s.rfind("特此", 0) == 0) return false;  // 特此公告。: a notice's closing formula
  const std::u32string& u = squeezed_u32(s);
  if (u.size() < 2 || u.size() > kMaxStubChars + 1 || !is_sentence_end(u.back())) return false;
  return std::all_of(u.begin(), u.end() - 1, [](char32_t c) { return utf8::is_han(c); });
}

// The Han bigrams of s, each as one number, sorted and without repeats.
std::vector<std::uint64_t> han_bigrams(std::string_view s) {
  std::vector<std::uint64_t> out;
  out.reserve(s.size() / 3);  // (a Han character is three bytes)
  char32_t prev = 0;
  for (size_t i = 0; i < s.size();) {
    char32_t c = utf8::next(s, i);
    if (utf8::is_space(c)) continue;
    if (utf8::is_han(c) && utf8::is_han(prev)) out.push_back(std::uint64_t{prev} << 32 | c);
    prev = c;
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// For each bigram of each line (grams: each line's, without repeats), how many lines hold
// it: counted in an open-addressing table of the page's bigrams (sorting them all together
// cost a mispredicted branch for nearly every comparison).
std::vector<std::vector<int>> lines_holding(const std::vector<std::vector<std::uint64_t>>& grams) {
  size_t total = 0;
  for (const auto& g : grams) total += g.size();
  std::vector<std::pair<std::uint64_t, int>> table(std::bit_ceil(2 * total + 2));  // 0: empty
  const size_t mask = table.size() - 1;
  auto count = [&](std::uint64_t g) -> int& {  // (a bigram of two Han characters is never 0)
    size_t h = static_cast<size_t>((g * 0x9E3779B97F4A7C15ull) >> 32) & mask;
    while (table[h].first != 0 && table[h].first != g) h = (h + 1) & mask;
    table[h].first = g;
    return table[h].second;
  };
  for (const auto& line : grams)
    for (std::uint64_t g : line) ++count(g);
  std::vector<std::vector<int>> out(grams.size());
  for (size_t i = 0; i < grams.size(); ++i) {
    out[i].reserve(grams[i].size());
    for (std::uint64_t g : grams[i]) out[i].push_back(count(g));
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
// surname of friso's list, and not themselves a word (对话, 数据 and 记者手记 are labels) --
// unless two characters are spaced apart as a two-character name is set to the width of
// three (乔 木, though 乔木 is a word).
bool is_author_name(const std::string& t, const WordSegmenter& w) {
  std::u32string u = squeezed_u32(t);
  while (!u.empty() && is_bullet_char(u.front())) u.erase(0, 1);  // □ 简 宁, ◎ 苏 禾
  if (u.size() < 2 || u.size() > 4) return false;
  for (char32_t c : u)
    if (!utf8::is_han(c)) return false;
  bool spaced_pair = u.size() == 2 && utf8::length(squeeze(t)) < utf8::length(trim_spaces(t));
  if (spaced_pair) return w.is_surname(utf8::encode(u.substr(0, 1)));
  if (w.is_word(utf8::encode(u))) return false;
  // A name does not open with a word that swallows its surname (今日谈: 今日 + 谈).
  if (u.size() == 3 && w.is_word(utf8::encode(u.substr(0, 2)))) return false;
  bool two = w.is_surname(utf8::encode(u.substr(0, 2)));
  if (u.size() == 4) return two;
  return two || w.is_surname(utf8::encode(u.substr(0, 1)));
}

// A brief's writers sign it by their names alone, set apart by spaces or 、 (刘佳 in （刘佳）,
// 张雪 何柳 in （张雪 何柳）): every part a name. (（完）, （待续）, （节选） are no names.)
bool are_writers_names(const std::string& t, const WordSegmenter& w) {
  std::u32string u = utf8::decode(trim_spaces(t));
  size_t names = 0;
  for (size_t b = 0; b < u.size();) {
    size_t e = b;
    while (e < u.size() && !utf8::is_space(u[e]) && u[e] != U'、') ++e;
    if (!is_author_name(utf8::encode(u.substr(b, e - b)), w)) return false;
    ++names;
    for (b = e; b < u.size() && (utf8::is_space(u[b]) || u[b] == U'、');) ++b;
  }
  return names >= 1;
}

// Who signs a reader's letter or a contribution, set before the name (临霄读者 邢 蕾,
// 退休职工 何 平): the last word of the descriptor.
constexpr std::u32string_view kSignerRoles[] = {U"读者", U"网友", U"市民",   U"职工",    U"教师",
                                                U"村民", U"家长", U"志愿者", U"退休职工"};
constexpr size_t kMaxSignerChars = 12;  // 桐州市青禾县退休职工 and a name

// Where the descriptor of a signature ends (…党委, …集团, …庭长): an organisation or office.
constexpr std::u32string_view kUnitEnds[] = {
    U"党委", U"支部", U"党支部", U"公司", U"集团", U"委员会", U"中心", U"学院", U"大学", U"医院",
    U"法院", U"检察院", U"局", U"厅", U"办", U"所", U"站", U"社区", U"街道", U"书记", U"主任",
    U"局长", U"庭长", U"教授", U"校长", U"院长", U"经理",
    // offices and trades a speaker is named by (全国人大代表、…高级技师 邓春燕)
    U"代表", U"委员", U"技师", U"工程师", U"医师", U"研究员", U"会长", U"董事长", U"厂长", U"所长",
    U"馆长", U"部长", U"处长", U"科长", U"县长", U"市长", U"镇长", U"乡长", U"主席", U"秘书长",
    U"理事长", U"律师", U"法官", U"检察官", U"医生", U"队长", U"站长",
    // where a reader writes from (桐溪县 周晓岚)
    U"县", U"市", U"区", U"镇", U"乡", U"村",
    // a trade's 师 (营养师 林 苇, 药剂师, 心理咨询师) and a worker's trade (细纱车间挡车工)
    U"师", U"工",
    // a pupil's school and class (实验中学初二（3）班 王小明)
    U"班"};

bool ends_with_unit(std::u32string_view d) {
  for (auto e : kUnitEnds)
    if (d.size() > e.size() && d.substr(d.size() - e.size()) == e) return true;
  return false;
}

// An office alone signs a brief (县畜牧兽医中心, 市消防救援支队): a few Han characters ending
// in an organisation's word, no mark.
bool is_office_signature(const std::string& t) {
  constexpr size_t kMaxOfficeSignChars = 12;
  std::u32string u = utf8::decode(t);
  if (u.size() < 3 || u.size() > kMaxOfficeSignChars) return false;
  for (char32_t c : u)
    if (!utf8::is_han(c)) return false;
  return ends_with_unit(u);
}

// Who the author is, a space, and the name: ■ 湍北区法院民一庭庭长 郁 青 (with a bullet, any
// office), 枫渡县溪口镇党委 沈 蔚 (without one, an organisation or office that says so).
bool office_signature(const std::u32string& u, const WordSegmenter& w) {
  constexpr size_t kMaxOfficeChars = 24;  // two offices joined by 、 (全国政协委员、…学院教授)
  if (u.empty()) return false;
  bool bullet = starts_with_bullet(utf8::encode(u.substr(0, 1)));
  size_t b = bullet ? 1 : 0;
  while (b < u.size() && utf8::is_space(u[b])) ++b;
  // (A class is numbered in brackets: 初二（3）班.)
  auto han_run = [&](size_t from) {
    size_t e = from;
    auto in_class = [&](char32_t c) {
      return c == U'、' || c == U'（' || c == U'）' || (c >= '0' && c <= '9');
    };
    while (e < u.size() && (utf8::is_han(u[e]) || (e > from && in_class(u[e])))) ++e;
    return e;
  };
  size_t e = han_run(b);
  if (e == b || e - b > kMaxOfficeChars || e == u.size() || !utf8::is_space(u[e])) return false;
  bool unit = bullet || ends_with_unit(std::u32string_view(u).substr(b, e - b));
  if (unit && is_author_name(utf8::encode(u.substr(e)), w)) return true;
  // A unit, then the office held in it, then the name (…植物保护研究所 副研究员 苗振华).
  size_t r = e;
  while (r < u.size() && utf8::is_space(u[r])) ++r;
  size_t re = han_run(r);
  if (re == r || re - r > kMaxOfficeChars || re == u.size() || !utf8::is_space(u[re])) return false;
  if (!ends_with_unit(std::u32string_view(u).substr(r, re - r))) return false;
  return is_author_name(utf8::encode(u.substr(re)), w);
}

// A signature: a descriptor ending in a signer's role, a space, then an author's name.
bool is_signed_name(const std::string& t, const WordSegmenter& w) {
  std::u32string u = utf8::decode(trim_spaces(t));
  if (office_signature(u, w)) return true;
  if (u.size() > kMaxSignerChars + 2) return false;
  for (std::u32string_view role : kSignerRoles) {
    size_t at = u.find(role);
    if (at == std::u32string::npos) continue;
    size_t end = at + role.size();
    if (end >= u.size() || !utf8::is_space(u[end])) continue;  // the name is set off
    for (size_t k = 0; k < at; ++k)  // 河东区 读者 王秀梅: place and role may be set apart
      if (!utf8::is_han(u[k]) && !utf8::is_space(u[k])) return false;
    return is_author_name(utf8::encode(u.substr(end)), w);
  }
  return false;
}

// A name with its affiliation in brackets after it: 韩 清（作者系岚州市委党校副教授）,
// 邱立新（澄川省交通投资集团）.
bool is_name_with_affiliation(const std::string& t, const WordSegmenter& w) {
  size_t open = t.find("（");
  if (open == std::string::npos) open = t.find('(');
  if (open == std::string::npos || open == 0) return false;
  if (!is_author_name(t.substr(0, open), w)) return false;
  if (is_affiliation_line(t.substr(open))) return true;
  // ...or the unit alone: 邱立新（澄川省交通投资集团）.
  std::u32string in = utf8::decode(bracket_inside(t.substr(open)));
  return is_bracketed(t.substr(open)) && ends_with_unit(in);
}

// A quote's attribution: a dash, maybe a title, then a person's name to the end of the line
// (——澄川大学地质工程系教授　葛文渊, ——贺小川).
bool is_attribution(const std::string& t, const WordSegmenter& w) {
  std::u32string u = utf8::decode(trim_spaces(t));
  size_t b = 0;
  while (b < u.size() && (u[b] == U'—' || u[b] == U'-')) ++b;
  if (b == 0 || b == u.size()) return false;
  size_t cut = u.size();
  while (cut > b && !utf8::is_space(u[cut - 1])) --cut;  // the name after the last space
  if (cut == b) return is_author_name(utf8::encode(u.substr(b)), w);
  return is_author_name(utf8::encode(u.substr(cut)), w);
}

int page_mode_gap(const std::vector<SourceLine>& L) {
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
  mode_gap_ = page_mode_gap(lines);
  big_gap_ = mode_gap_ + kBigGapExtra;
  words_ = std::make_unique<WordSegmenter>();
  for (const auto& l : lines_) sides_.push_back(seam_side(*words_, l.text));
  read_forms();
  read_bullet_series();
  read_listings();
  read_run_in_briefs();
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

namespace {

// The first / last `n` characters of s, as a view of its bytes (for the forms that sit at
// a line's start or end: reading a long paragraph whole for them is waste).
std::string_view first_chars(std::string_view s, size_t n) {
  size_t i = 0;
  for (size_t k = 0; k < n && i < s.size(); ++k) utf8::next(s, i);
  return s.substr(0, i);
}
size_t last_chars_from(std::string_view s, size_t n) {
  size_t i = s.size();
  for (size_t k = 0; k < n && i > 0; ++k) utf8::prev(s, i);
  return i;
}

// A head that asks and answers (…？言过其实) is short: a body line cut at the column holds
// more, and a sentence of dialogue set alone ends on its mark.
constexpr int kMaxQuestionHeadChars = 20;

// Characters of a line's start or end that its forms can reach: a dateline with its
// bracket, a credit with an agency, a tip label with its colon.
constexpr size_t kEdgeChars = 64;

}  // namespace

// The forms every line is read for.
void PageEvidence::read_common(size_t i) {
  const std::string& t = lines_[i].text;
  LineInfo& c = info_[i];
  std::string_view head = first_chars(t, kEdgeChars);
  size_t tail_at = last_chars_from(t, kEdgeChars);
  std::string_view tail = std::string_view(t).substr(tail_at);
  // How the text ends: finished, cut inside a sentence, or cut after a closed phrase.
  auto read_end = [&c](std::string_view text) {
    c.terminal = ends_terminal(text), c.open_end = ends_mid_sentence(text);
    c.phrase_closed = !c.open_end && ends_mid_sentence(text, true);  // only closers differ
  };
  read_end(tail);
  c.comma_end = sides_[i].comma_end;
  // A jump-in marker with the continued text glued on, （上接第2版）脱贫户…: the line opens
  // the continuation (segment.cpp sets the marker aside).
  if ((c.jump_end = leading_jump_end(t)) > 0)
    c.jump = jump_marker(std::string_view(t).substr(0, c.jump_end), &c.jump_page);
  char32_t prev = 0;
  c.chars = 0;              // visible_length(t), counted in the one walk over the line
  int asked = 0, told = 0;  // inner ？！ / inner 。…
  for (size_t k = 0; k < t.size();) {
    char32_t ch = utf8::next(t, k);
    if (utf8::is_space(ch)) continue;
    ++c.chars;
    if (is_sentence_end(prev) && !is_sentence_end(ch) && !is_closing(ch))
      ++(prev == U'？' || prev == '?' || prev == U'！' || prev == '!' ? asked : told);
    prev = ch;
  }
  c.inner_sentence = asked + told > 0;
  // A head may ask and answer in one line ("隔夜菜吃了会致癌"？言过其实): one inner ？ or ！,
  // in a short line with no clause in it, leaves it a display line.
  c.head_question = told == 0 && asked == 1 && c.chars <= kMaxQuestionHeadChars;
  c.clause = has_inner_clause_mark(t);
  c.tip_label = is_tip_label(head, &c.tip_rest);
  if (c.tip_label && !c.tip_rest.empty()) is_tip_label(t, &c.tip_rest);  // the whole tip text
  c.inline_byline = inline_byline_length(head, false);
  c.byline_tail = c.inline_byline == 0 && inline_byline_length(head, true) > 0;
  c.note = is_note_label(head, nullptr);
  c.qa = starts_with_qa_label(head);
  c.sentence_start = starts_with_sentence_opener(head) || sides_[i].time;
  c.report_lead = starts_with_report_lead(head);
  c.field = starts_with_field(head);
  if (starts_with_place_label(head)) {
    c.titled_lead = true;
    c.title_end = t.find("】") + std::string_view("】").size();
  } else if (size_t r = run_in_head_end(t); r != std::string::npos) {
    std::string_view rest = first_chars(std::string_view(t).substr(r), kEdgeChars);
    if (starts_with_time(rest) || starts_with_sentence_opener(rest)) c.title_end = r;  // see
  }  // read_run_in_briefs
  c.bullet = starts_with_bullet(head);
  c.dash_start = starts_with_dash(head);
  c.dash_end = ends_with_dash(tail);
  const std::u32string& h = squeezed_u32(first_chars(t, 4));
  bool pictured = h.rfind(U"图为", 0) == 0 || h.rfind(U"图：", 0) == 0 ||
                  h.rfind(U"上图", 0) == 0 || h.rfind(U"下图", 0) == 0;
  NameCheck names = [this](std::u32string_view n, bool glued) { return plausible_name(n, glued); };
  size_t cr = trailing_credit_start(tail, names);
  if (cr != std::string::npos) cr += tail_at;
  c.credit = cr == 0;
  if (cr != std::string::npos && cr > 0) {
    c.credit_tail = cr;  // the caption ends where the credit starts
    read_end(std::string_view(t.data(), cr));
  }
  if (size_t j = trailing_jump_start(tail); j != std::string::npos) {
    read_end(std::string_view(t.data(), tail_at + j));
  }
  c.caption_form = pictured || c.credit_tail != std::string::npos;
  size_t sign = glued_attribution_start(tail);
  c.signed_off = sign != std::string::npos;
  // ...or the author's bare name (…。（钟 晴）): a brief signed by its writer.
  std::string inside;
  if (size_t b = c.signed_off ? sign : glued_bracket_start(tail, &inside);
      !c.signed_off && b != std::string::npos) {
    c.signed_off = is_author_name(inside, *words_) || is_signed_name(inside, *words_);
    c.sourced_off = is_source_credit(inside);
    sign = c.signed_off || c.sourced_off ? b : std::string::npos;
  }
  // The text ends where its signature or source starts (…两分。（记者 王岩）): finished or
  // cut there, not inside the brackets.
  if (sign != std::string::npos && sign > 0) read_end(std::string_view(t.data(), tail_at + sign));
}

// The forms only a short line can have: display lines, bylines, labels, furniture.
void PageEvidence::read_short(size_t i) {
  const std::string& t = lines_[i].text;
  LineInfo& c = info_[i];
  NameCheck names = [this](std::u32string_view n, bool glued) { return plausible_name(n, glued); };
  c.slogan = is_slogan(t);
  c.genre = is_genre_label(t);
  c.label = is_label_form(t);
  c.column_word = names_a_column(t);
  c.notice_title = is_notice_title(t);  // 公 告 letter-spaced is no name: neither byline nor author
  c.byline = !c.notice_title && is_byline_line(t, names);
  // A byline in brackets on its own line: （通讯员 钱 晓 本报记者 周 舟）.
  if (!c.byline && is_bracketed(t)) c.byline = is_byline_line(bracket_inside(t), names);
  // ...or the office that wrote it, in brackets: （县畜牧兽医中心）.
  if (!c.byline && is_bracketed(t)) c.byline = is_office_signature(bracket_inside(t));
  // ...or its writers' names alone: （刘佳）, （张雪 何柳）.
  if (!c.byline && is_bracketed(t)) c.byline = are_writers_names(bracket_inside(t), *words_);
  c.bracketed_byline = c.byline && is_bracketed(t);
  // ...or the source of a reprint, which ends the item it closes.
  if (!c.byline && is_source_line(t)) {
    c.byline = true, c.sourced_off = true;
    c.open_end = c.phrase_closed = false;  // it closes its item: nothing goes on
  }
  if (!c.byline && is_wire_credit(t)) c.byline = true;
  if (!c.byline && is_editors_signature(t)) c.byline = true;
  // ...or a byline with its writer's firm after it: 特邀律师 郑雅琴（山东明德律师事务所）.
  if (size_t at = t.rfind("（");
      !c.byline && !c.notice_title && at != std::string::npos && at > 0 && t.ends_with("）")) {
    std::string_view firm = std::string_view(t).substr(at);
    std::string who = t.substr(0, at);
    c.byline =
        !has_sentence_mark(firm) && (is_byline_line(who, names) || is_signed_name(who, *words_));
  }
  // ...or who answered, in brackets on its own line: （岚州市畜牧兽医站 兽医师 何春燕）.
  bool signed_in_brackets =
      !c.byline && is_bracketed(t) && is_signed_name(bracket_inside(t), *words_);
  c.affiliation = is_affiliation_line(t);
  c.author = !c.byline && !c.notice_title && !c.genre &&  // 来论 is a genre, no name
             (c.affiliation || signed_in_brackets || is_author_name(t, *words_) ||
              is_signed_name(t, *words_) || is_name_with_affiliation(t, *words_));
  if (c.jump_end == 0) c.jump = jump_marker(t, &c.jump_page);
  c.link = is_link_label(t);
  c.reply = is_reply_label(t);
  c.furniture = is_page_furniture(t);
  // A slogan set in spaced parts (4·23  世界读书日  让阅读成为一种生活方式) has a table
  // row's form; a row stands among rows.
  auto row = [&](size_t k) { return k < lines_.size() && is_table_row(lines_[k].text); };
  bool lone_row = c.slogan && !row(i - 1) && !row(i + 1);
  c.data = !lone_row && is_data_line(t);
  c.figure_row = is_figure_row(t) || is_figure_statement(t);
  c.quantity = is_bare_quantity(t);
  bool ranked = is_ranked_result(t);
  c.data = c.data || c.quantity || ranked;
  c.attribution = starts_with_dash(t) && is_attribution(t, *words_);
  if (c.attribution) c.open_end = false;  // it ends with the speaker's name: nothing goes on
  // A book's credit ends with its publisher (王一舟 著／青禾少儿出版社): nothing goes on.
  if (is_book_credit(t)) c.open_end = false;
  c.page_label = c.chars <= 10 && !c.genre && !c.author && is_page_label_form(t);
  char32_t last = last_core_char(t);  // past closing quotes and brackets
  c.question = last == U'？' || last == '?';
  QuoteBalance q = quote_balance(t);
  bool cut_quote = (q.ascii % 2 == 1 || q.unclosed > 0) && c.clause;  // a clause cut mid-quote
  // (A line ending in ；is an item of a list, GB/T 15834 §4.3, one ending in ：introduces
  // what follows, §4.6 (编辑同志：): never display lines.)
  bool head_form =
      c.chars <= kMaxDisplayChars && (!c.inner_sentence || (c.head_question && !c.clause)) &&
      !c.byline && !c.credit && !cut_quote && last != U'。' && last != U'…' && last != '.' &&
      !is_bracketed(t) && c.credit_tail == std::string::npos && c.inline_byline == 0 &&
      !c.tip_label && c.jump == Jump::None && !c.note && !c.qa && !c.comma_end &&
      !starts_mid_quote(t) && !c.affiliation && last != U'；' && last != ';' && last != U'：' &&
      last != ':' && !c.attribution && !c.reply && !starts_with_field(t) && !is_book_credit(t);
  c.display = head_form && !c.data;
  // A name, a colon and a figure may title a brief (临江银行：拟每10股派2.8元) where no data
  // row stands beside it (read_figure_runs); a source line never does.
  c.data_title = head_form && c.data && !c.quantity && !c.clause && !c.furniture && !ranked &&
                 t.find("来源") == std::string::npos;
}

void PageEvidence::read_forms() {
  for (size_t i = 0; i < lines_.size(); ++i) {
    read_common(i);
    if (info_[i].chars <= kMaxBylineChars) read_short(i);
  }
  size_t n = lines_.size();
  read_figure_runs();
  read_box_heads();
  read_verse();
  read_notices();
  read_ads();
  read_notice_boxes();
  read_cut_furniture();
  read_issuers();
  read_speaker_turns();
  read_related_links();
  // The page sets its paragraphs tight and its items apart with blank lines: a head then
  // has one above it. (Where a blank line follows every paragraph, a head set with one
  // more is a habit of some pages only.)
  int wide_gaps = 0;
  for (size_t i = 1; i < n; ++i) wide_gaps += lines_[i].gap > mode_gap_ ? 1 : 0;
  bool sets_items_apart = mode_gap_ == 0 && wide_gaps >= kMinItemGaps;
  for (size_t i = 0; i < n; ++i) {
    info_[i].edge = i < 2 || i + 2 >= n;
    if (info_[i].edge && is_edge_masthead(lines_[i].text)) info_[i].furniture = true;
    info_[i].tight_next = i + 1 < n && lines_[i + 1].gap < mode_gap_;
    info_[i].in_text_run = sets_items_apart && i > 0 && i + 1 < n && lines_[i].gap <= mode_gap_ &&
                           lines_[i + 1].gap <= mode_gap_ && info_[i - 1].terminal &&
                           !info_[i - 1].display && !info_[i + 1].display && !info_[i + 1].byline;
    // A link label set tight on a title set apart from its text, as the page's items are
    // (延伸阅读 / 桐岭林场：… / blank / paragraphs), heads a sidebar of its own; label, title
    // and text set tight in one box (相关链接 / RedCap是什么 / RedCap（…）即…) are the story's.
    bool over_title =
        info_[i].tight_next && info_[i + 1].display && (i + 2 >= n || lines_[i + 2].gap > 0);
    info_[i].link_sidebar = info_[i].link && ((i > 0 && info_[i - 1].open_end) || over_title);
    info_[i].after_link = i > 0 && info_[i - 1].link && !info_[i - 1].link_sidebar;
    LineInfo& me = info_[i];
    // An editor's note under a head of its own (编者的话 / 夜读，给白天留一盏灯 / … / ——编者)
    // is an item: its label, alone on its line, reads as the item's 引题.
    if (me.note && me.chars <= kMaxNoteLabelChars && i + 1 < n && info_[i + 1].display)
      me.note = false, me.display = true;
    // (Not run on into text set right under it, no blank line between: a paragraph.)
    bool text_under = i + 1 < n && lines_[i + 1].gap == 0 && !info_[i + 1].credit;
    me.short_isolated = me.terminal && !me.inner_sentence && me.chars <= kMaxInlineCaptionChars &&
                        lines_[i].gap >= big_gap_ && !text_under;
    // (A photo item's caption is one paragraph: a caption with its credit glued on under
    // a finished paragraph is a picture's inside the text, not this line's item.)
    int finished = 0;  // finished paragraphs passed
    for (size_t k = i + 1; k < n && k <= i + kCreditLookahead; ++k) {
      const LineInfo& c = info_[k];
      if (c.credit || c.credit_tail != std::string::npos) {
        info_[i].credit_ahead = finished <= (c.credit ? kCaptionParagraphs : 0);
        break;
      }
      if (c.byline || c.inline_byline || c.tip_label || (c.display && k > i + 1)) break;
      finished += c.terminal ? 1 : 0;
    }
  }
  for (size_t i = 0; i < n; ++i)
    if (is_letter_closing(lines_[i].text)) {
      info_[i].display = false, info_[i].open_end = false;
      if (i + 1 < n) info_[i + 1].display = false;
    }
  // A label over page furniture (今日导读 over its ●… 2版 entries) is the furniture's own.
  for (size_t i = n; i-- > 0;)
    if (info_[i].label && !info_[i].author && !info_[i].byline && i + 1 < n &&
        info_[i + 1].furniture && lines_[i + 1].gap <= mode_gap_)
      info_[i].furniture = true;
  read_signed_items();
  // A pull-quote repeats a whole sentence of the body in display type. A quoted phrase
  // is a head quoting its story (“洞里的每一块石头我都认得” over a feature's section), as
  // a headline may repeat one.
  constexpr size_t kMinQuote = 10;
  std::vector<std::u32string> han(lines_.size());
  for (size_t i = 0; i < lines_.size(); ++i) han[i] = han_only(lines_[i].text);
  for (size_t i = 0; i < lines_.size(); ++i) {
    if (han[i].size() < kMinQuote || info_[i].chars > 80) continue;
    if (!info_[i].terminal) continue;
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

// The line ends on a function word that needs what follows (…做了将近十年的), read as a
// word of its own: friso tells 的 from 目的 and 和 from 总和.
bool dangling_end(const WordSegmenter& w, const std::string& tail) {
  if (!is_non_final(last_char(tail))) return false;
  auto toks = w.tokens(tail);
  return !toks.empty() && toks.back().end - toks.back().begin <= 3 &&
         toks.back().end == tail.size();
}

// The line's first word, read on its own, is two characters or more.
bool opens_longer_word(const WordSegmenter& w, const std::string& head) {
  auto toks = w.tokens(head);
  return !toks.empty() && utf8::length(std::string_view(head).substr(
                              toks[0].begin, toks[0].end - toks[0].begin)) >= 2;
}

}  // namespace

SeamSide seam_side(const WordSegmenter& w, std::string_view text) {
  SeamSide s;
  s.head = head_chars(text, kSeamWindow);
  s.tail = tail_chars(text, kSeamWindow);
  s.quotes = quote_balance(text);
  s.first = first_char(text);
  s.comma_end = ends_comma(text);
  s.opener = starts_with_sentence_opener(s.head) || is_salutation(text);
  s.time = starts_with_time(first_chars(text, kEdgeChars));
  s.particle = particle_start(w, s.head);
  s.stub = sentence_stub(text);
  s.lone = lone_first_char(text);
  s.dangling = dangling_end(w, s.tail);
  return s;
}

Join join_sides(const WordSegmenter& w, const SeamSide& x, const SeamSide& y) {
  Join r;
  double s = kJoinBase;
  std::string after;
  r.word = word_across_seam(w, x.tail, y.head, &after);
  // A longer word whose part after the seam is a word of its own (全总|站长 read as
  // 全|总站长) is no better evidence than a two-character one.
  if (r.word >= 3 && utf8::length(after) >= 2 && w.is_word(after)) r.word = 2;
  // Two lone characters that make a word are the halves of one (措|施), unless the second
  // is a word that opens clauses (有|为激发…: 为 opens a sentence of its own).
  // A two-character word whose second half opens a longer word of the next line's own
  // (很难发|报警。: 发报 against 报警) is friso's forward reading across the seam, no evidence.
  if (r.word == 2 && opens_longer_word(w, y.head)) r.word = 0;
  r.bound =
      r.word == 2 && !starts_with_clause_opener(y.head) && seam_halves_bound(w, x.tail, y.head);
  s += r.word >= 3 ? kWord3 : r.word == 2 ? kWord2 : 0;
  char32_t f = y.first;
  if (opens_with_mark(f)) {
    s += kMarkStart, r.mark = true;
  } else if (y.particle) {
    s += kParticleStart, r.mark = true;
  }
  const QuoteBalance &qa = x.quotes, &qb = y.quotes;
  if (qa.unclosed > 0 && qb.unopened > 0) s += kQuoteCarries, r.quote = true;
  if (qa.ascii % 2 == 1 && qb.ascii % 2 == 1) s += kAsciiQuoteCarries, r.quote = true;
  if (x.comma_end) s += kCommaEnd;
  if (x.dangling) s += kDanglingEnd;
  if (y.stub) s += kStub;
  if (r.word < 3 && y.opener) s += kOpenerStart;
  if (r.word < 3 && y.time) s += kTimeStart;
  r.score = s;
  return r;
}

Join join_texts(const WordSegmenter& w, std::string_view x, std::string_view y) {
  return join_sides(w, seam_side(w, x), seam_side(w, y));
}

bool PageEvidence::heads_byline(size_t i) const {
  return i + 1 < info_.size() && info_[i + 1].byline && !info_[i + 1].inline_byline &&
         lines_[i + 1].gap <= mode_gap_;
}

// Two short lines of one length set tight, no mark in either, the first set off above
// (五十年老店搬新家 / 老街坊排队来送行): a head in two parallel lines (对仗), not text cut at
// a column -- no column is this narrow (kMaxParallelChars under the narrowest wrap width),
// and a poem's lines are its stanza's.
bool PageEvidence::parallel_heads(size_t i, size_t j) const {
  constexpr int kMinParallelChars = 4, kMaxParallelChars = 11;
  const LineInfo &a = info_[i], &b = info_[j];
  bool set_off = i == 0 || lines_[i].gap > mode_gap_;
  return j == i + 1 && set_off && lines_[j].gap == 0 && a.display && b.display && !a.clause &&
         !b.clause && !a.verse && !b.verse && a.chars == b.chars && a.chars >= kMinParallelChars &&
         a.chars <= kMaxParallelChars;
}

bool PageEvidence::may_join(size_t i, size_t j) const {
  const SeamSide &x = sides_[i], &y = sides_[j];
  if (info_[j].start_open > 0) return true;
  if ((x.quotes.unclosed > 0 && y.quotes.unopened > 0) ||
      (x.quotes.ascii % 2 == 1 && y.quotes.ascii % 2 == 1))
    return true;
  return words_->may_straddle(last_char(x.tail), first_char(y.head));
}

double PageEvidence::join(size_t i, size_t j) const {
  return join_detail(i, j).score;
}

Join PageEvidence::join_detail(size_t i, size_t j) const {
  const LineInfo &a = info_[i], &b = info_[j];
  // Only text is cut and goes on: not a byline, an author's name, a label or a credit.
  bool cut = a.open_end || (a.phrase_closed && b.start_open > 0);
  if (!cut || a.byline || a.author || a.label || a.credit || a.furniture || a.tip_label ||
      a.jump != Jump::None || i == j || b.inline_byline || b.byline || b.tip_label ||
      b.jump != Jump::None || b.note || b.qa || b.credit || b.furniture)
    return Join{kNever};
  // A line with a byline line right under it is a head, not text cut at a column.
  if (heads_byline(i) || (heads_byline(j) && b.display) || parallel_heads(i, j))
    return Join{kNever};
  auto& row = memo_[i];
  if (row.empty()) row.resize(lines_.size());
  std::optional<Join>& memo = row[j];
  if (memo) return *memo;
  Join r = join_sides(*words_, sides_[i], sides_[j]);
  // The tail of a byline ("莹 贾丽莉）…") goes on from a byline left open ("本报讯（记者…").
  if (b.byline_tail && open_bracket(lines_[i].text)) r.score += kTailByline, r.mark = true;
  memo = r;
  return r;
}

// One short finished sentence set off by a wide gap, or 图为…: an in-article caption.
bool PageEvidence::looks_like_caption(size_t k) const {
  const LineInfo& c = info_[k];
  return c.caption_form || c.short_isolated;
}

void PageEvidence::weigh_seams() {
  size_t n = lines_.size();
  memo_.assign(n, {});
  for (size_t j = 0; j < n; ++j) {
    LineInfo& c = info_[j];
    const std::string& t = lines_[j].text;
    if (opens_with_mark(sides_[j].first))
      c.start_open += kMarkStart;
    else if (sides_[j].particle)
      c.start_open += kParticleStart;
    if (starts_mid_quote(t, sides_[j].quotes)) c.start_open += kQuoteCarries;
    if (sides_[j].lone) c.start_open += kLoneChar;
    if (sides_[j].stub) c.start_open += kStub;
    if (c.byline_tail) c.start_open += kTailByline;
  }
  read_wrap_widths();
  // The next line, or the one after an in-article caption dropped between the halves.
  for (size_t i = 0; i + 1 < n; ++i) {
    double s = join(i, i + 1);
    // Right under it, no blank line between, a word's lone tail: a line wrapped at the
    // column ("…医院护士和快递" / "员。在附近…"), whatever the words say.
    if (lines_[i + 1].gap == 0 && sides_[i + 1].lone && info_[i].open_end) s += kLoneChar;
    // As long as the page's wrapped lines, cut open, the next line set as close as the
    // page sets its text: the column's width ended it, not a head's last word.
    // (Not over a line that opens a story of its own: a dateline, 据《…》报道, 近日，…)
    const LineInfo& b = info_[i + 1];
    bool opens_story = b.inline_byline || b.report_lead || sides_[i + 1].opener;
    if (info_[i].at_wrap_width && !opens_story) s += kWrapWidth;
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
  // (A label such as 图片新闻 ends "open" but is no cut text.)
  auto waits = [&](size_t i) {
    return info_[i].open_end && !info_[i].label && !(i + 1 < n && info_[i + 1].jump == Jump::Out);
  };
  // A cut end whose rest comes a few lines on, past something set in between (a sidebar,
  // a caption, a tip box): what stands between interrupts it without ending it.
  for (size_t i = 0; i < n; ++i) {
    if (!waits(i) || info_[i].next_join > 0) continue;
    for (size_t k = i + 2; k < n && k <= i + kInterruptionLines && !info_[i].goes_on_later; ++k) {
      Join jd = join_detail(i, k);
      info_[i].goes_on_later = jd.score > 0 && jd.strong();
    }
  }
  // The best continuation of a display line from a cut end elsewhere (only a display line's
  // reading depends on it), and whether that end's best continuation is this line in turn.
  for (size_t j = 0; j < n; ++j) {
    if (!info_[j].display) continue;
    bool strong = false;  // resting on more than chance gives
    for (size_t i = 0; i < n; ++i) {
      if (i == j || !waits(i)) continue;
      Join jd = join_detail(i, j);
      if (jd.score > info_[j].best_join) {
        info_[j].best_join = jd.score, info_[j].best_from = static_cast<int>(i);
        strong = jd.strong();
      }
    }
    int i = info_[j].best_from;
    if (i < 0 || !strong || info_[i].next_join > 0 || static_cast<size_t>(i) + 1 == j) continue;
    // A cut end and a cut start that are each other's best on strong evidence, where the
    // end's own next line does not go on from it: the pair is no coincidence.
    bool best = true;
    for (size_t k = 0; k < n && best; ++k)
      if (k != j && k != static_cast<size_t>(i)) best = join(i, k) < info_[j].best_join;
    info_[j].mutual = best;
  }
}

double PageEvidence::shared_words(const std::vector<int>& context, size_t j) const {
  return shared_with(sorted_grams(context), j);
}

std::vector<std::uint64_t> PageEvidence::sorted_grams(const std::vector<int>& context) const {
  std::vector<std::uint64_t> before;
  size_t total = 0;
  for (int k : context) total += grams_[k].size();
  before.reserve(total);
  for (int k : context) {  // each line's bigrams are sorted: merged in, not sorted again
    size_t mid = before.size();
    before.insert(before.end(), grams_[k].begin(), grams_[k].end());
    std::inplace_merge(before.begin(), before.begin() + static_cast<std::ptrdiff_t>(mid),
                       before.end());
  }
  return before;
}

double PageEvidence::shared_with(const std::vector<std::uint64_t>& before, size_t j) const {
  double shared = 0, total = 0;
  for (size_t m = 0; m < grams_[j].size(); ++m) {
    int d = df_[j][m];
    if (d < 2) continue;  // a bigram of one line can't be shared
    total += 1.0 / d;
    if (std::binary_search(before.begin(), before.end(), grams_[j][m])) shared += 1.0 / d;
  }
  return total > 0 ? shared / total : 0;
}

void PageEvidence::weigh_cohesion() {
  size_t n = lines_.size();
  grams_.resize(n);
  for (size_t i = 0; i < n; ++i) grams_[i] = han_bigrams(lines_[i].text);
  df_ = lines_holding(grams_);
  auto body = [&](size_t k) { return info_[k].chars >= 20 && !info_[k].display; };
  for (size_t i = 0; i < n; ++i) {
    if (!info_[i].display) continue;
    std::vector<int> context;
    context.reserve(kCohesionLines);
    for (size_t k = i; k-- > 0 && context.size() < kCohesionLines;)
      if (body(k)) context.push_back(static_cast<int>(k));
    const std::vector<std::uint64_t> before = sorted_grams(context);
    // The text after the line, as one: its first two body lines.
    double shared = 0, weight = 0;
    int taken = 0;
    for (size_t k = i + 1; k < n && taken < 2; ++k) {
      if (!body(k)) continue;
      double w = 0;
      for (int d : df_[k]) w += d >= 2 ? 1.0 / d : 0;
      shared += shared_with(before, k) * w, weight += w;
      ++taken;
    }
    info_[i].cohesion = weight > 0 ? shared / weight : 0;
  }
}

}  // namespace wz::ingest
