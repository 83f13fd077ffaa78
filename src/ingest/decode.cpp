#include "ingest/decode.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <optional>
#include <string>

#include "ingest/emission.h"

namespace wz::ingest {

namespace {

constexpr double kNever = -std::numeric_limits<double>::infinity();

// --- Transitions of the article grammar (points) ---
constexpr double kOpenArticle = -1.0;          // every article must earn its opening
constexpr double kOpenAfterBigGap = 1.5;       // a wide gap sets items apart
constexpr double kInsideBigGap = -0.5;         // ...and is rarer inside one
constexpr double kOpenAfterUnfinished = -1.0;  // the article before ends mid-sentence
constexpr double kOpenAfterComma = -2.0;       // ...at a comma: its sentence surely goes on
// A head and its byline with no text under them before the next item opens: the "head" was
// the text's last line, and the byline signs it (…站台什么时候能修好？ / 江苏南京 读者 吴立群).
constexpr double kOpenOverUntextedItem = -2.0;
constexpr double kLeadAfterHead = 1.0;    // a dateline paragraph right under its head
constexpr double kHeadlessLead = -2.0;    // a dateline paragraph with no head before it
constexpr double kLateHead = -0.5;        // the head printed after its dateline paragraph
constexpr double kMaxStartPenalty = 6.0;  // a first paragraph that starts mid-sentence
constexpr double kSectionIn[3] = {-0.5, -2.5, 0.5};  // 小标题 in plain / news / feature copy
constexpr double kClauseHead = -1.5;                 // a lone head with a clause in it
constexpr double kLongHead = -1.0;                   // ...or over kLongHeadChars: kickers run long
constexpr int kLongHeadChars = 36;
constexpr double kDashOpens = -3.0;              // "——…" is a 副题: it never opens a group
constexpr double kOpenerHead = -2.0;             // a lone head opening like a sentence
constexpr double kLoneHeadInNews = -1.0;         // ...and among dateline stories, a head over
                                                 // text with no dateline
constexpr double kLeadUnderHead = -1.5;          // see Section
constexpr double kSectionAfterSection = -3.0;    // 小标题 stand over text, never over a head
constexpr double kSectionAfterSignature = -2.0;  // a closing byline (宁 溪) ends the item
                                                 // (but a reply answers the signed letter)
constexpr double kSectionOverSigned = -2.0;  // text signed at its end (读者 王秀梅): a letter's
                                             // or a brief's head, not a feature's 小标题
constexpr double kSectionOverData = -3.0;        // a data box's title (行情速览 over its rows)
constexpr double kSectionUnlikeSiblings = -1.5;  // a plain head after ■ 小标题
constexpr double kSectionLikeSiblings = 2.0;     // ...and one labelled like them (修复：…)
constexpr double kSectionBeforeRestart = -3.0;   // the heads under it count again from 一、
constexpr double kSectionInsideCut = -2.0;       // a head inside a cut sentence titles a box
constexpr double kSectionAfterPhoto = -2.0;      // ...as a credit ends a photo item
constexpr double kLoneHeadInFeature = -1.5;      // a one-line head opening an article inside a
                                                 // feature: more often its 小标题
constexpr double kBylineUnderHead = 1.0;
constexpr double kClosingByline = -0.5;       // a byline after the body (commentary author,
                                              // or printed out of place)
constexpr double kBylineUnderSection = -4.0;  // a byline under a 小标题: the "小标题" is a head
constexpr double kTipOutOfPlace = -1.0;       // a tip box among the paragraphs
constexpr double kTextAfterCredit = -2.0;     // a credit usually closes a photo item
constexpr double kTextAfterSignature = -1.5;  // ...and a signature (读者 陶 然) its item (a
                                              // reporter's byline may be displaced)
constexpr double kBylineAsCredit = 5.5;       // a name line closing a photo item is its credit
constexpr double kCaptionUnderHead = 0.5;     // a photo item: title then caption
constexpr double kFragmentAtTop = -0.5;       // text before any head: a continuation
constexpr double kNoteInside = -1.0;          // 编者按 between head and body
constexpr double kNoteAlreadySaid = -2.0;     // a note after one set on the label's line
constexpr int kMaxGroupLines = 4;             // column label + 引题 + 主题 + 副题

// Readings of the page more than this many points behind the best one at a line are
// dropped: no later evidence on a page outweighs it (the largest single weight is 8).
constexpr double kBeam = 24.0;

enum Type : unsigned char { kPlain = 0, kNews = 1, kFeature = 2 };

// Decoder state: the role of the line, and what the open article has had so far.
struct St {
  Role role = Role::Furniture;
  bool hd = false;  // a display group (or late head) has been seen
  Type type = kPlain;
  unsigned char body = 0;  // text blocks seen: 0, 1, or 2 for more (a photo item has one)
  bool group = false;      // the article has ended its display group
  unsigned char glen = 0;  // display lines read in the group so far, less one (0..3)
  int index() const {
    return ((((static_cast<int>(role) * 2 + hd) * 3 + type) * 3 + body) * 2 + group) * 4 + glen;
  }
};
constexpr int kStates = kRoleCount * 2 * 3 * 3 * 2 * 4;
// One more text block seen.
unsigned char more_body(unsigned char b) {
  return b < 2 ? b + 1 : 2;
}

struct Step {
  St to;
  double score = 0;
  bool opens = false;
};

class Grammar {
 public:
  explicit Grammar(const PageEvidence& ev) : ev_(ev) {}

