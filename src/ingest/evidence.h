// ingest/evidence: what every line of a page looks like, weighed against the page.
// Consumes the page's non-empty lines (lines.h). Produces one LineInfo per line: its
// forms (features.h, cues.h), and the evidence that ties it to its neighbours — whether
// its sentence goes on in the next line, whether it starts inside a sentence, which line
// elsewhere on the page it could continue, and how much vocabulary the text after it
// shares with the text before it. The decoder (decode.h) and the continuation repair
// (reorder.h) read it; nothing here decides a role.
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "ingest/cues.h"
#include "ingest/features.h"
#include "ingest/lines.h"
#include "ingest/seams.h"

namespace wz::ingest {

// A note's label alone on its line, no note after it (编者按：, 【编者按】, 编者的话): the
// evidence and the decoder read it so.
inline constexpr int kMaxNoteLabelChars = 8;

struct LineInfo {
  int chars = 0;               // visible characters
  bool terminal = false;       // ends a sentence (。！？…, closers allowed after)
  bool open_end = false;       // ends inside a sentence (Han, digit, comma, opener)
  bool phrase_closed = false;  // ends closing a quoted phrase, no sentence end before the
                               // closer (…与“五月为恶月”): cut, if the next line says so
  bool comma_end = false;       // ends with ，、
  bool inner_sentence = false;  // a sentence mark before the last character
  bool head_question = false;   // ...only one, a ？ or ！, in a short line (…？言过其实)
  bool clause = false;          // a clause mark (，、；) inside
  bool display = false;         // could be a display line: short, no sentence inside
  bool dash_end = false, dash_start = false;
  bool slogan = false, genre = false, label = false, bullet = false;
  bool question = false;    // ends with a question mark (？ ?), past closing quotes
  bool brief_head = false;  // one of a series of heads under a column label (城事速览 /
                            // ■… / ■…, 书讯 / 《…》 / 《…》): the heads of briefs, not 小标题
  bool notice_title = false;  // 关于…的公告: an official notice's title
  bool column_word = false;   // a label naming a column of items (产经快讯, 民生速递)
  bool series_label = false;  // the column label over such a series: page furniture
  bool tip_label = false;
  std::string tip_rest;  // text after "阅读提示：" on the same line
  bool byline = false, author = false, affiliation = false;
  size_t inline_byline = 0;       // bytes of an opening 本报讯（…） / …日电（…）
  bool byline_tail = false;       // opens with the cut-off tail of one ("莹 贾丽莉）")
  bool credit = false;            // the whole line is a photo credit
  bool bracketed_byline = false;  // a byline in brackets alone on its line (（通讯员 邹敏）): a
                                  // brief's signature, never a photo's credit
  size_t credit_tail = std::string::npos;  // caption and credit share the line
  Jump jump = Jump::None;
  std::string jump_page;
  size_t jump_end = 0;  // a jump-in marker with the text glued on: where the text starts
  bool note = false, link = false, furniture = false, qa = false;
  bool caption_form = false;  // 图为… or caption and credit on one line
  bool data = false;          // a data box item ("年产值：1.8亿元→9.3亿元")
  bool data_title = false;    // ...in a head's form: a brief's title when it stands alone
  bool attribution = false;  // ——桐岭林场场长 秦建业: who said the quote above, no 副题
  bool figure_row = false;  // figures set apart by spaces (29轮　18胜): data in a run
  bool field = false;       // a field of a listing, a form or a recipe (时间：…, 食材：…)
  bool quantity = false;    // a figure alone on its line (2.96亿人次): a data box's item, and
                            // the short line under it is that figure's explanation
  bool verse = false;       // a line of a poem: stanzas of short lines set tight, no display
  bool reply = false;       // 编辑回复 alone: the answer's 小标题 in a letters item
  bool credit_ahead = false;  // a photo credit follows within a few lines: a photo item
  bool edge = false;          // among the first or last two lines of the page
  bool sentence_start = false;  // opens like a sentence: 据介绍，… / 4月4日… / 入夏以来，…
  bool titled_lead = false;  // opens with its own title: its place in brackets (【石门乡】…)
                             // or a run-in head (县图书馆延长开放时间  即日起，…): a brief's
                             // first paragraph, as a dateline is
  size_t title_end = 0;      // ...where the text after that title starts (bytes)
  bool report_lead = false;  // opens like a report from a source (据外媒报道，…): a story's
                             // lead, never a feature section's first line
  bool page_label = false;   // short, and dotted (城事·民生), numbered (A06) or letter-spaced
  bool link_sidebar = false;    // a link label that heads an item of its own (延伸阅读), not a
                                // box of the story: set inside a cut sentence of the text above
                                // (a sidebar boxed into the story), or set tight against its
                                // title as a kicker is (延伸阅读 / 桐岭林场：从…到…)
  bool after_link = false;      // right under a link box label (新闻链接): the box's title
  bool tight_next = false;      // the next line follows closer than the page's paragraphs do
  bool in_text_run = false;     // set as close as the page's paragraphs between a finished
                                // paragraph and more text, on a page that sets its items
                                // apart by wider gaps: no head stands there
  bool short_isolated = false;  // one short finished sentence set off by a wide gap
  bool signed_off = false;  // ends with a bracketed byline (…。（记者 X）): its article ends
  bool sourced_off = false;  // ends with the source it was taken from (…。（摘自…《…报》）):
                             // an excerpt's end, so its item ends; the source stays in the body
  bool signed_below = false;  // a display line whose text ends with its author's signature
                              // (读者 王秀梅 alone, or …。（钟 晴）): it heads an item of its own
  bool like_heads_above = false;  // labelled like the 小标题 above it (截污：… / 修复：…): one of
                                  // that feature's heads
  bool unlike_heads_above = false;  // a plain head after bulleted heads over text (■ …): not
                                    // another of those 小标题 (a feature sets all of them alike)
  bool numbering_restarts = false;  // a plain head between 三、 above and 一、 below: the
                                    // heads below number another piece's sections
  bool over_data = false;  // a head over nothing but a data box's rows (行情速览 / 上证指数 …):
                           // the box's title, a sidebar of its own, not a 小标题
  // Its item ends here: signed (…。（记者 X）) or sourced (…。（摘自…）) at its end.
  bool ends_item() const { return signed_off || sourced_off; }
  bool at_wrap_width = false;  // as long as the page's wrapped text lines, ending open,
                               // with the next line set close under it
  int repeats = -1;            // index of the line whose text this one repeats (pull-quote)

