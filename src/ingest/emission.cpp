#include "ingest/emission.h"

#include "ingest/features.h"

#include <algorithm>
#include <limits>

namespace wz::ingest {

namespace {

constexpr double kNever = -std::numeric_limits<double>::infinity();

// --- Display lines (headline groups) ---
constexpr double kDisplayForm = 0.5;  // short, no sentence inside: could be display
constexpr double kDashCue = 2.5;      // "…——" kicker / "——…" 副题 (GB/T 15834 §4.9)
constexpr double kOpenerDisplay = -3.0;  // opens like a sentence, with a clause (据统计，…，…):
                                         // text, not a head (a kicker with a dash may)
constexpr double kClauseDisplay = -1.0;  // ，、 inside: 小标题 are phrases
constexpr double kSeamWeight = 1.0;      // per point of evidence that the text runs on
constexpr double kMaxSeamPenalty = 6.0;
constexpr double kLinkBoxTitle = -3.0;   // the title of a 新闻链接 box is no article's head
constexpr double kPhotoTitle = 3.0;      // a credit follows within a few lines: a photo item's
                                         // title, not a 小标题
constexpr double kNoticeTitle = 3.0;     // 关于…的公告: an official notice's own head
constexpr double kOverByline = 1.5;      // a byline line right under it: a head, not a cut line
constexpr double kQuestionOverQa = 1.5;  // a question over 问：/答： heads its Q&A item
constexpr double kInTextRun = -1.5;      // no wider gap above it on a page whose items have
                                         // one, between a finished paragraph and more text
constexpr double kDisplayOverOpening = 1.5;  // over 本报讯（…）/ 据《…》报道: a story opens here
constexpr double kNameDisplay = -4.0;  // a bare personal name (乔 木) signs what is above it

// --- Section heads (小标题) ---
constexpr double kBulletHead = 2.0;    // ● 小标题
constexpr double kBriefHead = 2.5;     // ...unless the bullets head a column of briefs
constexpr double kLinkHead = 4.0;      // 新闻链接 opening a box inside the article
constexpr double kReplyHead = 4.0;     // 编辑回复 heading the answer inside a letter's item
constexpr double kLinkSidebar = -1.0;  // ...but a label over a sidebar of its own (延伸阅读
                                       // inside a cut sentence, or set tight on its title)
constexpr int kShortHeadChars = 12;    // 小标题 are phrases: most have 4-12 characters
constexpr double kShortHead = 0.5;
constexpr int kLongHeadChars = 16;
constexpr double kLongHead = -1.5;  // 17-24 characters: more often a cut body line
constexpr int kMaxHeadChars = 24;
constexpr double kCohesionWeight = 4.0;  // a 小标题's paragraph goes on with its story's words
constexpr double kCohesionPivot = 0.15;  // below this share a new story is likelier
constexpr double kMaxCohesion = 1.0;
constexpr double kTightOverDisplay = -2.0;  // see section()
constexpr int kLabelChars = 3;
constexpr double kLabelHead = -1.5;  // 数据, 对话, 短评: labels; 小标题 are phrases
constexpr double kSectionOverOpening = -2.5;  // over 本报讯（…）/ 据《…》报道: a story's own
                                              // opening, which no 小标题 of a feature heads
constexpr double kAfterSignOff = -3.0;  // a brief signed at its end (…。（记者 X）) is over:
                                        // a head right after it opens the next item

// --- Paragraphs ---
constexpr double kShortUnfinished = -2.5;  // a short line ending mid-sentence, not continued
constexpr int kShortChars = 30;
constexpr double kSentenceInside = 2.0;  // a sentence mark inside: never a display line
constexpr double kLongLine = 2.0;        // longer than any display line
constexpr double kDatelinePara = 3.0;    // opens with 本报讯（…）: a lead paragraph
constexpr double kQaPara = 2.0;          // 问：/答：
constexpr double kGenrePara = -4.0;      // a genre label (短评, 记者手记) is no paragraph,
constexpr double kGenreSection = -3.0;   // ...nor a 小标题: it labels an item of its own,
constexpr double kGenreOverHead = 1.5;  // ...as the kicker over its head (短评 / 山地产业…)

// --- Furniture ---
constexpr double kPageFurniture = 6.0;  // page label, staff credits, hotline
constexpr double kPullQuote = 4.0;      // repeats a sentence of the body
constexpr double kLabelFurniture = -0.5;
constexpr double kSeriesLabel = 2.0;  // a label over a listing's heads (书讯 / 《…》 / 《…》)
constexpr double kSloganFurniture = -0.5;
constexpr double kOtherFurniture = -3.0;
// Any line may be set aside when no reading of the page gives it a role (a credit with
// nothing to credit, a byline with no article): never lost, and reported.
constexpr double kLastResort = -15.0;
constexpr double kPageEdgeLabel = 2.5;  // a label at the head or foot of the page: its name

// --- Apparatus recognised by form ---
constexpr double kCertainForm = 8.0;  // tip label, note label, jump marker
constexpr double kBylineForm = 5.0;
constexpr double kAuthorLine = 1.0;  // a bare name: an author only in the right place
constexpr double kCreditForm = 6.0;

// --- Captions ---
constexpr double kCaptionBase = -1.0;
constexpr double kCaptionForm = 3.0;    // 图为… or caption and credit on one line
constexpr double kBeforeCredit = 2.0;   // the next line is a credit
constexpr double kIsolatedShort = 2.0;  // one short sentence set off by a wide gap
constexpr int kMaxCaptionChars = 120;

// A question over a 问：/答： line: its Q&A item's head.
bool question_over_qa(const PageEvidence& ev, size_t i) {
  return ev[i].question && i + 1 < ev.size() && ev[i + 1].qa;
}

// The line after i that is no page furniture: a web story's site lines (来源：滨海都市报,
// 发布时间：…) stand between its head and its byline or opening.
size_t next_past_furniture(const PageEvidence& ev, size_t i) {
  size_t k = i + 1;
  while (k < ev.size() && ev[k].furniture) ++k;
  return k;
}

// The next line opens a story with its source: 本报讯（…）, 新华社…电, 据《…》报道.
bool over_story_opening(const PageEvidence& ev, size_t i) {
  size_t k = next_past_furniture(ev, i);
  return k < ev.size() && (ev[k].inline_byline || ev[k].report_lead);
}

// A byline line right under it, or under the site's lines below it.
bool over_byline(const PageEvidence& ev, size_t i) {
  size_t k = next_past_furniture(ev, i);
  return k < ev.size() && ev[k].byline && !ev[k].inline_byline;
}

double seam_penalty(const LineInfo& c) {
  double s = c.next_join + c.prev_join + c.start_open + (c.mutual ? c.best_join : 0);
  return -std::min(kMaxSeamPenalty, kSeamWeight * s);
}

bool apparatus(const LineInfo& c) {
  return c.byline || c.credit || c.tip_label || c.jump != Jump::None || c.note || c.furniture;
}

double display(const PageEvidence& ev, size_t i) {
  const LineInfo& c = ev[i];
  if (!c.display || c.repeats >= 0 || c.furniture) return kNever;
  // The label over a column of briefs that carry their own titles heads none of them; nor
  // does the label over a listing's heads (新书速递 / 《…》 / 《…》): gold README, a label
  // over several items is no article's.
  if (c.series_label && i + 1 < ev.size() && (ev[i + 1].titled_lead || ev[i + 1].brief_head))
    return kNever;
  double s = kDisplayForm + seam_penalty(c);
  if (c.dash_end || c.dash_start) s += kDashCue;
  if (c.credit_ahead) s += kPhotoTitle;
  if (c.notice_title) s += kNoticeTitle;
  if (over_byline(ev, i)) s += kOverByline;
  if (c.after_link) s += kLinkBoxTitle;
  if (c.author) s += kNameDisplay;
  if (c.genre && i + 1 < ev.size() && ev[i + 1].display) s += kGenreOverHead;
  if (c.sentence_start && c.clause && !c.dash_end) s += kOpenerDisplay;
  if (c.brief_head) s += kBriefHead;
  if (question_over_qa(ev, i)) s += kQuestionOverQa;
  if (c.in_text_run) s += kInTextRun;
  if (over_story_opening(ev, i)) s += kDisplayOverOpening;
  return s;
}

double section(const PageEvidence& ev, size_t i) {
  const LineInfo& c = ev[i];
  if (c.link) return c.link_sidebar ? kLinkSidebar : kLinkHead;
  if (c.reply) return kReplyHead;
  if (!c.display || c.chars > kMaxHeadChars || c.dash_end || c.dash_start) return kNever;
  double s = seam_penalty(c);
  if (c.brief_head)
    s -= kBriefHead;
  else if (c.bullet)
    s += kBulletHead;
  if (c.clause) s += kClauseDisplay;
  if (c.chars <= kShortHeadChars) s += kShortHead;
  if (c.chars > kLongHeadChars) s += kLongHead;
  // Shared words argue for a 小标题 only so far: a page about one topic shares them
  // everywhere; the lack of them argues for a new story fully.
  s += std::min(kMaxCohesion, kCohesionWeight * (c.cohesion - kCohesionPivot));
  if (c.credit_ahead) s -= kPhotoTitle;
  // Set tight against a display line below it, a short line is part of that group.
  if (c.tight_next && i + 1 < ev.size() && ev[i + 1].display) s += kTightOverDisplay;
  if (c.label && c.chars <= kLabelChars) s += kLabelHead;
  if (c.genre) s += kGenreSection;
  if (c.author) s += kNameDisplay;  // a name (读者 邢 蕾) signs; it heads nothing
  if (i > 0 && ev[i - 1].ends_item()) s += kAfterSignOff;
  if (over_story_opening(ev, i)) s += kSectionOverOpening;
  return s;
}

double paragraph(const PageEvidence& ev, size_t i) {
  const LineInfo& c = ev[i];
  if (apparatus(c) || c.link) return kNever;
  double s = 0;
  if (c.display && c.chars <= kShortChars && !c.terminal)
    s += kShortUnfinished + std::min(kMaxSeamPenalty, c.next_join + c.prev_join + c.start_open);
  if (c.inner_sentence) s += kSentenceInside;
  if (c.chars > kMaxDisplayChars) s += kLongLine;
  if (c.inline_byline) s += kDatelinePara;
  if (c.qa) s += kQaPara;
  // Questions in a Q&A are put as 问：…; a bare question over one is its item's head.
  if (question_over_qa(ev, i) && c.chars <= kShortChars) s -= kQuestionOverQa;
  if (c.genre) s += kGenrePara;
  return s;
}

double furniture(const PageEvidence& ev, size_t i) {
  const LineInfo& c = ev[i];
  if (c.furniture) return kPageFurniture;
  if (c.repeats >= 0) return kPullQuote;
  if (c.attribution && i > 0 && ev[i - 1].repeats >= 0) return kPullQuote;  // its speaker
  // A label over a column of items heads none of them, set plain or in brackets
  // (【赛事速递】, no display line's form).
  if (c.series_label) return kSeriesLabel;
  if (!c.display) return kLastResort;
  // A page label: dotted (城事·民生), numbered (A06), or letter-spaced (要　闻).
  if (c.edge && c.page_label) return kPageEdgeLabel;
  // A column label stands over heads (工会动态 over its briefs), never over text, nor set
  // tight under a display line: there it is a line of that headline group (青澜百万职工).
  bool in_group = i > 0 && ev[i - 1].tight_next && ev[i - 1].display;
  if (c.label)
    return i + 1 < ev.size() && ev[i + 1].display && !in_group ? kLabelFurniture : kOtherFurniture;
  if (c.slogan) return kSloganFurniture;
  return kOtherFurniture;
}

double caption(const PageEvidence& ev, size_t i) {
  const LineInfo& c = ev[i];
  if (apparatus(c) || c.chars > kMaxCaptionChars || c.inline_byline) return kNever;
  if (!c.terminal && !c.caption_form) return kNever;  // a caption is finished sentences
  if (c.field) return kNever;                         // 食材：… is a listing's or a recipe's
  double s = kCaptionBase - c.start_open;
  if (c.caption_form) s += kCaptionForm;
  if (i + 1 < ev.size() && ev[i + 1].credit) s += kBeforeCredit;
  if (c.short_isolated) s += kIsolatedShort;
  return s;
}

}  // namespace

double emission(const PageEvidence& ev, size_t i, Role r) {
  const LineInfo& c = ev[i];
  switch (r) {
    case Role::Furniture:
      return furniture(ev, i);
    case Role::Display:
    case Role::LateDisplay:
      return display(ev, i);
    case Role::Byline:
      if (c.byline || c.affiliation) return kBylineForm;
      return c.author ? kAuthorLine : kNever;
    case Role::TipLabel:
      return c.tip_label ? kCertainForm : kNever;
    case Role::Tip:
    case Role::Note:
      return apparatus(c) ? kNever : 0;
    case Role::NoteLabel:
      return c.note ? kCertainForm : kNever;
    case Role::Para:
      return paragraph(ev, i);
    case Role::Section:
      return section(ev, i);
    case Role::Caption:
      return caption(ev, i);
    case Role::Credit:
      // (A reprint's source names a paper, not who took a picture.)
      return c.credit ? kCreditForm : c.byline && !c.sourced_off ? kAuthorLine : kNever;
    case Role::JumpOut:
      return c.jump == Jump::Out ? kCertainForm : kNever;
    case Role::JumpIn:
      return c.jump == Jump::In ? kCertainForm : kNever;
    case Role::JumpHead:
      // (A name alone over the marker signs the story above it: 唐宁 / (上接第5版).)
      return c.display && !c.author && i + 1 < ev.size() && ev[i + 1].jump == Jump::In ? 2.0
                                                                                       : kNever;
  }
  return kNever;
}

}  // namespace wz::ingest