  // Moving from `from` (nullptr: the page start) to role r on line i.
  std::optional<Step> step(const St* from, Role r, size_t i) const {
    bool big = ev_.lines()[i].gap >= ev_.big_gap() && i > 0;
    if (!from) return start(r, i);
    auto st = step_inner(*from, r, i, big);
    if (st && from->role == Role::Display && r != Role::Display && r != Role::Furniture)
      st->score += group_end(*from, i);
    return st;
  }

 private:
  const PageEvidence& ev_;

  // A one-line group is a 主题 alone: it carries no clause (kickers do, above a head) unless
  // it asks a question, and does not open like a sentence (据介绍，…).
  double group_end(const St& s, size_t i) const {
    if (s.glen > 0 || i == 0) return 0;
    const LineInfo& h = ev_[i - 1];
    double sc = h.clause && !h.question ? kClauseHead : 0;  // 试用期被辞退，能要求赔偿吗？
    if (h.chars > kLongHeadChars) sc += kLongHead;
    if (h.sentence_start) sc += kOpenerHead;
    return sc;
  }

  std::optional<Step> step_inner(const St& s, Role r, size_t i, bool big) const {
    const LineInfo& c = ev_[i];
    Role p = s.role;
    switch (r) {
      case Role::Furniture: {
        St t = s;
        t.role = r;
        return Step{t, 0, false};
      }
      case Role::Display: {
        if (p == Role::Section) return open_after_section(s, r, i, big);
        bool in_group = p == Role::Display || (p == Role::Furniture && s.hd && !s.body && !s.group);
        // (An editor's note may stand under a column label, over the head: 最美退役军人 /
        // 编者按：… / 从“兵王”到“果王”.)
        bool pre = (p == Role::NoteLabel || p == Role::Note) && !s.body;
        if (in_group || pre) {
          if (in_group && s.glen + 1 >= kMaxGroupLines) return std::nullopt;
          St t = s;
          t.role = r, t.hd = true, t.glen = in_group ? s.glen + 1 : 0;
          if (c.dash_end || c.dash_start) t.type = kFeature;  // a dash deck: a feature's head
          return Step{t, 0, false};
        }
        return open(s, r, i, big);
      }
      case Role::LateDisplay: {
        // Under its article's dateline paragraph; a late group may have a 副题 too.
        if (p == Role::LateDisplay) {
          if (s.glen + 1 >= kMaxGroupLines) return std::nullopt;
          St t = s;
          t.glen = s.glen + 1;
          return Step{t, 0, false};
        }
        if (p != Role::Para || s.hd || s.type != kNews || !s.body) return std::nullopt;
        St t = s;
        t.role = r, t.hd = true, t.group = true, t.glen = 0;
        return Step{t, kLateHead, false};
      }
      case Role::Para:
        return para(s, i, big);
      case Role::Section: {
        if (!s.hd && !s.body) return std::nullopt;
        // A 小标题 stands over text, not under a head -- but a feature may open on a bulleted
        // one right under its head group (多国加快布局… / ——来自… / ■ 德国：…).
        if ((p == Role::Display && !c.bullet) || p == Role::NoteLabel || p == Role::TipLabel)
          return std::nullopt;
        // 下转第X版 ends the story's text on this page: a head under it opens another item.
        if (p == Role::JumpOut) return std::nullopt;
        St t = inside(s, r);
        if (t.type == kPlain) t.type = kFeature;
        double sc = kSectionIn[s.type] + (big ? kInsideBigGap : 0);
        // In news copy, a head over text that opens like a lead (近日，… / 3月5日，…) heads a
        // new item: a brief without a dateline under the brief above.
        // A report's lead (据外媒报道，…) opens a story in any copy.
        bool lead = i + 1 < ev_.size() &&
                    (ev_[i + 1].report_lead || (s.type == kNews && ev_[i + 1].sentence_start));
        if (lead) sc += kLeadUnderHead;
        // Two 小标题 in a row, or a column label over one: the pair was a label and a head.
        if (p == Role::Section || (p == Role::Furniture && ev_[i - 1].label))
          sc += kSectionAfterSection;
        // A byline after the text signs the item off: a head under it opens the next one.
        if (p == Role::Byline && s.body && !c.reply) sc += kSectionAfterSignature;
        if (c.signed_below) sc += kSectionOverSigned;
        if (c.over_data) sc += kSectionOverData;
        if (c.unlike_heads_above) sc += kSectionUnlikeSiblings;
        if (c.like_heads_above) sc += kSectionLikeSiblings;
        if (c.numbering_restarts) sc += kSectionBeforeRestart;
        // A 小标题 stands between paragraphs, never inside a sentence cut at a column end:
        // a head there titles a box set into the story.
        if (ev_[prev_text(i)].goes_on_later) sc += kSectionInsideCut;
        // So does a photo item's credit under its one caption (…。邓 禾/画).
        bool credited = ev_[i - 1].credit || ev_[i - 1].credit_tail != std::string::npos;
        bool text = p == Role::Caption || p == Role::Credit || p == Role::Para;
        if (text && s.body == 1 && s.type == kPlain && credited) sc += kSectionAfterPhoto;
        return Step{t, sc, false};
      }
      case Role::Byline: {
        St t = inside(s, r);
        double sc = 0;
        if (!s.body && s.hd) {
          sc = kBylineUnderHead;
          if (t.type == kPlain) t.type = kFeature;
        } else if (s.body && p != Role::Byline) {
          sc = p == Role::Section ? kBylineUnderSection : kClosingByline;
        }
        if (!c.byline && !c.affiliation && !s.body && !s.hd) return std::nullopt;
        return Step{t, sc, false};
      }
      case Role::TipLabel: {
        St t = inside(s, r);
        if (t.type == kPlain) t.type = kFeature;
        return Step{t, s.body ? kTipOutOfPlace : 0, false};
      }
      case Role::Tip:
        if (p != Role::TipLabel && p != Role::Tip) return std::nullopt;
        return Step{inside(s, r), p == Role::Tip ? kTipOutOfPlace : 0, false};
      case Role::NoteLabel: {
        if (s.hd && !s.body) return Step{inside(s, r), kNoteInside, false};
        St t{r, false, kPlain, false, false};
        return Step{t, kOpenArticle, true};
      }
      case Role::Note: {
        if (p != Role::NoteLabel && p != Role::Note) return std::nullopt;
        // 编者按：… with the note on the label's own line: the note is said, text follows.
        bool said = p == Role::NoteLabel && note_said(i);
        return Step{inside(s, r), said ? kNoteAlreadySaid : 0, false};
      }
      case Role::Caption: {
        if (placed_lead(s, i)) return std::nullopt;
        St t = inside(s, r);
        t.body = more_body(t.body);  // a caption is text of its item like a paragraph
        double sc = (p == Role::Display ? kCaptionUnderHead : 0) + first_text(s, i);
        return Step{t, sc + after_signature(s, i), false};
      }
      case Role::Credit: {
        if (p != Role::Caption && p != Role::Para && p != Role::Display) return std::nullopt;
        double sc = 0;
        if (!c.credit) {  // a name line read as the credit of a photo item (no 摄 printed)
          // (Nor a signature set off by a dash, ——编者: it signs text.)
          if (c.bracketed_byline || c.dash_start) return std::nullopt;
          // (What follows starts another item: a head, or a column's label over its heads.)
          bool item_next = i + 1 >= ev_.size() || ev_[i + 1].display || ev_[i + 1].series_label;
          bool photo = s.hd && s.type == kPlain && s.body == 1 &&
                       (p == Role::Caption || p == Role::Para) && item_next;
          if (!photo) return std::nullopt;
          sc = kBylineAsCredit;
        }
        return Step{inside(s, r), sc, false};
      }
      case Role::JumpOut:
        if (!s.body) return std::nullopt;
        return Step{inside(s, r), 0, false};
      case Role::JumpHead:
        return Step{St{r, false, kPlain, false, false}, kOpenArticle, true};
      case Role::JumpIn:
        if (p == Role::JumpHead) return Step{inside(s, r), 0, false};
        return Step{St{r, false, kPlain, false, false}, kOpenArticle, true};
    }
    return std::nullopt;
  }