  double start_open = 0;       // evidence that the line starts inside a sentence
  double next_join = 0;        // evidence that the next line continues this line's sentence
  double prev_join = 0;        // evidence that this line continues the last text line before it
  double best_join = 0;        // best evidence that it continues a line elsewhere on the page
  int best_from = -1;          // that line
  bool mutual = false;         // ...and this line is that line's best continuation too
  bool goes_on_later = false;  // a cut end whose rest stands a few lines on, strongly joined
  double cohesion = 0;         // 0..1: words the text after it shares with the text before it
};

// How the end of text x meets the start of text y (evidence.cpp has the weights).
struct Join {
  double score = 0;    // points: > 0 for one sentence going on, < 0 against
  int word = 0;        // characters of the word friso finds across the seam
  bool bound = false;  // ...whose halves are no words alone (措|施), seam_halves_bound
  bool mark = false;   // y opens with a mark or particle that can't open a sentence
  bool quote = false;  // a quotation open at the end of x is closed in y
  // Evidence chance rarely gives: a mark or quotation carried over, a word of three
  // characters or more, or two halves that are no words alone.
  bool strong() const { return mark || quote || word >= 3 || bound; }
};
// What a seam needs of a text, read once: its last and first characters and how it
// ends and starts.
struct SeamSide {
  std::string head, tail;  // first / last kSeamWindow characters, spaces skipped
  QuoteBalance quotes;
  char32_t first = 0;
  bool comma_end = false, opener = false, time = false, particle = false;
  bool stub = false;  // the whole line is a few characters and a full stop
  bool lone = false;  // opens with a word's lone tail and a mark ("因。一是…", "员。在…")
  bool dangling = false;  // ends on a function word standing alone (…十年的 / …码头和)
};
SeamSide seam_side(const WordSegmenter& w, std::string_view text);

// The seam's evidence from the two texts alone (x must end inside a sentence).
Join join_sides(const WordSegmenter& w, const SeamSide& x, const SeamSide& y);
Join join_texts(const WordSegmenter& w, std::string_view x, std::string_view y);

class PageEvidence {
 public:
  explicit PageEvidence(const std::vector<SourceLine>& lines);
  ~PageEvidence();

