// ingest/evidence (block readings): the PageEvidence passes that read runs of lines as
// one thing -- bullet series and listings under a column label, briefs with run-in titles,
// figure rows and results tables, a poem's stanzas, paid announcements, classified ads,
// items signed at their end -- and the page's wrap widths, learnt from its seams. Consumes
// the per-line forms read_forms() has set; produces the flags they set on those lines
// (evidence.h).
#include <algorithm>
#include <cstdlib>
#include <map>
#include <vector>

#include "base/utf8.h"
#include "ingest/chars.h"
#include "ingest/cue_text.h"
#include "ingest/cues.h"
#include "ingest/evidence.h"
#include "ingest/features.h"

namespace wz::ingest {

// Heads set off by one bullet (■ …) play one role across the page. A column label right
// above the first of them labels a column of briefs: all of them are brief heads.
void PageEvidence::read_bullet_series() {
  std::vector<char32_t> seen;
  for (size_t i = 0; i < lines_.size(); ++i) {
    if (!info_[i].bullet || !info_[i].display) continue;
    char32_t b = first_char(lines_[i].text);
    if (std::find(seen.begin(), seen.end(), b) != seen.end()) continue;
    seen.push_back(b);
    const LineInfo* above = i > 0 ? &info_[i - 1] : nullptr;
    if (!above || !above->label || above->genre) continue;
    for (size_t k = i; k < lines_.size(); ++k)
      if (info_[k].bullet && info_[k].display && first_char(lines_[k].text) == b)
        info_[k].brief_head = true;
  }
}

// Briefs with run-in heads (县领导督导森林防火工作  10月16日，…（记者 王 丽）) come in a
// column of two or more, each signed or finished at its end; one such line alone is more
// likely a sentence with a colon in it. The label right above the column is the column's.
void PageEvidence::read_run_in_briefs() {
  constexpr int kMinBriefs = 2;
  size_t n = lines_.size();
  std::vector<size_t> leads;
  for (size_t i = 0; i < n; ++i)
    if (!info_[i].titled_lead && info_[i].title_end > 0) leads.push_back(i);
  if (static_cast<int>(leads.size()) < kMinBriefs) {
    for (size_t i : leads) info_[i].title_end = 0;
    return;
  }
  for (size_t i : leads) {
    info_[i].titled_lead = true;
    if (i > 0 && info_[i - 1].label && info_[i - 1].display) info_[i - 1].series_label = true;
  }
}

// The lengths at which the page's text is wrapped, learnt from the seams that are surely
// wraps (a word or a mark across the seam, the next line set close): a length that holds
// enough of them is a column's width, and the other open lines of that length were wrapped
// there too.
void PageEvidence::read_wrap_widths() {
  // Wrapped lines are counted from kMinWrapChars; a width needs kMinWrapLines of them and
  // one in kWrapShareDiv of all (a page set in two column widths has two).
  constexpr int kMinWrapChars = 12, kMinWrapLines = 3, kWrapShareDiv = 6;
  size_t n = lines_.size();
  auto close_under = [&](size_t i) {
    return info_[i].open_end && info_[i].chars >= kMinWrapChars && i + 1 < n &&
           lines_[i + 1].gap <= mode_gap_;
  };
  std::map<int, int> hist;
  int total = 0;
  for (size_t i = 0; i < n; ++i)
    if (close_under(i) && join(i, i + 1) > 0) ++hist[info_[i].chars], ++total;
  std::vector<int> widths;
  for (auto [w, c] : hist)
    if (c >= kMinWrapLines && c * kWrapShareDiv >= total) widths.push_back(w);
  for (size_t i = 0; i < n; ++i) {
    if (!close_under(i)) continue;
    for (int w : widths)
      if (std::abs(info_[i].chars - w) <= 1) info_[i].at_wrap_width = true;
  }
}

void PageEvidence::read_data_titles() {
  size_t n = info_.size();
  // (A notice's fields count as rows: 报名时间：即日起至3月31日 / 联系人：孟老师.)
  auto row = [&](size_t k) { return info_[k].data || info_[k].figure_row || info_[k].field; };
  for (size_t i = 1; i + 1 < n; ++i) {
    if (!info_[i].data_title) continue;
    bool beside =
        (row(i - 1) && lines_[i].gap < big_gap_) || (row(i + 1) && lines_[i + 1].gap < big_gap_);
    bool after_item = finishes_item(lines_[i - 1].text) || info_[i - 1].signed_off;
    if (!beside && after_item && !row(i + 1)) info_[i].data = false, info_[i].display = true;
  }
}

namespace {
// The kind of opening a listing's entries share: a work's title (《…》), a quotation, a
// bullet, or none (0).
int entry_class(std::string_view t) {
  char32_t c = first_char(t);
  if (c == U'《') return 1;
  if (c == U'“' || c == '"') return 2;
  if (starts_with_bullet(t)) return 3;
  return 0;
}
}  // namespace

// A brief under its own title (lines k+1..e under head k): one paragraph of at most
// kMaxBriefChars, finished or signed at its end, and maybe its signature on a line of its
// own -- not a feature's section, which runs to paragraphs, nor a story with a byline line
// under its head.
bool PageEvidence::brief_entry(size_t k, size_t e, int chars) const {
  constexpr int kMaxBriefChars = 220;
  if (e <= k + 1 || chars > kMaxBriefChars) return false;
  // (A 副题 under its 主题, a bulleted 小标题: a story's heads, no brief's title.)
  const LineInfo& head = info_[k];
  if (head.dash_start || head.dash_end || head.bullet) return false;
  const LineInfo& text = info_[k + 1];
  if (text.byline || text.display) return false;
  bool signed_below = e == k + 3 && info_[k + 2].byline;
  if (e != k + 2 && !signed_below) return false;
  return signed_below || finishes_item(lines_[k + 1].text) || text.ends_item();
}

// A column label over a listing (书讯 over 《…》 items, 展讯 over exhibitions with their
// 时间：/地点： lines): two or more heads of one opening form in a row, each over a short
// text. The heads are the items' own (brief heads, not 小标题); the label heads the column.
void PageEvidence::read_listings() {
  constexpr size_t kMaxEntryLines = 4;  // a listing entry: a sentence or two, or its fields
  constexpr size_t kMaxFieldLines = 6;  // an entry of fields alone (岗位 要求 待遇 电话 地址)
  constexpr size_t kMinEntries = 2;
  size_t n = lines_.size();
  // A label naming a column of items (产经快讯) over a head labels the column; over a data
  // box's rows (行情速览 / 上证指数 …) it titles the box.
  // So does a label of any words in square brackets on its own line (【民生直通车】, GB/T
  // 15834 §4.9) over a head: a section's label in brackets (【案情】) stands over text.
  for (size_t i = 0; i + 1 < n; ++i)
    if ((info_[i].column_word || is_square_label(lines_[i].text)) && info_[i + 1].display)
      info_[i].series_label = true;
  for (size_t i = 0; i + 1 < n; ++i) {
    const LineInfo& l = info_[i];
    // (A column's name known by its words or brackets, 【民生直通车】, heads its briefs too.)
    if (l.genre || !(l.series_label || (l.label && l.display))) continue;
    std::vector<size_t> heads;
    size_t k = i + 1;
    // Plain heads in a row may be a feature's 小标题; a listing's heads wear one mark, or
    // stand over nothing but fields (a job listing: 岗位：… 要求：… 待遇：…).
    int cls = k < n ? entry_class(lines_[k].text) : 0;
    while (k < n && info_[k].display) {
      size_t e = k + 1;
      bool fields = true;
      int chars = 0;
      // (The page's own lines set apart after the last entry, 来源：…, end it; an entry's
      // contact set tight in it, 联系电话：…, is its field.)
      auto page_own = [&](size_t j) { return info_[j].furniture && lines_[j].gap > 0; };
      while (e < n && !info_[e].display && !page_own(e) && lines_[e].gap < big_gap_ &&
             e - k <= kMaxFieldLines)
        fields = fields && starts_with_field(lines_[e].text), chars += info_[e].chars, ++e;
      size_t most = cls == 0 ? kMaxFieldLines : kMaxEntryLines;
      bool listed =
          entry_class(lines_[k].text) == cls && e > k + 1 && e - k <= most && (cls != 0 || fields);
      if (!listed && !brief_entry(k, e, chars)) break;
      heads.push_back(k);
      k = e;
    }
    if (heads.size() < kMinEntries) continue;
    info_[i].series_label = true;
    for (size_t h : heads) info_[h].brief_head = true;
    // An entry's own contact (联系电话：…) is one of its fields, not the page's notice.
    for (size_t f = heads.front(); cls == 0 && f < k; ++f)
      if (!info_[f].display && starts_with_field(lines_[f].text)) info_[f].furniture = false;
  }
}

// Rows of figures set one under another are a data box's items, not display lines.
// A data line in a head's form alone between a finished item and text (…放量。（记者 孙捷） /
// 临江银行：拟每10股派2.8元 / 临江银行（601892）4月18日晚间公告，…) titles the next brief.
void PageEvidence::read_figure_runs() {
  read_data_titles();
  for (size_t i = 0; i < info_.size(); ++i) {
    bool run = (i > 0 && info_[i - 1].figure_row && lines_[i].gap < big_gap_) ||
               (i + 1 < info_.size() && info_[i + 1].figure_row && lines_[i + 1].gap < big_gap_);
    if (info_[i].figure_row && run) info_[i].data = true, info_[i].display = false;
    // The short line set tight under a figure alone (2.96亿人次 / 全国国内出游人次，…) says
    // what the figure counts: the box's text, not a head.
    bool under_figure = i > 0 && info_[i - 1].quantity && lines_[i].gap < mode_gap_;
    if (under_figure && info_[i].display) info_[i].data = true, info_[i].display = false;
    // A group's name set tight over its results (男子组 / 第一名 …) is a row of the table.
    constexpr int kMaxGroupChars = 6;
    bool over_results = i + 1 < info_.size() && lines_[i + 1].gap <= mode_gap_ &&
                        is_ranked_result(lines_[i + 1].text);
    if (over_results && info_[i].display && info_[i].chars <= kMaxGroupChars &&
        lines_[i].text.ends_with("组"))
      info_[i].data = true, info_[i].display = false;
  }
}

namespace {
// A line opening with a label of 2 to `most` Han characters and a colon, with text after
// it: a feature's labelled 小标题 (截污：把污水挡在河外, most 4) or a notice's field line
// (来信来访地址：…, most 8).
bool opens_with_label(std::string_view t, size_t most) {
  size_t at = 0, chars = 0;
  while (at < t.size() && chars <= most) {
    char32_t c = utf8::next(t, at);
    if (cue_text::is_colon(c)) return chars >= 2 && at < t.size();
    if (!utf8::is_han(c)) return false;
    ++chars;
  }
  return false;
}
constexpr size_t kHeadLabelChars = 4, kFieldLabelChars = 8;
bool labelled_head(std::string_view t) {
  return opens_with_label(t, kHeadLabelChars);
}
}  // namespace

// A labelled head above line i, with text under it, in the same story: no dateline or
// byline line between (those open or sign another item).
bool PageEvidence::labelled_sibling_above(size_t i) const {
  constexpr size_t kMaxSectionLines = 40;  // a feature's section runs to a few paragraphs
  for (size_t k = i; k-- > 0 && i - k <= kMaxSectionLines;) {
    const LineInfo& c = info_[k];
    if (c.byline || c.inline_byline || c.furniture) return false;
    if (c.display && k + 1 < i && !info_[k + 1].display && labelled_head(lines_[k].text))
      return true;
  }
  return false;
}

// Numbered heads above line i count on from 一、 (二、 三、 …) and the next numbered head
// below it, before any other head, starts again at 一、: a new piece opens between them.
bool PageEvidence::numbering_restarts_at(size_t i) const {
  constexpr size_t kMaxSpan = 40;  // a piece's section: a few paragraphs
  bool counted_on = false;
  for (size_t k = i; k-- > 0 && i - k <= kMaxSpan;) {
    if (!info_[k].display || !opens_with_ordinal(lines_[k].text)) continue;
    counted_on = !lines_[k].text.starts_with("一、");
    break;
  }
  if (!counted_on) return false;
  for (size_t k = i + 1; k < info_.size() && k - i <= kMaxSpan; ++k) {
    if (!info_[k].display) continue;
    return opens_with_ordinal(lines_[k].text) && lines_[k].text.starts_with("一、");
  }
  return false;
}

// A head over nothing but a box's rows: figures or fields (旅游提示 / 时间：… 地点：…),
// or three or more tips under one bullet (厨房小窍门 / ● 剥蒜不粘手：… / ● 炖肉快酥烂：…).
// A plain head after bulleted heads with text under them (■ 小标题) is not one of theirs.
void PageEvidence::read_box_heads() {
  constexpr size_t kMinRows = 2, kMinTips = 3;
  size_t n = info_.size();
  for (size_t i = 0; i + 1 < n; ++i) {
    if (!info_[i].display) continue;
    size_t k = i + 1;
    while (k < n && (info_[k].data || info_[k].figure_row || info_[k].field) &&
           lines_[k].gap < big_gap_)
      ++k;
    char32_t b = first_char(lines_[i + 1].text);
    size_t t = i + 1;
    while (t < n && !info_[t].display && info_[t].bullet && first_char(lines_[t].text) == b &&
           lines_[t].gap < big_gap_)
      ++t;
    bool tips = t - i - 1 >= kMinTips && (t == n || info_[t].display || lines_[t].gap >= big_gap_);
    info_[i].over_data = k - i - 1 >= kMinRows || tips;
    size_t above = i;
    while (above > 0 && !info_[above - 1].display) --above;
    bool over_text = above < i;  // the head above had text under it: a 小标题, not a group
    // (Numbered heads, 一、 二、 三、, are set alike as bulleted ones are.)
    auto marked = [&](size_t h) { return info_[h].bullet || opens_with_ordinal(lines_[h].text); };
    info_[i].unlike_heads_above = !marked(i) && above > 0 && over_text && marked(above - 1);
    info_[i].like_heads_above = labelled_head(lines_[i].text) && labelled_sibling_above(i);
    info_[i].numbering_restarts = !marked(i) && numbering_restarts_at(i);
  }
}

// A poem's stanzas: runs of short lines set tight, none closed by a full stop, one run
// after another. A headline group is tight too but has text under it, never another such
// run; a run longer than any group (kMaxVerseRun) is verse alone.
void PageEvidence::read_verse() {
  constexpr int kMaxVerseChars = 20;
  constexpr size_t kMinStanza = 3, kMaxVerseRun = 5;
  auto verse_form = [&](size_t k) {
    const LineInfo& c = info_[k];
    char32_t last = last_core_char(lines_[k].text);
    // (Fields of a listing, 时间：… 地点：…, are set tight and short too: not verse.)
    // (Nor are a list's numbered or bulleted entries, 1.《…》 著: verse has no numerals.)
    const std::string& t = lines_[k].text;
    bool numbered = std::any_of(t.begin(), t.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
    return c.chars <= kMaxVerseChars && last != U'。' && !c.byline && !c.credit && !c.dash_start &&
           !c.dash_end && !c.furniture && !c.data && !starts_with_field(t) && !numbered &&
           !starts_with_bullet(t);
  };
  std::vector<std::pair<size_t, size_t>> runs;  // [begin, end) of tight short lines
  for (size_t i = 0; i < lines_.size();) {
    size_t e = i;
    // (Set tight: closer than the page's paragraphs, or solid on a page whose wrapped
    // paragraphs make solid the usual gap.)
    while (e < lines_.size() && verse_form(e) &&
           (e == i || lines_[e].gap == 0 || lines_[e].gap < mode_gap_))
      ++e;
    if (e - i >= kMinStanza) runs.emplace_back(i, e);
    i = std::max(e, i + 1);
  }
  for (size_t r = 0; r < runs.size(); ++r) {
    auto [b, e] = runs[r];
    bool next = r + 1 < runs.size() && runs[r + 1].first == e;
    bool prev = r > 0 && runs[r - 1].second == b;
    if (!next && !prev && e - b < kMaxVerseRun) continue;
    for (size_t k = b; k < e; ++k) {
      LineInfo& c = info_[k];
      c.verse = true, c.display = false;
      c.open_end = false;  // a verse line ends where the poet ends it: nothing to join
    }
  }
}

// A paid announcement runs from its exchange header to its issuer's signature and date;
// without them in reach, to the end of its tight run of lines.
void PageEvidence::read_notices() {
  constexpr size_t kMaxNoticeLines = 16;
  size_t n = lines_.size();
  for (size_t i = 0; i < n; ++i) {
    if (!is_notice_header(lines_[i].text)) continue;
    size_t end = i + 1;
    while (end < n && lines_[end].gap == 0) ++end;
    for (size_t k = i + 1; k < n && k <= i + kMaxNoticeLines; ++k) {
      if (!is_issuer_signature(lines_[k].text)) continue;
      end = k + 1 < n && is_date_line(lines_[k + 1].text) ? k + 2 : k + 1;
      break;
    }
    for (size_t k = i; k < end; ++k) info_[k].furniture = true, info_[k].display = false;
    i = end - 1;
  }
}

// A line of the page's own cut at a comma (本版投稿邮箱：…及联系电话，) goes on in the line set
// tight under it (三个月内未见刊用可另投他处。): that line is the page's too.
void PageEvidence::read_cut_furniture() {
  for (size_t i = 1; i < info_.size(); ++i)
    if (info_[i - 1].furniture && info_[i - 1].comma_end && lines_[i].gap == 0)
      info_[i].furniture = true, info_[i].display = false;
  read_post_links();
}

// A public account's list of earlier posts (往期推荐 / three titles, each a link): the
// titles under the label, set one under another and finished by no full stop (a title
// may cry out: 事关医保！这些变化…), are the account's links, not heads.
void PageEvidence::read_post_links() {
  constexpr int kMaxTitleChars = 30;
  for (size_t i = 0; i + 1 < lines_.size(); ++i) {
    if (!info_[i].furniture || !is_post_list_label(lines_[i].text)) continue;
    for (size_t k = i + 1; k < lines_.size() && lines_[k].gap < big_gap_ && !info_[k].furniture &&
                           info_[k].chars <= kMaxTitleChars && !info_[k].terminal;
         ++k)
      info_[k].furniture = true, info_[k].display = false;
  }
}

// The paper's own notice box (晚报民生热线 / 热线电话：… / 微信：… / 来电请说明…): lines set
// tight on a page whose paragraphs stand apart, two of them the paper's numbers or
// addresses, half of them at least. Its slogan and its request to readers are the box's too, not a
// head and text.
void PageEvidence::read_notice_boxes() {
  constexpr size_t kMinBoxLines = 3, kMinNoticeLines = 2;
  size_t n = lines_.size();
  // A call for contributions under its own head (征稿启事 / 本版常年征集… / 投稿邮箱：…)
  // is the paper's notice to the end of its block.
  // So is the paper's hotline box under its head, to the end of the tight block it is set in.
  auto set_aside = [&](size_t k, auto goes_on) {
    do info_[k].furniture = true, info_[k].display = false;
    while (++k < n && goes_on(k));
  };
  for (size_t i = 0; i + 1 < n; ++i) {
    if (info_[i].display && is_house_notice_head(lines_[i].text))
      set_aside(i, [&](size_t k) { return !info_[k].display && lines_[k].gap < big_gap_; });
    else if (is_hotline_head(lines_[i].text, lines_[i + 1].text))
      set_aside(i, [&](size_t k) { return lines_[k].gap == 0; });
  }
  if (mode_gap_ < 1) return;  // a page set solid: every run is tight
  for (size_t i = 0; i < n;) {
    size_t e = i + 1;
    while (e < n && lines_[e].gap == 0) ++e;
    size_t notices = 0;
    for (size_t k = i; k < e; ++k) notices += info_[k].furniture;
    // (A byline among them is a web story's meta block, 来源：… / 作者：记者 秦悦 / 发布时间：…:
    // the site's lines are furniture, the byline stays the story's.)
    if (e - i >= kMinBoxLines && notices >= kMinNoticeLines && 2 * notices >= e - i)
      for (size_t k = i; k < e; ++k)
        if (!info_[k].byline) info_[k].furniture = true, info_[k].display = false;
    i = e;
  }
}

// A notice's issuer and its date under the text (泮州市公共交通集团有限公司 / 2027年4月1日)
// sign it: they are its byline, never a head.
void PageEvidence::read_issuers() {
  size_t n = lines_.size();
  for (size_t i = 1; i + 1 < n; ++i) {
    if (info_[i].furniture || !is_issuer_signature(lines_[i].text)) continue;
    // (Over it, the notice's last sentence or its last field: 报名邮箱：….)
    bool after_text = info_[i - 1].terminal || starts_with_field(lines_[i - 1].text) ||
                      opens_with_label(lines_[i - 1].text, kFieldLabelChars);  // 来信来访地址：…
    if (!is_date_line(lines_[i + 1].text) || !after_text) continue;
    for (size_t k : {i, i + 1}) info_[k].author = true, info_[k].display = false;
  }
}

// A classified-ads block runs from its head while its lines are ads.
void PageEvidence::read_ads() {
  size_t n = lines_.size();
  for (size_t i = 0; i < n; ++i) {
    if (!is_ads_header(lines_[i].text)) continue;
    size_t k = i;
    for (; k < n && (k == i || is_ad_line(lines_[k].text)); ++k)
      info_[k].furniture = true, info_[k].display = false;
    i = k - 1;
  }
}

// A signature under the text below a display line: an author's line after text (and before
// the next head or the page's end), or a bracketed one glued to the text's last sentence.
// A feature's 小标题 are not signed; a letter's or a brief's head is.
void PageEvidence::read_signed_items() {
  constexpr size_t kMaxSignedLines = 12;  // a letter or a brief, not a feature's section
  size_t n = lines_.size();
  for (size_t i = 0; i < n; ++i) {
    if (!info_[i].display) continue;
    bool text = false;
    for (size_t k = i + 1; k < n && k <= i + kMaxSignedLines; ++k) {
      const LineInfo& c = info_[k];
      bool name = (c.author || c.byline) && !c.inline_byline;
      if (c.furniture || (c.display && !name && !sides_[k].stub)) break;
      if (c.attribution && text) {  // sayings signed by who said them: a sidebar's
        info_[i].signed_below = true;
        break;
      }
      if (name && text) {
        info_[i].signed_below = k + 1 == n || info_[k + 1].display || info_[k + 1].furniture ||
                                lines_[k + 1].gap >= big_gap_;
        break;
      }
      if (name) continue;  // the byline under the head
      text = true;
      if (c.ends_item()) {
        info_[i].signed_below = true;
        break;
      }
    }
  }
}

// An interview set as turns (南风周刊：… 柏文涛：…): the speakers' names open many lines,
// one after the other. Those lines are the Q&A's text like 问：/答： — never a head, even
// a question set apart after a picture — while a name opening one line only is not a turn.
void PageEvidence::read_speaker_turns() {
  constexpr int kMinTurnChanges = 3;  // Q A Q A: the speaker changes at least three times
  size_t n = lines_.size();
  std::vector<std::u32string> label(n);
  for (size_t i = 0; i < n; ++i)
    if (!info_[i].field) label[i] = speaker_label(lines_[i].text);
  std::map<std::u32string, int> count;
  for (const auto& l : label)
    if (!l.empty()) ++count[l];
  auto recurs = [&](const std::u32string& l) { return !l.empty() && count[l] >= 2; };
  int changes = 0;
  const std::u32string* last = nullptr;
  for (const auto& l : label) {
    if (!recurs(l)) continue;
    if (last && *last != l) ++changes;
    last = &l;
  }
  if (changes < kMinTurnChanges) return;
  // (A head naming the speaker, 柏文涛：一粒麦种的四十年, is a phrase with no mark at its end;
  // a turn is said in sentences.)
  for (size_t i = 0; i < n; ++i) {
    const LineInfo& c = info_[i];
    bool said = c.terminal || c.comma_end || c.chars > kMaxDisplayChars;
    if (recurs(label[i]) && said) info_[i].qa = true, info_[i].display = false;
  }
}

// A web page's related links at its foot (相关新闻 / · 标题 / · 标题): titles of other pages,
// no article of this one. The label must be over nothing but such titles to the page's end
// (or its furniture); a label over text is a box of the article's own.
void PageEvidence::read_related_links() {
  size_t n = lines_.size();
  for (size_t i = 0; i + 1 < n; ++i) {
    if (!is_related_links_label(lines_[i].text)) continue;
    size_t k = i + 1;
    while (k < n && !info_[k].furniture && info_[k].display) ++k;
    if (k == i + 1 || (k < n && !info_[k].furniture)) continue;
    for (size_t j = i; j < k; ++j) info_[j].furniture = true, info_[j].display = false;
  }
}

}  // namespace wz::ingest