  static St inside(const St& s, Role r) {
    St t = s;
    t.role = r;
    if (r != Role::Display && r != Role::Furniture && r != Role::NoteLabel && r != Role::Note)
      t.group = true;
    if (r != Role::Furniture) t.glen = 0;
    return t;
  }

  std::optional<Step> start(Role r, size_t i) const {
    const LineInfo& c = ev_[i];
    switch (r) {
      case Role::Furniture:
        return Step{St{r}, 0, false};
      case Role::Display:
        return Step{St{r, true, c.dash_end || c.dash_start ? kFeature : kPlain, false, false}, 0,
                    true};
      case Role::NoteLabel:
      case Role::JumpHead:
      case Role::JumpIn:
        return Step{St{r, false, kPlain, false, false}, 0, true};
      case Role::Para:
        return Step{St{r, false, c.inline_byline ? kNews : kPlain, true, true},
                    c.inline_byline ? kHeadlessLead : kFragmentAtTop, true};
      default:
        return std::nullopt;
    }
  }

  // A display line right under a 小标题: 小标题 are followed by text, so the two were
  // more likely a label and a head.
  Step open_after_section(const St& s, Role r, size_t i, bool big) const {
    Step st = open(s, r, i, big);
    st.score += kSectionAfterSection;
    return st;
  }

