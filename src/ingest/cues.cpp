#include "ingest/cues.h"

#include <algorithm>
#include <array>

#include "base/utf8.h"
#include "ingest/chars.h"
#include "ingest/cue_text.h"
#include "ingest/features.h"
#include "ingest/lines.h"
#include "lang/words.h"

namespace wz::ingest {

namespace {

using namespace cue_text;

// Words that open sentences and paragraphs in news prose (连词, 时间词, 引述语):
// "此次集中要约行动…" after "…尚未开展集体" is a new sentence, not the rest of one.
constexpr std::array<UV, 53> kSentenceOpeners = {
    U"此次",   U"此前", U"此外",     U"近日",     U"日前",     U"目前",   U"今年",     U"去年",
    U"明年",   U"今后", U"当天",     U"当日",     U"据悉",     U"据介绍", U"据了解",   U"据统计",
    U"据报道", U"同时", U"另外",     U"然而",     U"但是",     U"因此",   U"对此",     U"为此",
    U"随后",   U"如今", U"近年来",   U"截至",     U"下一步",   U"一是",   U"二是",     U"三是",
    U"四是",   U"首先", U"其次",     U"最后",     U"不过",     U"于是",   U"所以",     U"如果",
    U"虽然",   U"尽管", U"另一方面", U"与此同时", U"记者了解", U"记者从", U"记者获悉", U"接下来",
    U"今天",   U"昨天", U"近期",     U"当前",     U"即日起"};

// Of those, the ones that point back to something said before them (当天: the day just
// named; 此外, 随后, 二是: more of what came before): they open a sentence inside a story,
// never a story (近日, 今年, 据悉 do: they point at the date of the paper).
constexpr std::array<UV, 25> kAnaphoricOpeners = {
    U"此次", U"此前", U"此外", U"当天",   U"当日",   U"同时",     U"另外",    U"然而", U"但是",
    U"因此", U"对此", U"为此", U"随后",   U"二是",   U"三是",     U"四是",    U"其次", U"最后",
    U"不过", U"于是", U"所以", U"下一步", U"接下来", U"另一方面", U"与此同时"};

// Characters that never open a sentence as a word of their own: particles and suffixes
// (的 了 着 们 者) and sentence-final particles (吗 呢 吧 啊 么 嘛). 地 得 之 are left out:
// they open common words (地铁, 得到, 之后) that do open sentences.
constexpr UV kNonInitial = U"的了着们者吗呢吧啊么嘛";

// Labels of editor's notes (编者按) and of link boxes (新闻链接).
constexpr std::array<UV, 7> kNoteLabels = {U"编者按", U"编者的话", U"编者注", U"编后语",
                                           U"编后",   U"开栏语",   U"开篇语"};
constexpr std::array<UV, 11> kLinkLabels = {U"新闻链接", U"相关链接", U"背景链接", U"延伸阅读",
                                            U"资料链接", U"知识链接", U"链接", U"新闻背景", U"背景",
                                            // a profile's box of facts about its subject
                                            U"人物名片", U"人物简介"};
// Page furniture: the staff credits and notices printed on every page.
constexpr std::array<UV, 22> kStaffRoles = {
    U"本版责编", U"本版编辑", U"责任编辑", U"责编", U"美术编辑", U"美编", U"校对", U"版式设计",
    U"版式", U"组版", U"图片编辑", U"值班编辑", U"本版主编", U"视觉设计", U"统筹", U"策划", U"审校",
    U"制图", U"排版",
    // a weekly's editor in chief on its masthead line (主编：唐 宁  本版责编：…)
    U"主编",
    // a public account's post staff (编辑：王丹 / 审核：刘成)
    U"编辑", U"审核"};
constexpr std::array<UV, 14> kNotices = {
    U"新闻热线", U"报料热线", U"热线电话", U"投稿邮箱", U"投稿信箱", U"联系电话", U"报料电话",
    U"读者热线", U"本版邮箱", U"电子邮箱", U"电子信箱", U"下期预告", U"本报热线", U"新闻线索"};
// Labels of the paper's accounts on platforms and lines (微信：…).
constexpr std::array<UV, 11> kAccountLabels = {U"来信请寄", U"接听时间",   U"微信", U"微博",
                                               U"公众号",   U"微信公众号", U"传真", U"抖音号",
                                               U"视频号",   U"客服电话",   U"QQ"};

// What a paper calls itself in its masthead: 日报, 晚报, 周刊 … (the name before it is
// the paper's place or trade, 2-6 characters).
constexpr std::array<UV, 10> kPaperKinds = {U"日报", U"晚报", U"早报", U"晨报", U"时报",
                                            U"商报", U"周报", U"周刊", U"导报", U"青年报"};
constexpr size_t kMaxMastheadChars = 8;
constexpr int kMinRomanisedCaps = 8;  // LAODONGZHE RIBAO; shorter capitals are acronyms

// "…：dfxw@example.cn": a label, a colon, then an e-mail address (a contact notice).
// The paper's account on a platform, as a notice prints it: 微信：czwb_minsheng, 微博：@…,
// 公众号：澄州晚报 (a label, a colon, a short name).
bool is_account_line(const U& u) {
  constexpr size_t kMaxAccountChars = 24;
  for (UV l : kAccountLabels)
    if (starts(u, l) && u.size() > l.size() + 1 && is_colon(u[l.size()]))
      return u.size() <= kMaxAccountChars;
  // A hotline and its number (本报职工维权热线：0871-65123780): a label ending in 热线, a
  // colon, digits.
  constexpr size_t kMaxHotlineLabel = 12;
  size_t c = 0;
  while (c < u.size() && c <= kMaxHotlineLabel && !is_colon(u[c])) ++c;
  if (c >= 2 && c < u.size() && c <= kMaxHotlineLabel && UV(u).substr(0, c).ends_with(U"热线"))
    return c + 1 < u.size() && is_digit(u[c + 1]);
  // The page's own credit for its pictures (本版图片除署名外由…提供).
  return starts(u, U"本版图片") || starts(u, U"本版照片");
}

bool has_contact_address(const U& u) {
  size_t at = u.find(U'@');
  if (at == U::npos || at == 0 || u.find(U'.', at) == U::npos) return false;
  for (size_t k = at; k-- > 0;) {
    if (is_colon(u[k])) return true;
    if (!is_ascii_alnum(u[k]) && u[k] != '.' && u[k] != '_' && u[k] != '-') return false;
  }
  return false;
}
// Words that open a source credit (GB/T 7714's 来源 aside, what papers print under an
// excerpt or a reprint).
constexpr std::array<UV, 9> kSourceWords = {U"摘自",   U"选自", U"原载",   U"摘编自",  U"节选自",
                                            U"转载自", U"转自", U"来源：", U"稿件来源"};
// A 据… credit names an agency or paper, not a sentence (据介绍…).
constexpr size_t kMaxSourceChars = 24;
constexpr std::array<UV, 13> kQaLabels = {
    U"问", U"答", U"记者", U"本报记者", U"主持人", U"嘉宾", U"Q",
    // a hotline's call and the office's answer (问政: 市民来电：… 部门回复：…)
    U"市民来电", U"网友留言", U"网友提问", U"读者来电", U"部门回复", U"回复"};

// 副题 test for a two-line group without dash cues: a line with no subject of its own
// opens with a predicate (verb, or adverbial of time/quantity) sharing the 主题's
// subject — "明确19项…", "每年遴选…". Data: common predicate openers of headlines.
// Scope words (全市, 全省…) open a 副题 the same way: "全市建成驿站428个".
// A meeting's report heads its 副题 with what the meeting did (研究部署…, 听取…, 审议…).
constexpr std::array<UV, 53> kPredicateOpeners = {
    U"明确", U"每年", U"每月",   U"将",   U"已",   U"再",   U"又",   U"推动", U"提出",
    U"实现", U"确保", U"计划",   U"首批", U"累计", U"全年", U"力争", U"助力", U"覆盖",
    U"惠及", U"帮助", U"带动",   U"出台", U"发布", U"新增", U"今年", U"去年", U"目前",
    U"涉及", U"全面", U"持续",   U"共",   U"超",   U"逾",   U"近",   U"首次", U"正式",
    U"同时", U"并",   U"均",     U"可",   U"全市", U"全省", U"全国", U"全县", U"全区",
    U"全州", U"全镇", U"进一步", U"研究", U"部署", U"听取", U"审议", U"传达"};

}  // namespace

Jump jump_marker(std::string_view s, std::string* page) {
  if (s.find("接") == std::string_view::npos && s.find("转") == std::string_view::npos)
    return Jump::None;  // every form has one
  U u = bare(s);
  UV v(u);
  Jump kind = Jump::None;
  size_t p = 0;
  if (starts(v, U"上接") || starts(v, U"接上")) {
    kind = Jump::In, p = 2;
  } else if (starts(v, U"下转") || starts(v, U"转下")) {
    kind = Jump::Out, p = 2;
  } else if (starts(v, U"接")) {
    kind = Jump::In, p = 1;
  } else if (starts(v, U"转")) {
    kind = Jump::Out, p = 1;
  } else {
    return Jump::None;
  }
  if (v.substr(p) == U"页" || v.substr(p) == U"一页") return kind;  // 接上页 / 转下页
  if (v.substr(p, 1) == U"第") ++p;
  size_t d = p;
  static constexpr UV kNum = U"0123456789０１２３４５６７８９一二三四五六七八九十ABCDEFGHIJ";
  while (p < v.size() && kNum.find(v[p]) != UV::npos) ++p;
  if (p == d || v.substr(p) != U"版") return Jump::None;
  if (page) *page = utf8::encode(v.substr(d, p - d));
  return kind;
}

size_t trailing_jump_start(std::string_view s) {
  if (s.find("转") == std::string_view::npos) return std::string_view::npos;  // 下转, 转第
  size_t open = s.rfind("（");
  size_t open2 = s.rfind('(');
  if (open2 != std::string_view::npos && (open == std::string_view::npos || open2 > open))
    open = open2;
  if (open == std::string_view::npos || open == 0) return std::string_view::npos;
  if (jump_marker(s.substr(open)) != Jump::Out) return std::string_view::npos;
  return open;
}

size_t leading_jump_end(std::string_view s) {
  if (!is_opening(first_char(s)) || s.find("接") == std::string_view::npos) return 0;
  size_t close = std::min(s.find("）"), s.find(')'));
  if (close == std::string_view::npos) return 0;
  size_t end = close + (s[close] == ')' ? 1 : std::string_view("）").size());
  if (end >= s.size() || jump_marker(s.substr(0, end)) != Jump::In) return 0;
  return end;
}

bool is_note_label(std::string_view s, std::string* rest) {
  // every label holds 编 (编者按) or 语 (开栏语)
  if (s.find("编") == std::string_view::npos && s.find("语") == std::string_view::npos)
    return false;
  U u = utf8::decode(s);
  size_t b = 0;
  while (b < u.size() && (is_space(u[b]) || is_opening(u[b]))) ++b;
  UV v = UV(u).substr(b);
  for (auto l : kNoteLabels) {
    if (!starts(v, l)) continue;
    size_t e = l.size();
    bool closed = false;  // 【编者按】…
    while (e < v.size() && (is_closing(v[e]) || is_space(v[e]))) closed |= is_closing(v[e++]);
    if (e < v.size() && is_colon(v[e])) {
      ++e;
    } else if (e < v.size() && !closed) {
      return false;  // 编者按 followed by more text without a colon: not a label
    }
    if (rest) *rest = utf8::encode(v.substr(e));
    return true;
  }
  return false;
}

namespace {

// A label's line without what may stand before it: brackets (【律师答复】) and bullets (■ ●).
void drop_label_opening(U& u) {
  size_t k = 0;
  while (k < u.size() && (is_opening(u[k]) || u[k] == U'■' || u[k] == U'●')) ++k;
  u.erase(0, k);
}

// What follows a label on its line leaves it a label: nothing, closing marks, or a colon
// (and, with `text_after_colon`, whatever the colon introduces).
bool label_alone(UV after, bool text_after_colon) {
  while (!after.empty() && is_closing(after.front())) after.remove_prefix(1);
  if (after.empty()) return true;
  if (!is_colon(after.front())) return false;
  return text_after_colon || after.size() == 1;
}

}  // namespace

bool is_reply_label(std::string_view s) {
  constexpr UV kWho[] = {U"", U"编辑", U"编者", U"记者", U"律师", U"专家", U"本报"};
  constexpr UV kAnswer[] = {U"回复", U"答复", U"回音"};
  if (s.find("复") == std::string_view::npos && s.find("音") == std::string_view::npos)
    return false;  // no answer word
  U u = squeezed_u32(s);
  while (!u.empty() && (is_colon(u.back()) || is_closing(u.back()))) u.pop_back();
  drop_label_opening(u);
  for (UV who : kWho)
    for (UV a : kAnswer)
      if (u.size() == who.size() + a.size() && starts(u, who) && UV(u).substr(who.size()) == a)
        return true;
  return false;
}

bool is_related_links_label(std::string_view s) {
  static constexpr std::array<UV, 6> kLabels = {U"相关新闻", U"相关阅读", U"相关报道",
                                                U"推荐阅读", U"相关文章", U"热点推荐"};
  constexpr size_t kMaxLabelBytes = 32;         // four characters, brackets and spaces
  if (s.size() > kMaxLabelBytes) return false;  // most lines: no decoding
  U u = squeezed_u32(s);
  drop_label_opening(u);
  for (auto l : kLabels)
    if (starts(u, l) && label_alone(UV(u).substr(l.size()), false)) return true;
  return false;
}

bool is_link_label(std::string_view s) {
  // Every label holds 链, 伸, 景 or 人物: most lines, none.
  if (s.find("链") == std::string_view::npos && s.find("伸") == std::string_view::npos &&
      s.find("景") == std::string_view::npos && s.find("人物") == std::string_view::npos)
    return false;
  U u = squeezed_u32(s);
  drop_label_opening(u);
  for (auto l : kLinkLabels)
    if (starts(u, l) && label_alone(UV(u).substr(l.size()), true)) return true;
  // Any box named for what it links (数据链接, 政策链接, 人物链接): a few characters, 链接.
  constexpr size_t kMaxLinkTopic = 4;
  size_t at = u.find(U"链接");
  return at != U::npos && at <= kMaxLinkTopic &&
         std::all_of(u.begin(), u.begin() + at, [](char32_t c) { return is_han(c); }) &&
         label_alone(UV(u).substr(at + 2), true);
}

// The paper's own name at the head of its page (工人日报, 滨江晚报, 南方周末): a short
// line ending in a paper's kind, with no mark.
// A short Han-only line ending in one of `kinds`: a paper's name.
template <size_t N>
bool names_a_paper(const U& u, const std::array<UV, N>& kinds) {
  if (u.size() < 3 || u.size() > kMaxMastheadChars) return false;
  if (!std::all_of(u.begin(), u.end(), [](char32_t c) { return is_han(c); })) return false;
  for (UV k : kinds)
    if (ends_after(u, k)) return true;
  return false;
}

bool is_masthead(const U& u) {
  return names_a_paper(u, kPaperKinds);
}

// A page number alone on its line: 2, 07, A06, B2.
bool is_folio(const U& u) {
  size_t k = !u.empty() && u[0] >= 'A' && u[0] <= 'Z' ? 1 : 0;
  size_t digits = u.size() - k;
  if (digits < 1 || digits > 3) return false;
  for (; k < u.size(); ++k)
    if (!is_digit(u[k])) return false;
  return true;
}

// A house notice about the paper's QR code, social account or app (扫描二维码，关注…公众号;
// 扫码下载…客户端): it opens with what the reader is asked to do;
// short, so that a story mentioning a QR code stays text.
constexpr size_t kMaxQrNoticeChars = 40;
bool is_qr_notice(const U& u) {
  // It asks the reader to act: 扫描…, 扫码…, 关注…, 下载…, 长按…, 欢迎…
  bool asks = false;
  for (UV verb : {UV(U"扫"), UV(U"关注"), UV(U"下载"), UV(U"长按"), UV(U"欢迎")})
    asks = asks || starts(u, verb);
  // ...on the paper's own channel, or to scan for something of the paper's (扫码观看, 扫码
  // 阅读 -- not 扫码点餐、线上挂号, which is text about scanning).
  bool scan_for = false;
  for (UV v : {UV(U"扫码关注"), UV(U"扫码观看"), UV(U"扫码阅读"), UV(U"扫码下载"), UV(U"扫码收听"),
               UV(U"扫码查看"), UV(U"扫码进入"), UV(U"扫码了解"), UV(U"扫码查询"), UV(U"扫码即可")})
    scan_for = scan_for || u.find(v) != U::npos;
  return asks && u.size() <= kMaxQrNoticeChars &&
         (u.find(U"二维码") != U::npos || u.find(U"公众号") != U::npos ||
          u.find(U"客户端") != U::npos || scan_for);
}

// A strip of short names between separators and nothing else (首页 > 人物 > 访谈, 体育频道 |
// 中超 | CBA): how many separators it holds, or -1 when a name is empty or longer than
// `max_chars`, or a character is neither a separator nor a name's (Han, ASCII letters and
// digits, ·, and colons where `colons`).
static int separated_names(const U& u, bool (*separator)(char32_t), size_t max_chars, bool colons) {
  int separators = 0;
  size_t len = 0;
  for (char32_t c : u) {
    if (separator(c)) {
      if (len == 0 || len > max_chars) return -1;
      ++separators, len = 0;
    } else if (is_han(c) || is_ascii_alnum(c) || c == U'·' || (colons && is_colon(c))) {
      ++len;
    } else {
      return -1;
    }
  }
  return len > 0 && len <= max_chars ? separators : -1;
}

// A site's breadcrumb trail (首页 > 人物 > 封面人物): short names between arrows.
bool is_breadcrumb(const U& u) {
  // (A crumb is a section's name, an edition's date or its page: 2024年06月25日,
  // 第07版：理论·学习.)
  constexpr size_t kMaxCrumbChars = 14;
  auto arrow = [](char32_t c) { return c == '>' || c == U'＞' || c == U'»' || c == U'›'; };
  int crumbs = separated_names(u, arrow, kMaxCrumbChars, true);
  // (Two levels only when the trail starts at the site's home page: 首页 » 时政.)
  bool home = starts(u, U"首页") || starts(u, U"主页");
  return crumbs >= 2 || (crumbs == 1 && home);
}

// A site's channel menu copied with the page (体育频道 | 中超 | 国际足球 | CBA | 综合):
// three names or more between bars, each a short one. (A web headline's bar parts a
// column's name from the title: two parts, the title long.)
bool is_channel_menu(const U& u) {
  constexpr size_t kMaxItemChars = 8;
  constexpr int kMinBars = 2;  // three items
  auto bar = [](char32_t c) { return c == '|' || c == U'｜'; };
  return separated_names(u, bar, kMaxItemChars, false) >= kMinBars;
}

// A web story's posting time alone on its line (发布时间：2026-11-17 07:45, 更新时间：
// 2026年11月17日): a label that names the posting, a colon, and a date and time only. (An
// event's 时间：11月20日上午 is a notice's field: no posting label, words in the time.)
bool is_posting_time(const U& u) {
  static constexpr std::array<UV, 4> kPosted = {U"发布时间", U"发布日期", U"更新时间", U"发稿时间"};
  constexpr long kMinDateDigits = 4;  // a month and a day at least (11-17)
  for (auto w : kPosted) {
    if (!starts(u, w) || u.size() <= w.size() + 1 || !is_colon(u[w.size()])) continue;
    UV when = UV(u).substr(w.size() + 1);
    auto clock = [](char32_t c) {
      return is_digit(c) || is_space(c) || c == '-' || c == '/' || c == ':' || c == U'：' ||
             c == U'年' || c == U'月' || c == U'日' || c == '.';
    };
    return std::all_of(when.begin(), when.end(), clock) &&
           std::count_if(when.begin(), when.end(), is_digit) >= kMinDateDigits;
  }
  return false;
}

// A reprint's former title under the web story's own (原标题：供暖试运行首日 热线接听咨询
// 2300余个): the site's note on the copy, no head and no text of the story.
bool is_former_title(const U& u) {
  constexpr size_t kMaxTitleChars = 48;  // a head, however long, is no paragraph
  return starts(u, U"原标题") && u.size() > 4 && u.size() <= kMaxTitleChars && is_colon(u[3]);
}

// A web page's meta line: when it went up and where from (发布时间：2024-06-17 来源：…).
bool is_web_meta(const U& u) {
  // (发布时间, 更新时间, 发布日期 hold these.)
  static constexpr std::array<UV, 2> kWhen = {U"时间", U"日期"};
  if (is_posting_time(u) || is_former_title(u)) return true;
  size_t from = u.find(U"来源");
  if (from == U::npos || from + 2 >= u.size() || !is_colon(u[from + 2])) return false;
  for (auto w : kWhen)
    if (size_t at = u.find(w);
        at != U::npos && at + w.size() < u.size() && is_colon(u[at + w.size()]))
      return true;
  return false;
}

// A web page's source line naming the outlet it was taken from, alone or with the author
// (来源：江城晚报, 来源：新华网　作者：罗婷). A source that is no outlet (来源：国家统计局) is a
// data box's, and text; so is one in brackets after a reprint (（来源：农民日报）).
bool is_web_source(const U& u) {
  if (!starts(u, U"来源") || u.size() < 4 || !is_colon(u[2])) return false;
  size_t end = std::min(u.find(U"作者"), u.size());
  UV name = UV(u).substr(3, end - 3);
  for (char32_t c : name)
    if (!is_han(c)) return false;
  for (UV e : {UV(U"报"), UV(U"网"), UV(U"社"), UV(U"台"), UV(U"周刊")})
    if (name.size() > e.size() && name.ends_with(e)) return true;
  return false;
}

// A web edition's tool strip copied with the text: two or more bracketed buttons and
// nothing else (【打印本页】【关闭窗口】), or the font-size switch (【字号 大 中 小】).
// A public account's lines around its post (公众号 copy): the post's meta line (原创 临江日报
// 2024-06-18 07:32 发表于湖北), the calls to follow, read on or share, and the list of
// earlier posts.
bool is_account_post_line(const U& u) {
  static constexpr std::array<UV, 9> kCalls = {U"点击蓝字", U"关注我们", U"阅读原文",
                                               U"往期推荐", U"往期回顾", U"点击上方",
                                               U"长按识别", U"点个在看", U"分享点赞在看"};
  for (UV c : kCalls)
    if (u.find(c) != U::npos) return true;
  if (u.find(U"点赞") != U::npos && u.find(U"在看") != U::npos) return true;  // 分享 收藏 点赞 在看
  bool dated = std::any_of(u.begin(), u.end(), [](char32_t c) { return is_digit(c); });
  return (starts(u, U"原创") && dated) || (u.find(U"发表于") != U::npos && dated);
}

bool is_editors_signature(std::string_view s) {
  if (!starts_with_dash(s)) return false;
  U u = squeezed_u32(s);
  while (!u.empty() && (u.front() == U'—' || u.front() == U'-')) u.erase(0, 1);
  for (UV w : {UV(U"编者"), UV(U"本刊编者"), UV(U"编辑部"), UV(U"本报编辑部"), UV(U"本刊编辑部")})
    if (u == w) return true;
  return false;
}

bool is_post_list_label(std::string_view s) {
  const U& u = squeezed_u32(s);
  for (UV l : {UV(U"往期推荐"), UV(U"往期回顾"), UV(U"推荐阅读"), UV(U"相关阅读"), UV(U"热文推荐")})
    if (u == l) return true;
  return false;
}

// A rule drawn with marks between two stories (———, ------, ＊＊＊): no text.
bool is_rule_line(const U& u) {
  constexpr size_t kMinRuleChars = 3;
  static constexpr UV kRuleChars = U"—-－―━─_＿=＝*＊~～";
  return u.size() >= kMinRuleChars &&
         std::all_of(u.begin(), u.end(), [](char32_t c) { return kRuleChars.find(c) != UV::npos; });
}

bool is_web_tools(const U& u) {
  if (is_breadcrumb(u) || is_channel_menu(u) || is_web_meta(u) || is_web_source(u)) return true;
  // A strip of a page's buttons with words around them (【字体：大中小】 打印本页 关闭窗口).
  constexpr size_t kMaxStripChars = 30;
  if (u.size() <= kMaxStripChars && u.find(U"打印") != U::npos && u.find(U"关闭") != U::npos)
    return true;
  // ...or an e-paper's page links (上一版 下一版 返回目录).
  if (u.size() <= kMaxStripChars && (u.find(U"上一版") != U::npos || u.find(U"下一版") != U::npos ||
                                     u.find(U"返回目录") != U::npos))
    return true;
  // ...or its share buttons (分享到：微信 微博 QQ空间).
  if (u.size() <= kMaxStripChars && (starts(u, U"分享到") || starts(u, U"分享至"))) return true;
  if (u.size() <= kMaxStripChars && is_account_post_line(u)) return true;
  constexpr size_t kMaxButtonChars = 8;
  if (u.find(U"大中小") != U::npos && u.size() <= kMaxButtonChars + 4) return true;
  // ...or the font-size buttons after the site's line (来源：淮川日报 【字体：大 中 小】).
  if (u.size() <= kMaxStripChars &&
      (u.find(U"字体：大中小") != U::npos || u.find(U"字号：大中小") != U::npos))
    return true;
  size_t buttons = 0;
  for (size_t i = 0; i < u.size();) {
    if (u[i] != U'【' && u[i] != U'[') return false;
    size_t close = u.find(u[i] == U'【' ? U'】' : U']', i);
    if (close == U::npos || close - i - 1 > kMaxButtonChars) return false;
    ++buttons, i = close + 1;
  }
  return buttons >= 2;
}

bool is_edge_masthead(std::string_view s) {
  // At the page's edge any paper's kind will do (滨江周末, 法治经济报).
  static constexpr std::array<UV, 5> kAnyKind = {U"报", U"周末", U"周刊", U"月刊", U"画刊"};
  if (names_a_paper(squeezed_u32(s), kAnyKind)) return true;
  // A romanised name: capitals only (spaces dropped by squeeze), at least two words' worth.
  U raw = utf8::decode(s);
  int caps = 0, spaces = 0;
  for (char32_t c : raw) {
    if (c >= 'A' && c <= 'Z')
      ++caps;
    else if (c == ' ')
      ++spaces;
    else
      return false;
  }
  return caps >= kMinRomanisedCaps && spaces >= 1;
}

// An entry of a front page's contents box: a title and the page it is on (▲老焊工的
// “徒弟名册” 5版). A jump line (下转第2版, （上接第1版）) names a page too, but with its verb.
constexpr size_t kMaxIndexEntryChars = 32;
// An index entry of a paper whose pages are lettered (…今年再启120部 A4, …五连胜 B2): a
// section letter and the page's number end it, right after the title's last character.
bool ends_with_lettered_page(const U& u) {
  size_t k = u.size(), digits = 0;
  while (k > 0 && is_digit(u[k - 1])) --k, ++digits;
  if (digits < 1 || digits > 2 || k < 2 || u[k - 1] < U'A' || u[k - 1] > U'H') return false;
  return utf8::is_han(u[k - 2]);
}

bool is_index_entry(const U& u) {
  if (u.size() >= 6 && u.size() <= kMaxIndexEntryChars && ends_with_lettered_page(u)) return true;
  if (u.size() < 4 || u.size() > kMaxIndexEntryChars || u.back() != U'版') return false;
  size_t k = u.size() - 1;
  size_t digits = 0;
  while (k > 0 && is_digit(u[k - 1])) --k, ++digits;
  if (digits < 1 || digits > 2) return false;
  // A jump marker names its page after a verb and 第, or in brackets (下转第2版, （上接3版）,
  // 见第5版); an entry's title may hold the verb itself (…怎么接 5版).
  if (is_opening(u.front()) || starts(u, U"下转") || starts(u, U"上接")) return false;
  for (UV verb : {UV(U"转第"), UV(U"接第"), UV(U"见第")})
    if (u.find(verb) != U::npos) return false;
  return true;
}

namespace {

// The weather strip a page carries as a service, like its hotline: its label, and lines of
// forecast figures (多云转小雨  4℃～11℃, 空气质量：良  AQI 68). Unfinished-sentence lines
// are ruled out by the caller.
bool is_weather_strip(UV u) {
  constexpr UV kLabels[] = {U"今日天气", U"天气预报", U"明日天气", U"本市天气"};
  constexpr size_t kMaxStripChars = 30;
  for (UV l : kLabels)
    if (u == l) return true;
  if (u.size() > kMaxStripChars) return false;
  // (A sentence or a head quoting a temperature, 零下40℃的环境舱里，… / 钠电池“零下40℃照常
  // 上岗”, has clause marks or quotes; a strip lists sky, range and wind.)
  bool prose = std::any_of(u.begin(), u.end(), [](char32_t c) {
    return is_clause_mark(c) || c == U'“' || c == U'”' || c == U'"' || c == U'的';
  });
  return starts(u, U"空气质量") ||
         (!prose && u.find(U'℃') != U::npos && std::any_of(u.begin(), u.end(), is_digit));
}

}  // namespace

// Staff credits without colons, role and name after role and name (编辑 卓 远 美编 许 宁).
// An issue's number: 第44期, 总第1268期.
bool has_issue_number(const U& u) {
  for (size_t at = u.find(U'第'); at != U::npos; at = u.find(U'第', at + 1)) {
    size_t k = at + 1;
    while (k < u.size() && is_digit(u[k])) ++k;
    if (k > at + 1 && k < u.size() && u[k] == U'期') return true;
  }
  return false;
}

// The page's or the issue's name for its staff before their roles (本版责任编辑, a weekly's
// 本期责编): its length, or 0.
size_t staff_prefix(const U& u) {
  return starts(u, U"本版") || starts(u, U"本期") ? 2 : 0;
}

bool is_bare_staff_credit(const U& u) {
  constexpr size_t kMaxCreditChars = 24;
  if (u.size() > kMaxCreditChars) return false;
  auto role_at = [&](size_t at) {
    if (u.compare(at, 2, U"编辑") == 0) return size_t{2};
    for (auto r : kStaffRoles)
      if (u.compare(at, r.size(), r) == 0) return r.size();
    return size_t{0};
  };
  size_t at = role_at(staff_prefix(u)) ? staff_prefix(u) : 0;  // 本版责任编辑 许嘉禾 校对 吴 颖
  size_t first = role_at(at);
  if (first == 0) return false;
  for (size_t k = at + first + 2; k + 2 <= u.size(); ++k)
    if (role_at(k) && k + role_at(k) < u.size()) return true;
  return false;
}

namespace {
bool page_furniture(std::string_view s) {
  const U& u = squeezed_u32(s);
  if (u.empty()) return false;
  // Staff credits, also under the page's name for them (本版责任编辑：…).
  for (size_t at : {size_t{0}, staff_prefix(u)}) {
    for (auto r : kStaffRoles) {
      size_t end = at + r.size();
      if (u.compare(at, r.size(), r) == 0 && u.size() > end && is_colon(u[end])) return true;
    }
  }
  if (is_masthead(u) || is_folio(u) || is_qr_notice(u) || is_index_entry(u) || is_web_tools(u) ||
      is_rule_line(u))
    return true;
  if (is_bare_staff_credit(u)) return true;
  // The page's head line: its date, then the staff credits (…星期五　责任编辑：许文涛　版式：…).
  if (!has_sentence_mark(s))
    for (auto r : kStaffRoles)
      if (size_t at = u.find(r); at != U::npos && at > 0 && at + r.size() < u.size() &&
                                 is_colon(u[at + r.size()]) && u.find(U"星期") != U::npos)
        return true;
  for (auto n : kNotices)
    if (u.find(n) != U::npos) return true;
  if (has_contact_address(u) || is_account_line(u)) return true;
  if (has_sentence_mark(s)) return false;
  if (is_weather_strip(u)) return true;
  // The house's notes on its copy: 版权所有©…, 本版稿件除署名外均据新华社电.
  if (starts(u, U"版权所有") || u.find(U'©') != U::npos || starts(u, U"本版稿件") ||
      starts(u, U"本版图片"))
    return true;
  // The imprint a 内部资料性出版物 (a county's paper, a union's weekly) must print on every
  // issue: …出版　内部资料　免费交流.
  if (u.find(U"内部资料") != U::npos || u.find(U"免费交流") != U::npos) return true;
  // A date of issue: "2026年11月20日 星期五", or a periodical's with its number
  // (西南人文周刊 2026年11月20日 第44期).
  constexpr size_t kMaxDateLineChars = 30;
  size_t year = u.find(U'年'), month = u.find(U'月', year), day = u.find(U'日', month);
  bool dated =
      year != U::npos && month != U::npos && day != U::npos && u.size() <= kMaxDateLineChars;
  if (dated && (u.find(U"星期") != U::npos || has_issue_number(u))) return true;
  // A page label: a short name with a page code (A06 城事·民生, 深度·产业 07, 第3版 要闻).
  if (u.size() <= 16) {
    int digits = 0, han = 0;
    for (char32_t c : u) digits += is_digit(c), han += is_han(c);
    // A figure with its unit set solid (0.2毫米, 3号线, 136户…) is text, not a page code.
    size_t at = 0, lead = 0;  // the raw text keeps the spaces u drops
    char32_t next = 0;
    while (at < s.size() && is_digit(next = utf8::next(s, at))) ++lead;
    bool measure = u.find(U'.') != U::npos || (lead > 0 && is_han(next) && next != U'版');
    bool code = !measure && digits >= 1 && digits <= 3 && han >= 2 && han <= 10 &&
                (u.find(U'·') != U::npos || is_digit(u.back()) || is_digit(u[0]) ||
                 (u[0] >= 'A' && u[0] <= 'Z') || (starts(u, U"第") && u.find(U'版') != U::npos));
    // (A bracket is a byline's or a note's: （记者 陈威）巴西航天局19 is a wrapped dateline.)
    bool bracket = u.find(U'（') != U::npos || u.find(U'(') != U::npos;
    if (code && !bracket && u.find(U"月") == U::npos && u.find(U"年") == U::npos) return true;
  }
  return false;
}
}  // namespace

// (Asked of most lines by unwrap and again by the evidence: remembered for the page.)
bool is_page_furniture(std::string_view s) {
  return remembered(LineTest::PageFurniture, s, page_furniture);
}

bool is_notice_header(std::string_view s) {
  if (s.find("代码") == std::string_view::npos) return false;  // most lines: no squeeze
  const U& u = squeezed_u32(s);
  bool code = u.find(U"证券代码") != U::npos || u.find(U"股票代码") != U::npos;
  bool name_or_number = u.find(U"简称") != U::npos || u.find(U"公告编号") != U::npos;
  return code && name_or_number;
}

bool is_notice_title(std::string_view s) {
  // A notice's own word alone, often letter-spaced (公 告, 更 正): never a name.
  constexpr size_t kMaxNoticeWordBytes = 48;  // four characters, spaced out
  if (s.size() <= kMaxNoticeWordBytes) {
    const U& w = squeezed_u32(s);
    for (UV kind : {UV(U"公告"), UV(U"通告"), UV(U"更正"), UV(U"声明"), UV(U"启事"), UV(U"公示"),
                    UV(U"更正启事"), UV(U"致歉声明")})
      if (w == kind) return true;
  }
  // A notice named by its kind at its end (“我家的老物件”征文启事, 招聘启事): a title line.
  constexpr size_t kMaxNoticeTitleChars = 20;
  const U& t = squeezed_u32(s);
  if (t.size() > 2 && t.size() <= kMaxNoticeTitleChars && ends_after(t, U"启事") &&
      !has_inner_clause_mark(s))
    return true;
  if (s.rfind("关于", 0) != 0) return false;
  const U& u = squeezed_u32(s);
  for (UV kind :
       {UV(U"的公告"), UV(U"的通知"), UV(U"的通告"), UV(U"的启事"), UV(U"的声明"), UV(U"的决定")})
    if (u.size() > kind.size() + 2 && ends_after(u, kind)) return true;
  return false;
}

bool is_ads_header(std::string_view s) {
  if (s.find("广告") == std::string_view::npos) return false;
  const U& u = squeezed_u32(s);
  return u == U"分类广告" || u == U"分类信息" || u == U"广告" || starts(u, U"广告热线");
}

namespace {
// A telephone number: seven digits or more, maybe in groups set apart by spaces or dashes.
bool has_phone_number(std::string_view s) {
  int run = 0;
  for (char c : s) {
    if (c >= '0' && c <= '9')
      ++run;
    else if (c != ' ' && c != '-')
      run = 0;
    if (run >= 7) return true;
  }
  return false;
}
}  // namespace

bool is_ad_line(std::string_view s) {
  constexpr UV kAdWords[] = {U"声明作废", U"遗失", U"诚聘", U"招聘", U"出租", U"出售",
                             U"转让",     U"讣告", U"逝世", U"治丧", U"寻人", U"启事"};
  const U& u = squeezed_u32(s);
  if (u.empty()) return false;
  if (is_label_form(s)) return true;
  if (has_phone_number(s)) return true;
  for (UV w : kAdWords)
    if (u.find(w) != U::npos) return true;
  return false;
}

bool is_issuer_signature(std::string_view s) {
  constexpr size_t kMaxIssuerChars = 30;
  if (s.size() > kMaxIssuerChars * 4) return false;  // bytes: a long line is no signature
  const U& u = squeezed_u32(s);
  if (u.empty() || u.size() > kMaxIssuerChars || has_sentence_mark(s)) return false;
  // Boards and firms; offices of government and party, and bodies that sign notices (the
  // date line under it is the caller's to require).
  for (UV body : {UV(U"董事会"), UV(U"监事会"), UV(U"委员会"), UV(U"有限公司"), UV(U"部"),
                  UV(U"局"), UV(U"厅"), UV(U"办公室"), UV(U"人民政府"), UV(U"中心"), UV(U"总工会"),
                  UV(U"协会"), UV(U"联合会"), UV(U"支队"), UV(U"大队")})
    if (ends_after(u, body)) return true;
  return false;
}

bool is_date_line(std::string_view s) {
  constexpr size_t kMaxDateBytes = 48;
  if (s.size() > kMaxDateBytes) return false;
  const U& u = squeezed_u32(s);
  size_t k = 0;
  for (char32_t unit : {U'年', U'月', U'日'}) {
    size_t d = k;
    while (k < u.size() && is_digit(u[k])) ++k;
    if (k == d || k >= u.size() || u[k] != unit) return false;
    ++k;
  }
  return k == u.size();
}

bool is_page_label_form(std::string_view s) {
  U raw = utf8::decode(s);
  int han = 0, gaps = 0, digits = 0, dots = 0, other = 0;
  bool prev_han = false, spaced = true;
  for (char32_t c : raw) {
    if (is_han(c)) {
      if (prev_han) spaced = false;
      ++han, prev_han = true;
    } else if (is_space(c)) {
      gaps += prev_han, prev_han = false;
    } else {
      prev_han = false, spaced = false;
      if (is_digit(c) || (c >= 'A' && c <= 'Z'))
        ++digits;
      else if (c == U'·')
        ++dots;
      else
        ++other;
    }
  }
  if (other > 0 || han < 2) return false;
  if (spaced && han <= 4 && gaps == han - 1) return true;
  return dots > 0 || (digits >= 1 && digits <= 3);
}

bool is_label_form(std::string_view s) {
  const U& u = squeezed_u32(s);
  if (u.empty() || static_cast<int>(u.size()) > kMaxLabelChars) return false;
  for (char32_t c : u)
    if (!is_han(c) && c != U'·') return false;
  return true;
}

bool opens_with_ordinal(std::string_view s) {
  // 一、 … 十、, 十一、 …: the ordinals of a piece's sections (GB/T 15834 §4.5: 、 after a
  // Chinese numeral of order).
  constexpr UV kNumerals = U"一二三四五六七八九十";
  std::array<char32_t, 5> u{};  // the first five characters, spaces skipped: all it reads
  size_t n = 0;
  for (size_t at = 0; at < s.size() && n < u.size();)
    if (char32_t c = utf8::next(s, at); !is_space(c)) u[n++] = c;
  size_t k = 0;
  while (k < n && k < 3 && kNumerals.find(u[k]) != UV::npos) ++k;
  return k > 0 && k + 1 < n && u[k] == U'、';
}

bool is_hotline_head(std::string_view head, std::string_view next) {
  constexpr size_t kMaxHeadChars = 12;  // 江城晚报民生热线, 新闻热线
  constexpr size_t kMinNumberDigits = 5;
  if (head.find("线") == std::string_view::npos) return false;    // 热线 (most lines: no decode)
  U u = utf8::decode(lang::head_chars(head, kMaxHeadChars + 1));  // (not a paragraph whole)
  if (u.size() < 3 || u.size() > kMaxHeadChars) return false;
  for (char32_t c : u)
    if (!is_han(c)) return false;
  if (!UV(u).ends_with(U"热线") && !UV(u).ends_with(U"热线电话")) return false;
  U n = utf8::decode(lang::head_chars(next, kMinNumberDigits));
  size_t digits = 0;
  while (digits < n.size() && (is_digit(n[digits]) || n[digits] == '-')) ++digits;
  return digits >= kMinNumberDigits;
}

bool is_square_label(std::string_view s) {
  if (!s.starts_with("【") || !s.ends_with("】") || !is_bracketed(s)) return false;
  return is_label_form(bracket_inside(s));
}

bool names_a_column(std::string_view s) {
  // Words for news in the plural: a column's kind of items, never one item's kicker
  // (数据, 对话, 今日谈 label one item; gold README).
  constexpr UV kColumnWords[] = {U"快讯", U"简讯",     U"速递", U"动态", U"短波",
                                 U"集锦", U"传真",     U"速览", U"播报", U"一览",
                                 U"资讯", U"图片新闻", U"荟萃", U"掠影", U"短讯"};
  // A web copy may set the label in brackets (【赛事速递】, GB/T 15834 §4.9).
  std::string t = is_bracketed(s) ? bracket_inside(s) : std::string(s);
  if (!is_label_form(t)) return false;
  const U& u = squeezed_u32(t);
  for (UV w : kColumnWords)
    if (UV(u).ends_with(w)) return true;
  return false;
}

bool is_house_notice_head(std::string_view s) {
  U u = squeezed_u32(s);
  drop_label_opening(u);
  while (!u.empty() && is_closing(u.back())) u.pop_back();
  for (UV h : {UV(U"征稿启事"), UV(U"稿约"), UV(U"征稿"), UV(U"约稿"), UV(U"投稿须知"),
               UV(U"读者须知"), UV(U"征稿启示")})
    if (u == h) return true;
  return false;
}

bool starts_with_place_label(std::string_view s) {
  constexpr size_t kMaxPlaceChars = 8;  // 【罗家坪镇】, 【经开区管委会】
  // Most lines are told by their first character, without decoding them.
  if (first_char(s) != U'【') return false;
  const U& u = squeezed_u32(s);
  if (u.empty() || u[0] != U'【') return false;
  size_t e = u.find(U'】');
  if (e == U::npos || e < 3 || e > kMaxPlaceChars + 1 || e + 1 >= u.size()) return false;
  for (size_t k = 1; k < e; ++k)
    if (!utf8::is_han(u[k])) return false;
  std::string label;
  return !is_note_label(utf8::encode(UV(u).substr(0, e + 1)), &label);  // 【编者按】
}

bool starts_with_report_lead(std::string_view s) {
  constexpr size_t kMaxSourceChars = 14;  // 据《江城晚报》微信公众号消息
  // Most lines are told by their first character, without decoding them.
  if (first_char(s) != U'据') return false;
  const U& u = squeezed_u32(s);
  if (!starts(u, U"据") || starts_any(u, kSentenceOpeners)) return false;  // 据介绍, 据悉
  for (size_t k = 2; k < u.size() && k <= kMaxSourceChars + 1; ++k) {
    if (is_clause_mark(u[k]) || is_sentence_end(u[k])) {
      UV said = UV(u).substr(0, k);
      return said.ends_with(U"报道") || said.ends_with(U"电") || said.ends_with(U"消息");
    }
  }
  return false;
}

bool is_bracketed(std::string_view s) {
  if (!is_opening(first_char(s)) || !is_closing(last_char(s))) return false;  // no decoding
  const U& u = squeezed_u32(s);
  if (u.size() < 3 || !is_opening(u.front()) || !is_closing(u.back())) return false;
  if (u.front() == U'“' || u.front() == '"') return false;  // a quotation is not a bracket,
  if (u.front() == U'《' || u.front() == U'〈') return false;  // nor a work's title (《江上渔歌》)
  int depth = 0;
  for (size_t k = 0; k < u.size(); ++k) {
    depth += is_opening(u[k]) ? 1 : is_closing(u[k]) ? -1 : 0;
    if (depth == 0 && k + 1 < u.size()) return false;  // closes before the end
  }
  return true;
}

std::string bracket_inside(std::string_view s) {
  U u = utf8::decode(trim_spaces(s));
  return u.size() < 2 ? std::string() : utf8::encode(UV(u).substr(1, u.size() - 2));
}

namespace {

// What a line that says who signed (or answered) opens with.
constexpr UV kSignerNotes[] = {U"作者单位", U"作者系", U"作者为", U"作者是"};
// Unbracketed, the answer's signer of a letters column or a consultation says so.
constexpr UV kAnswerers[] = {U"解答人：", U"答复人：", U"答疑人：", U"点评人：",
                             // a science or health column's expert (本期专家：李 敏 …教授)
                             U"本期专家：", U"解答专家：", U"答疑专家：", U"受访专家："};

}  // namespace

bool is_affiliation_line(std::string_view s) {
  const U& u = squeezed_u32(s);
  if (u.empty()) return false;
  bool bracketed = is_opening(u.front()) && is_closing(u.back());
  UV v = bracketed ? UV(u).substr(1) : UV(u);
  for (UV note : kSignerNotes)
    if (starts(v, note)) return bracketed || starts(v, U"作者单位：");
  for (UV who : kAnswerers)
    if (starts(v, who)) return true;
  return false;
}

size_t glued_author_start(std::string_view s) {
  // "…温暖。 柯 然": a sentence end, a space, then a name of 2-4 characters (maybe
  // letter-spaced) to the end of the line.
  U u = utf8::decode(s);
  size_t e = u.size();
  while (e > 0 && is_space(u[e - 1])) --e;
  size_t b = e;
  int han = 0;
  while (b > 0 && (is_han(u[b - 1]) || is_space(u[b - 1]) || u[b - 1] == U'·')) {
    han += is_han(u[b - 1]);
    --b;
  }
  while (b < e && is_space(u[b])) ++b;
  if (han < 2 || han > 4 || b == 0) return std::string_view::npos;
  // The name must be set off by a space after the mark.
  if (!is_space(u[b - 1])) return std::string_view::npos;
  size_t m = b - 1;
  while (m > 0 && is_space(u[m])) --m;
  if (!is_sentence_end(u[m]) && !is_closing(u[m])) return std::string_view::npos;
  return utf8::encode(UV(u).substr(0, b)).size();
}

size_t glued_bracket_start(std::string_view s, std::string* inside) {
  char32_t last = last_char(s);
  if (last != U'）' && last != ')') return std::string_view::npos;  // most lines: no decoding
  U u = utf8::decode(s);
  size_t e = u.size();
  while (e > 0 && is_space(u[e - 1])) --e;
  if (e < 4 || (u[e - 1] != U'）' && u[e - 1] != ')')) return std::string_view::npos;
  size_t o = e - 1;
  while (o > 0 && u[o] != U'（' && u[o] != '(') --o;
  if (u[o] != U'（' && u[o] != '(') return std::string_view::npos;
  size_t m = o;
  while (m > 0 && is_space(u[m - 1])) --m;
  if (m == 0 || !(is_sentence_end(u[m - 1]) || is_closing(u[m - 1]))) return std::string_view::npos;
  *inside = utf8::encode(UV(u).substr(o + 1, e - o - 2));
  return utf8::encode(UV(u).substr(0, o)).size();
}

size_t glued_attribution_start(std::string_view s) {
  std::string inside;
  size_t at = glued_bracket_start(s, &inside);
  // (…。（记者 韩露）, or a wire credit: …至22日。（综合外电）)
  bool credit = at != std::string_view::npos && (is_byline_line(inside) || is_wire_credit(inside));
  return credit ? at : std::string_view::npos;
}

bool is_source_credit(std::string_view s) {
  const U& u = squeezed_u32(s);
  if (starts_any(u, kSourceWords)) return u.size() > 3;
  // 据新华社, 据《…报》: a bare 据 only with a press agency or a title after it
  return starts(u, U"据") && u.size() > 2 && u.size() <= kMaxSourceChars &&
         (u[1] == U'《' || u.find(U"社") != U::npos || u.find(U"报") != U::npos);
}

bool is_wire_credit(std::string_view s) {
  constexpr size_t kMaxOutletChars = 16;  // 新华社、中新社 and the like, listed
  if (s.find("综合") == std::string_view::npos && s.find("据") == std::string_view::npos)
    return false;
  const U& u = squeezed_u32(s);
  size_t b = 0, e = u.size();
  while (b < e && is_opening(u[b])) ++b;
  while (e > b && is_closing(u[e - 1])) --e;
  UV v = UV(u).substr(b, e - b);
  if (starts(v, U"本报")) v.remove_prefix(2);
  if (!starts(v, U"综合") && !starts(v, U"据")) return false;
  v.remove_prefix(starts(v, U"综合") ? 2 : 1);
  size_t end_len = 0;
  for (UV end : {UV(U"电"), UV(U"消息"), UV(U"报道")})
    if (ends_after(v, end) || v == end) end_len = end.size();
  if (end_len == 0 || v.size() - end_len > kMaxOutletChars) return false;
  return std::all_of(v.begin(), v.end(), [](char32_t c) { return is_han(c) || c == U'、'; });
}

bool is_source_line(std::string_view s) {
  if (s.find("《") == std::string_view::npos) return false;  // it names what it was taken from
  const U& u = squeezed_u32(s);
  size_t b = 0;
  while (b < u.size() && (is_bullet_char(u[b]) || is_opening(u[b]) || is_space(u[b]))) ++b;
  size_t e = u.size();
  while (e > b && (is_closing(u[e - 1]) || is_space(u[e - 1]))) --e;
  U inside = u.substr(b, e - b);
  return starts_any(inside, kSourceWords) && inside.size() > 3 && inside.find(U'《') != U::npos;
}

bool is_bullet_char(char32_t c) {
  return c == U'●' || c == U'■' || c == U'◆' || c == U'▲' || c == U'★' || c == U'□' || c == U'○' ||
         c == U'◇' || c == U'◎' || c == U'▌' || c == U'▍';
}

bool starts_with_bullet(std::string_view s) {
  return is_bullet_char(first_char(s));
}

// A reader's question with the asker named before 问： (读者王女士（山东济南）问：…, 网友“小林”
// 问：…): the asker's words run to this many characters at most.
constexpr size_t kMaxAskerChars = 20;
constexpr std::array<UV, 4> kAskers = {U"读者", U"网友", U"市民", U"听众"};

bool starts_with_qa_label(std::string_view s) {
  if (!opens_any(s, kQaLabels) && !opens_any(s, kAskers)) return false;  // most lines
  const U& u = squeezed_u32(s);
  for (auto l : kQaLabels)
    if (starts(u, l) && u.size() > l.size() && is_colon(u[l.size()])) return true;
  if (!starts_any(u, kAskers)) return false;
  for (size_t k = 2; k + 1 < u.size() && k <= kMaxAskerChars; ++k) {
    if (is_sentence_end(u[k]) || is_clause_mark(u[k])) return false;  // a sentence, no label
    if (u[k] == U'问' && is_colon(u[k + 1])) return true;
  }
  return false;
}

std::u32string speaker_label(std::string_view s) {
  constexpr size_t kMaxSpeakerChars = 6;  // 南风周刊, 主持人, a name of 2-4 (柏文涛)
  U name;
  for (size_t i = 0; i < s.size();) {
    char32_t c = utf8::next(s, i);
    if (is_colon(c)) return !name.empty() && i < s.size() ? name : U();
    if (!is_han(c) || name.size() == kMaxSpeakerChars) return {};
    name.push_back(c);
  }
  return {};
}

bool starts_with_predicate_opener(std::string_view s) {
  return starts_any(squeezed_u32(s), kPredicateOpeners);
}

bool starts_with_sentence_opener(std::string_view s) {
  if (!opens_any(s, kSentenceOpeners)) return false;  // most lines: no decoding
  const U& u = squeezed_u32(s);
  return starts_any(u, kSentenceOpeners);
}

bool starts_with_story_opener(std::string_view s) {
  return starts_with_sentence_opener(s) && !starts_any(squeezed_u32(s), kAnaphoricOpeners);
}

bool is_letter_closing(std::string_view s) {
  constexpr size_t kMaxClosingBytes = 24;
  if (s.size() > kMaxClosingBytes) return false;
  const U& u = squeezed_u32(s);
  for (UV c : {UV(U"祝"), UV(U"此致"), UV(U"顺祝"), UV(U"敬祝"), UV(U"谨祝"), UV(U"此致敬礼")})
    if (u == c) return true;
  return false;
}

bool is_salutation(std::string_view s) {
  constexpr size_t kMaxSalutationChars = 12;
  if (s.size() > kMaxSalutationChars * 4) return false;  // bytes
  U u = squeezed_u32(s);
  if (u.size() < 3 || u.size() > kMaxSalutationChars || !is_colon(u.back())) return false;
  u.pop_back();
  if (!u.empty() && u.back() == U'们') u.pop_back();
  if (starts(u, U"尊敬的") || starts(u, U"亲爱的")) return true;
  for (UV a :
       {UV(U"同志"), UV(U"先生"), UV(U"女士"), UV(U"老师"), UV(U"朋友"), UV(U"编辑"), UV(U"读者"),
        UV(U"乡亲"), UV(U"乘客"), UV(U"市民"), UV(U"居民"), UV(U"用户"), UV(U"旅客"), UV(U"股东")})
    if (u == a || ends_after(u, a)) return true;
  return false;
}

bool starts_with_clause_opener(std::string_view s) {
  static constexpr UV kClauseOpeners = U"为在对从将据与和但而把被让使经随自如若因由";
  char32_t c = first_char(s);
  return c != 0 && kClauseOpeners.find(c) != UV::npos;
}

bool is_non_final(char32_t c) {
  // (了 着 地 得 之 are left out: 为了, 来得, 总之 end phrases; so are 在 and 为, which
  // end verbs (现在, 因为) and 以 (所以).)
  static constexpr UV kNonFinal = U"的和与及并或把被对从向跟同而且让使给将";
  return c != 0 && kNonFinal.find(c) != UV::npos;
}

bool starts_with_non_initial(std::string_view s) {
  char32_t c = first_char(s);
  if (c == 0) return false;
  return opens_with_mark(c) || kNonInitial.find(c) != UV::npos;
}

bool starts_mid_quote(std::string_view s) {
  return starts_mid_quote(s, quote_balance(s));
}

bool starts_mid_quote(std::string_view s, const QuoteBalance& q) {
  if (q.unopened > 0) return true;
  if (q.ascii % 2 == 0) return false;
  // Straight quotes don't say which way they face: the first one closes when text stands
  // before it and a mark or a particle follows it ("全国争一流"的目标" , "好"。).
  const U& u = squeezed_u32(s);
  size_t k = u.find(U'"');
  if (k == 0 || k == U::npos || k + 1 >= u.size()) return false;
  char32_t next = u[k + 1];
  return is_han(u[k - 1]) &&
         (is_sentence_end(next) || is_clause_mark(next) || kNonInitial.find(next) != UV::npos);
}

}  // namespace wz::ingest
