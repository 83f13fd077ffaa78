// ingest/cues: the forms of newspaper furniture and apparatus, one line at a time.
// Consumes the raw text of one line (before normalisation: ASCII or full-width marks,
// stray spaces). Produces yes/no answers and byte offsets for the forms the segmenter
// weighs beside features.h: jump markers, editor's notes, link boxes, page furniture
// (page labels, editor credits, hotlines), author lines, glued bylines, bullets, Q&A
// labels, and the word tables of sentence openers and of characters that never open
// one. The tables hold the language's function words and the trade's labels, never a
// page's strings.
#pragma once
#include <string>
#include <string_view>

namespace wz::ingest {

// A jump marker of the source paper: 下转第3版 / (转第2版) jump out, (上接第1版) /
// （上接第一版） / 接上页 jump in. `page` gets the page named, when there is one.
enum class Jump { None, Out, In };
Jump jump_marker(std::string_view s, std::string* page = nullptr);
// Byte offset of a jump-out marker glued to the end of a paragraph ("…(下转第3版)"), or npos.
size_t trailing_jump_start(std::string_view s);
// Byte offset just past a jump-in marker in brackets that opens a paragraph with its text
// glued on ("（上接第2版）脱贫户…"), or 0.
size_t leading_jump_end(std::string_view s);

// 编者按 / 编者的话 / 编者注 / 编后 opening a line; `rest` gets the text after it.
bool is_note_label(std::string_view s, std::string* rest);
// The label of an answer in a letters column or a consultation, alone on its line
// (编辑回复, 律师答复): a 小标题 of the letter's item, never a head of its own.
bool is_reply_label(std::string_view s);
// A link box label: 新闻链接 / 相关链接 / 背景链接 / 延伸阅读 / 链接, alone or before a colon.
bool is_link_label(std::string_view s);
// A web page's label over links to other pages: 相关新闻, 相关阅读, 推荐阅读 (alone on its line).
bool is_related_links_label(std::string_view s);
// Page furniture by form: a page label with its number (A06 城事·民生, 深度·产业 07),
// editor credits (责任编辑：…, 本版责编：…), hotlines and notices (新闻热线：…), dates of issue.
// At the head or foot of a page, the paper's name in any form: a short Han line ending
// in 报, 周末, 周刊 or 月刊 (滨江周末, 法治经济报), or its romanised name in capitals
// (LAODONGZHE RIBAO).
bool is_edge_masthead(std::string_view s);
bool is_page_furniture(std::string_view s);
// The editors signing their own note: ——编者, ——本刊编辑部.
bool is_editors_signature(std::string_view s);
// The label over a public account's list of earlier posts (往期推荐, 推荐阅读).
bool is_post_list_label(std::string_view s);
// A listed company's paid announcement (公告) set on a news page opens with its exchange
// header (证券代码：… 证券简称：… 公告编号：…) and closes with its issuer (…董事会) and a
// date: the lines between are an advertisement, never an article.
bool is_notice_header(std::string_view s);
// The head of a classified-ads block (分类广告, 广告热线：…) and the lines of one: a short
// label (遗失声明, 招 聘), or an ad (a telephone number, or the trade's words: 声明作废,
// 诚聘, 出租, 讣告 …). Ads are page furniture, never articles.
bool is_ads_header(std::string_view s);
// The title of an official notice (关于…的公告, 关于…的通知): a head however long, with
// its clauses.
bool is_notice_title(std::string_view s);
bool is_ad_line(std::string_view s);
bool is_issuer_signature(std::string_view s);
bool is_date_line(std::string_view s);
// The form of a page label: a name with a middle dot (城事·民生) or a page number (A06,
// 07), or 2-4 letter-spaced characters (要　闻); where it stands decides (evidence.cpp).
bool is_page_label_form(std::string_view s);
// A short label over one item or several (工会动态, 图片新闻, 今日谈, 快讯): at most
// kMaxLabelChars characters, no marks but ·.
inline constexpr int kMaxLabelChars = 6;
bool is_label_form(std::string_view s);
// Opens with a Chinese ordinal and a pause mark (一、 二、 十一、): a numbered 小标题.
bool opens_with_ordinal(std::string_view s);
// The head of the paper's hotline box: a name ending in 热线 over its number (江城晚报民生热线
// / 96811（24小时） / 您身边有烦心事…欢迎拨打): a house notice, no article (gold README).
bool is_hotline_head(std::string_view head, std::string_view next);
// A label that names a column of items by a word for news in the plural (产经快讯, 民生速递,
// 工会动态, 图片新闻): it stands over several items, never as one item's kicker.
bool names_a_column(std::string_view s);
// A label in square brackets alone on its line (【民生直通车】, 【案情】): a column's name
// or a section's, by what stands under it.
bool is_square_label(std::string_view s);

// An author's affiliation after a commentary: （作者单位：…）, （作者系…）.
bool is_affiliation_line(std::string_view s);
// A field of a listing or a form: a short label and a colon opening the line (时间：…,
// 地点：…, 电话：…).
bool starts_with_field(std::string_view s);
// A data item of a data box: a label, a colon and a figure ("员工人数：860人→1200人").
bool is_data_line(std::string_view s);
// A row of a list set in columns: three cells or more parted by runs of two spaces, none
// a sentence (城区供电中心运维一班    变电运维中心    东乡供电所).
bool is_table_row(std::string_view s);
// A row of figures set apart by spaces (29轮　18胜　7平, 最佳射手　奥卡福　17球): data when
// rows come in a run (a deck can look like one row: 年内新建…120个 补贴…2.3亿元).
bool is_figure_row(std::string_view s);
// A measure with its figure, then how it changed (社会消费品零售总额6218.7亿元，同比增长5.9%):
// a data box's row, again only when rows come in a run (a 副题 can read so).
bool is_figure_statement(std::string_view s);
// A figure alone on its line, with at most a short unit (2.96亿人次, 1683.5亿元, 7.4%): a
// data box prints its numbers so.
bool is_bare_quantity(std::string_view s);
// The head of the paper's own notice to readers (征稿启事, 稿约, 投稿须知, 读者须知).
bool is_house_notice_head(std::string_view s);
// A paragraph opening with its place in lenticular brackets (【石门乡】6月5日，…): a
// county paper's brief names where it comes from so, as a dateline would.
bool starts_with_place_label(std::string_view s);
// A brief's own title run into its text (县图书馆延长开放时间  即日起，…, 石门镇举办农民丰收节：
// 10月12日，…): a phrase of 6-24 characters with no mark, then two spaces or a colon, then
// text. Returns where the text starts (bytes), or npos. The caller asks whether the text
// opens like a report's lead.
size_t run_in_head_end(std::string_view s);
// A book's credit line (林若谷 著 / 人民文学出版社 / 58.00元, 1.《白鹭洲》 何其远 著): the
// author's part (著, 译) at the end or before a slash; or an imprint line, the part set
// apart by spaces before the publisher (王岳 著 长江文艺出版社). Text of a listing, never a
// head.
bool is_book_credit(std::string_view s);
// A results row: a rank or an award, a space, who won it (第一名 郑墩镇队, 冠军 县教育局队,
// 体育道德风尚奖 祖墩乡队、县税务局队). Data of a report, never a head.
bool is_ranked_result(std::string_view s);
// A paragraph opening with the source of its report (据外媒报道，…, 据新华社电，…): a news
// item's lead.
bool starts_with_report_lead(std::string_view s);
// The whole line stands in brackets ("（数据来源：…）"), and what stands inside them.
bool is_bracketed(std::string_view s);
std::string bracket_inside(std::string_view s);
// Byte offset of an author's name glued after the last sentence of a paragraph
// ("…更多温暖。 柯 然"), or npos.
size_t glued_author_start(std::string_view s);
// Byte offset of a bracket glued after the last sentence of a paragraph ("…。（钟 晴）"),
// or npos; `inside` gets its text.
size_t glued_bracket_start(std::string_view s, std::string* inside);
// Byte offset of a reporter in brackets glued to the end of a brief ("…。（记者 韩露）"), or of a
// wire credit ("…至22日。（综合外电）"), or npos.
size_t glued_attribution_start(std::string_view s);

// The text of a bracket that names where a piece was taken from (摘自…《…报》, 来源：…,
// 原载…, 据新华社): an excerpt or a reprint ends with it.
bool is_source_credit(std::string_view s);
// A reprint's source on a line of its own, bracketed or bulleted: （摘自《钱江晚报》 作者：沈 洁）,
// ■摘自《光明日报》2024年6月3日. It credits the item it closes, as a byline does.
// A wire roundup's credit alone on its line: 本报综合新华社电, 据新华社电, 综合外电,
// 本报综合报道 -- the item's byline, though no reporter is named.
bool is_wire_credit(std::string_view s);
bool is_source_line(std::string_view s);

// A line opening with a bullet (● ■ ◆ ▲ ★ □ ○ ◇ ◎): section heads and bylines use them.
bool is_bullet_char(char32_t c);  // ● ■ ◆ ▲ ★ □ ○ ◇ ◎ ▌ ▍
bool starts_with_bullet(std::string_view s);
// A question/answer label opening a paragraph (问： 答： 记者： 主持人：).
bool starts_with_qa_label(std::string_view s);
// The speaker's name opening a line as a turn of an interview ("南风周刊：…", "柏文涛：…"):
// 1-6 characters with no mark or space, then a colon, then the turn's text. Empty if none.
// Whether it is one is a matter for the page: a name that opens many lines, alternating
// with another, is (read_speaker_turns).
std::u32string speaker_label(std::string_view s);

// First word of a line is one that opens sentences (此次, 近日, 据悉, 同时, 今年…): a
// line starting so is more likely a new paragraph than the rest of a cut one.
bool starts_with_sentence_opener(std::string_view s);
// A sentence opener that can open a story: it points at the paper's date or a source
// (近日, 今年, 据悉), not back at something said before it (当天, 此外, 随后).
bool starts_with_story_opener(std::string_view s);
// A letter's salutation alone on its line (编辑同志：, 尊敬的各位读者：): it opens the
// letter, never goes on from a line cut before it.
bool is_salutation(std::string_view s);
// A letter's closing formula alone on its line (祝 / 此致): it and the wish under it
// (家乡越来越好！ / 敬礼！) are the letter's text, never a head.
bool is_letter_closing(std::string_view s);
// A display line opening with a predicate or scope word (明确, 每年, 将, 全市…): it has
// no subject of its own, so under a 主题 it is the 副题 (display_roles.cpp).
bool starts_with_predicate_opener(std::string_view s);
// First character is a preposition or conjunction that opens clauses on its own (为 在 对
// 从 将 据 与 和 但 而 把 被 让 使 经 随 自 如 若 因 由): a cut word's tail rarely is one.
bool starts_with_clause_opener(std::string_view s);
// First character can't open a Chinese sentence (的 了 着 们 地 得 之 等 and closing marks):
// the line continues one cut before it.
bool starts_with_non_initial(std::string_view s);
// The character ends a text as a function word that never closes a sentence or a head:
// the particle 的 and the prepositions and conjunctions that need what follows (和 与 把
// 被 对 从 …). Whether it stands as a word of its own is the caller's to tell.
bool is_non_final(char32_t c);
// The line starts inside a quotation or bracket (a closer with no opener).
bool starts_mid_quote(std::string_view s);
// The same, given the line's quote_balance (features.h) read already.
struct QuoteBalance;
bool starts_mid_quote(std::string_view s, const QuoteBalance& q);

}  // namespace wz::ingest