  Step open(const St& s, Role r, size_t i, bool big) const {
    double sc = kOpenArticle + (big ? kOpenAfterBigGap : 0);
    if (ev_[i].dash_start) sc += kDashOpens;
    bool text = s.role == Role::Para || s.role == Role::Caption || s.role == Role::Tip ||
                s.role == Role::Note;
    const LineInfo& before = ev_[prev_text(i)];
    if (text && before.open_end && !before.goes_on_later) sc += kOpenAfterUnfinished;
    if (text && ev_[prev_text(i)].comma_end) sc += kOpenAfterComma;
    if (s.hd && s.group && !s.body)
      sc += kOpenOverUntextedItem;  // (group: apparatus seen, a byline)
    bool lone = s.body && !big && i + 1 < ev_.size() && plain_text(i + 1) && !ev_[i].credit_ahead;
    if (lone && s.type == kFeature && !ev_[i].signed_below) sc += kLoneHeadInFeature;
    if (lone && s.type == kNews && !ev_[i + 1].sentence_start) sc += kLoneHeadInNews;
    Type type = ev_[i].dash_end || ev_[i].dash_start ? kFeature : kPlain;
    return Step{St{r, true, type, false, false}, sc, true};
  }

  size_t prev_text(size_t i) const { return i > 0 ? i - 1 : 0; }
  // After an item signed at its end, or under the label over a column of briefs, a paragraph
  // opening with its own title (【石门乡】…, 县图书馆延长开放时间  即日起…) is the next
  // brief's lead, as a dateline paragraph is.
  bool placed_lead(const St& s, size_t i) const {
    bool signed_before = i > 0 && (ev_[i - 1].signed_off || (s.role == Role::Byline && s.body));
    bool under_label = i > 0 && ev_[i - 1].series_label;  // 简讯 over run-in briefs
    return ev_[i].titled_lead && (signed_before || under_label);
  }
  // Text right under a signature (读者 陶 然) that closed its item's text.
  double after_signature(const St& s, size_t i) const {
    bool signed_off = s.role == Role::Byline && s.body && i > 0 && ev_[i - 1].author;
    // ...or glued in brackets to the end of the text above (…。（兽医师 何春燕）).
    bool glued = i > 0 && s.role == Role::Para && ev_[i - 1].ends_item();
    return signed_off || glued ? kTextAfterSignature : 0;
  }
  // The line before i is a note label with its note on the same line (编者按：下班后…).
  bool note_said(size_t i) const { return i > 0 && ev_[i - 1].chars > kMaxNoteLabelChars; }
  // A paragraph with no apparatus: no byline, dateline, tip, credit or display form.
  bool plain_text(size_t k) const {
    const LineInfo& c = ev_[k];
    return !c.display && !c.byline && !c.inline_byline && !c.tip_label && !c.credit && !c.note &&
           c.jump == Jump::None && !c.author;
  }