  const std::vector<SourceLine>& lines() const { return lines_; }
  const LineInfo& operator[](size_t i) const { return info_[i]; }
  size_t size() const { return lines_.size(); }
  const WordSegmenter& words() const { return *words_; }
  int big_gap() const { return big_gap_; }    // blank lines that set items apart
  int mode_gap() const { return mode_gap_; }  // blank lines between the page's paragraphs

  // Evidence (in points; > 0 for, < 0 against) that line j's text goes on directly from
  // the end of line i's, in one sentence: a word across the seam, a mark or particle that
  // cannot open a sentence, a quotation that stays open; against: j opens like a new
  // sentence or article. -inf when i ends a sentence or j can't continue anything.
  double join(size_t i, size_t j) const;
  // The same, with what it rests on.
  Join join_detail(size_t i, size_t j) const;
  // Cheaply: can the seam i|j hold any evidence for a join at all (a mark or particle
  // opening j, a quotation carried, a word that could straddle)? Without it join(i, j)
  // is the base score or less.
  bool may_join(size_t i, size_t j) const;

  // 0..1: how much of line j's vocabulary (Han bigrams found on other lines of the page,
  // weighted by their rarity) the lines `context` hold: the same story goes on in its words.
  double shared_words(const std::vector<int>& context, size_t j) const;

 private:
  bool plausible_name(std::u32string_view name, bool glued) const;
  bool looks_like_caption(size_t k) const;
  void read_forms();
  void read_figure_runs();
  void read_data_titles();
  void read_verse();
  bool labelled_sibling_above(size_t i) const;
  bool heads_byline(size_t i) const;
  bool parallel_heads(size_t i, size_t j) const;
  void read_notices();
  void read_cut_furniture();
  void read_post_links();
  void read_ads();
  void read_box_heads();
  void read_notice_boxes();
  void read_issuers();
  bool numbering_restarts_at(size_t i) const;
  bool brief_entry(size_t k, size_t e, int chars) const;
  void read_listings();
  void read_signed_items();
  void read_speaker_turns();
  void read_related_links();
  void read_bullet_series();
  void read_common(size_t i);
  void read_short(size_t i);
  void read_wrap_widths();
  void read_run_in_briefs();
  void weigh_seams();
  void weigh_cohesion();
  std::vector<std::uint64_t> sorted_grams(const std::vector<int>& context) const;
  double shared_with(const std::vector<std::uint64_t>& sorted_before, size_t j) const;

  const std::vector<SourceLine>& lines_;
  std::vector<LineInfo> info_;
  std::vector<SeamSide> sides_;
  std::vector<std::vector<std::uint64_t>> grams_;  // Han bigrams per line, sorted
  std::vector<std::vector<int>> df_;               // per line, the lines each bigram is in
  // join_detail per pair [i][j], once; row i is made when line i is first weighed (most
  // lines end no sentence open: n * n pairs would be ~400 KB to clear per page).
  mutable std::vector<std::vector<std::optional<Join>>> memo_;
  std::unique_ptr<WordSegmenter> words_;
  int big_gap_ = 2;
  int mode_gap_ = 0;
};

}  // namespace wz::ingest