  // The first text under a head should not go on from the text right before the head:
  // then the "head" stands between two halves of a sentence. (Text that starts inside a
  // sentence whose start is elsewhere is a displaced column: the repair moves it.)
  double first_text(const St& s, size_t i) const {
    if (s.body || !s.hd || s.role == Role::Para || s.role == Role::Caption) return 0;
    return -std::min(kMaxStartPenalty, ev_[i].prev_join);
  }

  std::optional<Step> para(const St& s, size_t i, bool big) const {
    const LineInfo& c = ev_[i];
    Role p = s.role;
    if (p == Role::TipLabel) return std::nullopt;  // its own text
    if (p == Role::NoteLabel && !note_said(i)) return std::nullopt;
    if (c.inline_byline || placed_lead(s, i)) {
      if (p == Role::Section) return std::nullopt;  // a dateline never stands under a 小标题
      bool under_head = !s.body && (s.hd || p == Role::JumpIn);
      if (under_head) {
        St t = inside(s, Role::Para);
        t.type = kNews, t.body = more_body(t.body);
        return Step{t, p == Role::Display || p == Role::Byline ? kLeadAfterHead : 0, false};
      }
      double sc = kOpenArticle + kHeadlessLead + (big ? kOpenAfterBigGap : 0);
      // (A place label titles its brief: no head printed late belongs to it.)
      Type type = c.inline_byline ? kNews : kPlain;
      return Step{St{Role::Para, false, type, 1, true}, sc, true};
    }
    St t = inside(s, Role::Para);
    double sc = big ? kInsideBigGap : 0;
    sc += first_text(s, i);
    if (p == Role::Credit) sc += kTextAfterCredit;
    sc += after_signature(s, i);
    t.body = more_body(t.body);
    return Step{t, sc, false};
  }
};

// One live reading at a line: its state, score, and where it came from (the position of
// the previous line's reading in that line's list).
struct Cell {
  int state = 0;
  double score = kNever;
  int back = -1;
  bool opens = false;
};
// The live readings of one line, in state order (so ties break as a dense scan would).
using Column = std::vector<Cell>;

// Decode states from their index (the inverse of St::index).
St state_of(int k) {
  St s;
  s.glen = k % 4, k /= 4;
  s.group = k % 2, k /= 2;
  s.body = k % 3, k /= 3;
  s.type = static_cast<Type>(k % 3), k /= 3;
  s.hd = k % 2, k /= 2;
  s.role = static_cast<Role>(k);
  return s;
}

using Emissions = std::vector<std::array<double, kRoleCount>>;

// The emission score of every role on every line (kNever where WZ_FORCE rules it out).
Emissions emissions(const PageEvidence& ev) {
  size_t n = ev.size();
  Emissions emit(n);
  for (size_t i = 0; i < n; ++i)
    for (int r = 0; r < kRoleCount; ++r) emit[i][r] = emission(ev, i, static_cast<Role>(r));
  // WZ_FORCE=LINE:ROLE[,LINE:ROLE...] (development aid, with WZ_EXPLAIN): decode as if
  // each LINE could only play its ROLE, to see what the other reading costs.
  if (const char* f = std::getenv("WZ_FORCE")) {
    for (const char* p = f; p && *p; p = std::strchr(p, ',') ? std::strchr(p, ',') + 1 : nullptr) {
      int line = std::atoi(p);
      const char* colon = std::strchr(p, ':');
      if (!colon) break;
      const char* end = std::strchr(colon, ',');
      std::string role(colon + 1, end ? end : colon + std::strlen(colon));
      for (size_t i = 0; i < n; ++i) {
        if (ev.lines()[i].line != line) continue;
        for (int r = 0; r < kRoleCount; ++r)
          if (role != to_string(static_cast<Role>(r))) emit[i][r] = kNever;
      }
    }
  }
  return emit;
}

// Forward pass (Viterbi) over the live readings only: most of the kStates states are
// unreachable or beam-pruned at any line, so columns are kept sparse.
std::vector<Column> forward(const Grammar& g, const Emissions& emit) {
  size_t n = emit.size();
  std::vector<Column> fw(n);
  std::vector<Cell> dense(kStates);  // scratch, indexed by state
  std::vector<int> touched;
  auto relax = [&](int to, double sc, int back, bool opens) {
    Cell& c = dense[to];
    if (c.score == kNever) touched.push_back(to);
    if (sc > c.score) c = Cell{to, sc, back, opens};
  };
  auto collect = [&](Column& col) {
    double best = kNever;
    for (int t : touched) best = std::max(best, dense[t].score);
    std::sort(touched.begin(), touched.end());
    // Readings this far behind the best at a line never come back: drop them (a beam).
    for (int t : touched) {
      if (dense[t].score != kNever && dense[t].score >= best - kBeam) col.push_back(dense[t]);
      dense[t] = Cell{};
    }
    touched.clear();
  };
  for (int r = 0; r < kRoleCount; ++r) {
    if (emit[0][r] == kNever) continue;
    if (auto st = g.step(nullptr, static_cast<Role>(r), 0))
      relax(st->to.index(), st->score + emit[0][r], -1, st->opens);
  }
  collect(fw[0]);
  for (size_t i = 1; i < n; ++i) {
    const Column& prev = fw[i - 1];
    for (size_t p = 0; p < prev.size(); ++p) {
      St from = state_of(prev[p].state);
      for (int r = 0; r < kRoleCount; ++r) {
        if (emit[i][r] == kNever) continue;
        if (auto st = g.step(&from, static_cast<Role>(r), i))
          relax(st->to.index(), prev[p].score + st->score + emit[i][r], static_cast<int>(p),
                st->opens);
      }
    }
    collect(fw[i]);
  }
  return fw;
}

// Backward pass: for each live reading, the best score of the rest of the page from it
// (aligned with fw's columns).
std::vector<std::vector<double>> backward(const Grammar& g, const Emissions& emit,
                                          const std::vector<Column>& fw) {
  size_t n = emit.size();
  std::vector<std::vector<double>> bw(n);
  bw[n - 1].assign(fw[n - 1].size(), 0.0);
  std::vector<double> next(kStates, kNever);  // scratch: bw of line i+1 by state
  for (size_t i = n - 1; i-- > 0;) {
    bool last = i + 1 == n - 1;  // any state may end the page
    for (size_t q = 0; q < fw[i + 1].size(); ++q) next[fw[i + 1][q].state] = bw[i + 1][q];
    bw[i].resize(fw[i].size());
    for (size_t p = 0; p < fw[i].size(); ++p) {
      St from = state_of(fw[i][p].state);
      double best = kNever;
      for (int r = 0; r < kRoleCount; ++r) {
        if (emit[i + 1][r] == kNever) continue;
        auto st = g.step(&from, static_cast<Role>(r), i + 1);
        if (!st) continue;
        double rest = last ? 0.0 : next[st->to.index()];
        best = std::max(best, st->score + emit[i + 1][r] + rest);
      }
      bw[i][p] = best;
    }
    for (const Cell& c : fw[i + 1]) next[c.state] = kNever;
  }
  return bw;
}

}  // namespace

const char* to_string(Role r) {
  static constexpr std::array<const char*, kRoleCount> kNames = {
      "furniture", "display",    "late-display", "byline",    "tip-label",
      "tip",       "note-label", "note",         "paragraph", "section",
      "caption",   "credit",     "jump-out",     "jump-in",   "jump-head"};
  return kNames[static_cast<int>(r)];
}

Decoding decode_page(const PageEvidence& ev) {
  size_t n = ev.size();
  Decoding d;
  d.roles.resize(n), d.opens.resize(n), d.margin.resize(n), d.second.resize(n), d.gain.resize(n);
  if (n == 0) return d;
  Grammar g(ev);
  Emissions emit = emissions(ev);
  std::vector<Column> fw = forward(g, emit);
  std::vector<std::vector<double>> bw = backward(g, emit, fw);

  // The best reading: back from the best last state.
  int k = -1;
  double best = kNever;
  for (size_t p = 0; p < fw[n - 1].size(); ++p)
    if (fw[n - 1][p].score > best) best = fw[n - 1][p].score, k = static_cast<int>(p);
  if (k < 0) {  // unreachable while Furniture is always possible; be safe anyway
    std::fill(d.roles.begin(), d.roles.end(), Role::Furniture);
    return d;
  }
  for (size_t i = n; i-- > 0 && k >= 0;) {
    const Cell& c = fw[i][k];
    d.roles[i] = state_of(c.state).role;
    d.opens[i] = c.opens;
    d.gain[i] = c.score - (c.back >= 0 ? fw[i - 1][c.back].score : 0);
    k = c.back;
  }
  // Max-marginals per role: how much worse the page reads with another role on line i.
  for (size_t i = 0; i < n; ++i) {
    std::array<double, kRoleCount> by_role;
    by_role.fill(kNever);
    for (size_t p = 0; p < fw[i].size(); ++p) {
      if (bw[i][p] == kNever) continue;
      int r = static_cast<int>(state_of(fw[i][p].state).role);
      by_role[r] = std::max(by_role[r], fw[i][p].score + bw[i][p]);
    }
    int won = static_cast<int>(d.roles[i]);
    double other = kNever;
    int other_r = won;
    for (int r = 0; r < kRoleCount; ++r)
      if (r != won && by_role[r] > other) other = by_role[r], other_r = r;
    d.margin[i] = other == kNever ? 1e9 : by_role[won] - other;
    d.second[i] = static_cast<Role>(other_r);
  }
  return d;
}

}  // namespace wz::ingest
