// The editor's review page (review_html.h): summary, doubts, then per page the raw lines
// beside the article cards. Every string from the report goes through esc() or attr().
#include "ingest/review_html.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <string_view>

#include "base/utf8.h"

namespace wz::ingest {
namespace {

using model::BlockKind;

constexpr int kUnknown = -3;              // a line whose owner the report does not give
constexpr const char* kWarn = "⚠\uFE0E";  // text presentation, never an emoji

// ---- Escaping -------------------------------------------------------------------------

// Code points that must not reach the page as themselves: C0 controls (but tab and line
// feed), DEL, the C1 controls and the two noncharacters XML 1.0 forbids.
bool is_control(char32_t c) {
  return (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F);
}

const char* entity(char32_t c) {
  switch (c) {
    case '&':
      return "&amp;";
    case '<':
      return "&lt;";
    case '>':
      return "&gt;";
    case '"':
      return "&quot;";
    case '\'':
      return "&#39;";
    default:
      return nullptr;
  }
}

// A visible stand-in: the control picture (U+2400 block) for C0 and DEL, else U+FFFD.
std::string picture(char32_t c) {
  if (c < 0x20) return utf8::encode(static_cast<char32_t>(0x2400 + c));
  if (c == 0x7F) return "\u2421";
  return "\uFFFD";
}

std::string hex_code(char32_t c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
  return buf;
}

// Escapes valid UTF-8; `markup` wraps stand-ins in a span that names the code point.
void put_valid(std::string& out, std::string_view s, bool markup) {
  size_t i = 0;
  while (i < s.size()) {
    size_t start = i;
    char32_t c = utf8::next(s, i);
    if (const char* e = entity(c)) {
      out += e;
    } else if (is_control(c) || c == 0xFFFE || c == 0xFFFF) {
      if (markup) out += "<span class=\"ctl\" title=\"" + hex_code(c) + "\">";
      out += picture(c);
      if (markup) out += "</span>";
    } else {
      out.append(s.substr(start, i - start));
    }
  }
}

// Escapes any bytes: each byte that is not part of valid UTF-8 becomes U+FFFD.
std::string escape(std::string_view s, bool markup) {
  std::string out;
  out.reserve(s.size() + 16);
  while (!s.empty()) {
    std::int64_t bad = utf8::first_invalid(s);
    size_t good = bad < 0 ? s.size() : static_cast<size_t>(bad);
    put_valid(out, s.substr(0, good), markup);
    if (good == s.size()) break;
    out += "\uFFFD";
    s.remove_prefix(good + 1);
  }
  return out;
}

std::string esc(std::string_view s) {
  return escape(s, true);
}
std::string attr(std::string_view s) {
  return escape(s, false);
}

// ---- Labels and numbers ---------------------------------------------------------------

std::string str(int n) {
  return std::to_string(n);
}

std::string fixed2(double v) {
  char buf[32];
  auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, 2);
  return std::string(buf, r.ptr);
}

const char* block_label(BlockKind k) {
  switch (k) {
    case BlockKind::Byline:
      return "署名";
    case BlockKind::ReadingTip:
      return "阅读提示";
    case BlockKind::Paragraph:
      return "段落";
    case BlockKind::SectionHead:
      return "小标题";
    case BlockKind::Caption:
      return "图注";
    case BlockKind::Credit:
      return "摄影";
    case BlockKind::Continuation:
      return "转版";
    case BlockKind::EditorNote:
      return "编者按";
    case BlockKind::Image:
      return "图片";
  }
  return "?";
}

const char* doubt_label(Doubt::Kind k) {
  switch (k) {
    case Doubt::Kind::Role:
      return "角色";
    case Doubt::Kind::Boundary:
      return "分界";
    case Doubt::Kind::Join:
      return "接续";
    case Doubt::Kind::Missing:
      return "缺文";
    case Doubt::Kind::Fragment:
      return "片段";
    case Doubt::Kind::Furniture:
      return "杂项";
  }
  return "?";
}

std::string kind_label(const std::string& kind) {
  static const std::pair<const char*, const char*> names[] = {
      {"news", "消息"},  {"feature", "通讯"},  {"photo", "图片"},     {"commentary", "评论"},
      {"brief", "简讯"}, {"fragment", "片段"}, {"interview", "访谈"}, {"notice", "公告"}};
  for (const auto& [en, zh] : names)
    if (kind == en) return std::string(zh) + " <small>" + esc(kind) + "</small>";
  return esc(kind);
}

// At most `n` code points of `s`, with "…" when cut (for link labels).
std::string shorten(const std::string& s, size_t n) {
  if (utf8::first_invalid(s) >= 0) return s;
  std::u32string u = utf8::decode(s);
  if (u.size() <= n) return s;
  return utf8::encode(std::u32string_view(u).substr(0, n)) + "…";
}

// ---- Colours ----------------------------------------------------------------------------

// Article i: hue in golden-angle steps (OKLCH, so that every hue looks equally light),
// lightness in a cycle of five so that hues that come close again (i and i+8, i+13, i+21)
// still differ. Pale background under dark text, a darker border of the same hue.
std::string colour_rule(int i) {
  static const char* bg_light[] = {"96%", "91%", "94%", "89%", "92.5%"};
  int hue = static_cast<int>(std::lround(std::fmod(250.0 + i * 137.50776, 360.0)));
  std::string h = str(hue);
  std::string bd_light = (i / 5) % 2 ? "50%" : "58%";
  return ".o" + str(i) + "{--bg:oklch(" + bg_light[i % 5] + " 0.045 " + h + ");--bd:oklch(" +
         bd_light + " 0.13 " + h + ")}\n";
}

const char* kStyle = R"css(
:root{--ink:#1d1f23;--muted:#6b6f76;--rule:#d9dbe0;--paper:#fbfaf7;--warn:#c2410c;
--sans:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;
--serif:"Noto Serif CJK SC","Source Han Serif SC","Songti SC",serif}
*{box-sizing:border-box}
html{scroll-padding-top:4.2em}
body{margin:0;background:var(--paper);color:var(--ink);font:13px/1.5 var(--sans)}
a{color:inherit}
small{font-size:0.8em;color:var(--muted);font-weight:normal}
.bar{position:sticky;top:0;z-index:5;display:flex;gap:1.5em;align-items:baseline;
flex-wrap:wrap;padding:0.55em 1.2em;background:#fff;border-bottom:1px solid var(--rule);
box-shadow:0 1px 3px rgba(0,0,0,0.05)}
.bar h1{margin:0;font-size:15px;font-weight:700;letter-spacing:0.05em}
.bar .files{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:12px;
color:var(--muted);overflow-wrap:anywhere}
.counts{display:flex;gap:1.1em;margin-left:auto}
.counts span,.counts a{white-space:nowrap;text-decoration:none}
.counts b{font-size:15px;font-variant-numeric:tabular-nums;margin-right:0.15em}
.counts .hot b{color:var(--warn)}
.legend{display:flex;gap:1em;flex-wrap:wrap;color:var(--muted);font-size:12px;
padding:0.4em 1.2em 0}
.legend i{display:inline-block;width:1.4em;height:0.9em;vertical-align:-0.1em;
margin-right:0.3em;border-left:3px solid}
main{padding:0 1.2em 3em}
h2{font-size:14px;margin:1.1em 0 0.5em;font-weight:700}
h2 .count,h3 .count{display:inline-block;min-width:1.6em;padding:0 0.4em;margin-left:0.3em;
border-radius:0.8em;background:#eceef1;text-align:center;font-size:12px}
.doubts .count{background:#fde7d9;color:var(--warn)}
table{border-collapse:collapse;width:100%;background:#fff}
th,td{text-align:left;vertical-align:top;padding:0.3em 0.6em;border-bottom:1px solid #eceef1}
th{font-weight:600;color:var(--muted);font-size:12px;border-bottom-color:var(--rule)}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.doubts td a,.furniture td a{color:#1f4f99}
.dk{white-space:nowrap;font-weight:600;color:var(--warn)}
.msg{color:var(--ink)}
.art{display:inline-block;padding:0 0.45em;margin:0 0.3em 0.15em 0;border-radius:3px;
background:var(--bg);border-left:3px solid var(--bd);text-decoration:none;white-space:nowrap}
.art.furn,.ln.furn{background:repeating-linear-gradient(135deg,#ececec 0 3px,#f8f8f8 3px 7px);
border-left-color:#9a9ca1}
.none{color:var(--muted);margin:0.3em 0}
.page{margin-top:1.4em;border-top:2px solid var(--ink)}
.pagehead{display:flex;gap:1em;align-items:baseline}
.pagehead code{font-size:13px}
.pagehead .meta{color:var(--muted);font-weight:normal;font-size:12px}
.cols{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:1.4em;
align-items:start}
.cols h3{font-size:13px;margin:0 0 0.4em;padding-bottom:0.25em;border-bottom:1px solid var(--rule)}
.lines{background:#fff;border:1px solid var(--rule);font:14px/1.6 var(--serif)}
.ln{display:grid;grid-template-columns:3.3em 1.5em minmax(0,1fr);border-left:4px solid transparent;
position:relative}
.ln.own{background:var(--bg);border-left-color:var(--bd)}
.ln .n{font:11px/2.05 var(--sans);font-variant-numeric:tabular-nums;color:var(--muted);
text-align:right;padding-right:0.5em;text-decoration:none;user-select:none}
.ln a.n:hover{color:var(--ink);text-decoration:underline}
.ln .g{text-align:center;font:12px/1.85 var(--sans)}
.ln .g a{color:var(--warn);text-decoration:none;font-weight:700}
.ln .t{white-space:pre-wrap;overflow-wrap:anywhere;padding-right:0.5em}
.ln.blank{height:0.55em}
.ln.blank .n{font-size:8px;line-height:0.7;color:#b5b8be}
.ln.dz{box-shadow:inset 2px 0 var(--warn),inset -2px 0 var(--warn)}
.ln.dz.top{box-shadow:inset 2px 0 var(--warn),inset -2px 0 var(--warn),inset 0 2px var(--warn)}
.ln.dz.bot{box-shadow:inset 2px 0 var(--warn),inset -2px 0 var(--warn),inset 0 -2px var(--warn)}
.ln.dz.top.bot{box-shadow:inset 0 0 0 2px var(--warn)}
.ln:target,.card:target,tr:target{outline:3px solid #f2b600;outline-offset:-1px}
.tag{float:right;margin:0.3em 0 0 0.5em;padding:0 0.4em;border-radius:3px;background:var(--bd);
color:#fff;font:600 10px/1.5 var(--sans)}
.ctl{color:#b91c1c;background:#fee2e2;border-radius:2px;font-family:var(--sans)}
.card{background:var(--bg);border:1px solid rgba(0,0,0,0.08);border-left:5px solid var(--bd);
border-radius:4px;margin:0 0 0.8em;padding:0.45em 0.7em 0.55em}
.card.frag{border-style:dashed;border-left-style:solid}
.ch{display:flex;gap:0.7em;align-items:baseline;flex-wrap:wrap;font-size:12px}
.ch .num{font-weight:700;color:#fff;background:var(--bd);border-radius:3px;padding:0 0.45em}
.ch .kind{font-weight:600}
.ch .genre{padding:0 0.4em;border:1px solid var(--bd);border-radius:3px}
.ch .fragnote{color:var(--warn);font-weight:600}
.ch .cw{color:var(--warn);font-weight:700;text-decoration:none}
.ch .range{margin-left:auto;color:var(--muted)}
.ch .range a{color:var(--muted)}
.rows{display:grid;grid-template-columns:2.6em 4.6em minmax(0,1fr);column-gap:0.4em;
margin-top:0.35em}
.rows .r{display:contents}
.rows .n{text-align:right;font-size:11px;font-variant-numeric:tabular-nums;color:var(--muted);
line-height:2}
.rows .bk{font-size:11px;color:var(--muted);line-height:2;white-space:nowrap}
.rows .bt{font:14px/1.6 var(--serif);padding-bottom:0.2em;overflow-wrap:anywhere}
.rows .r-kicker .bt,.rows .r-sub .bt{font-family:var(--sans);font-size:13px}
.rows .r-head .bt{font:700 16px/1.5 var(--sans)}
.rows .b-SectionHead .bt{font-family:var(--sans);font-weight:700}
.rows .b-Byline .bt,.rows .b-Credit .bt{font-family:var(--sans);font-size:12.5px}
.rows .b-Caption .bt,.rows .b-ReadingTip .bt{font-size:13px;color:#33363b}
.rows .b-Continuation .bt{color:var(--muted)}
.rows .nohead{color:var(--muted);font-style:italic}
.byl{font-family:var(--sans);font-size:12.5px;font-weight:600;border-bottom:1px dotted var(--bd)}
.furniture{margin-top:1.2em}
.furniture td.t{font-family:var(--serif);white-space:pre-wrap;overflow-wrap:anywhere}
.furniture td.why{color:var(--muted);white-space:nowrap}
@media print{.bar{position:static}.cols{gap:0.8em}}
)css";

// ---- Page context -----------------------------------------------------------------------

struct PageCtx {
  const PageReport& r;
  std::string id;                              // "p1"
  const std::vector<PageReport>& all;          // for block positions on other pages
  std::vector<std::vector<int>> doubts_at;     // per line index: doubts that name it
  std::vector<std::vector<int>> doubts_start;  // per line index: doubts that start there
  std::vector<bool> listed;                    // per line index: in the furniture list

  bool is_listed(int line) const { return has_line(line) && listed[line - 1]; }
  std::string furniture_href(int line) const { return "#" + id + "-f" + std::to_string(line); }

  int lines() const { return static_cast<int>(r.raw_lines.size()); }
  bool has_line(int line) const { return line >= 1 && line <= lines(); }
  bool in_doubt(int line) const { return has_line(line) && !doubts_at[line - 1].empty(); }
};

// Doubt lines clamped to the page: [first, last], or {0, -1} when off the page.
std::pair<int, int> doubt_span(const Doubt& d, int lines) {
  int first = std::max(d.first_line, 1);
  int last = std::min(std::max(d.last_line, d.first_line), lines);
  return first <= last ? std::pair{first, last} : std::pair{0, -1};
}

PageCtx make_ctx(const std::vector<PageReport>& all, size_t index) {
  PageCtx p{all[index], "p" + str(static_cast<int>(index) + 1), all, {}, {}, {}};
  p.doubts_at.resize(p.r.raw_lines.size());
  p.doubts_start.resize(p.r.raw_lines.size());
  p.listed.resize(p.r.raw_lines.size());
  for (const auto& f : p.r.furniture)
    if (p.has_line(f.line)) p.listed[f.line - 1] = true;
  for (size_t k = 0; k < p.r.doubts.size(); ++k) {
    auto [first, last] = doubt_span(p.r.doubts[k], p.lines());
    if (first == 0) continue;
    p.doubts_start[first - 1].push_back(static_cast<int>(k));
    for (int l = first; l <= last; ++l) p.doubts_at[l - 1].push_back(static_cast<int>(k));
  }
  return p;
}

// Owner of a line: article index, -1 furniture, -2 blank, kUnknown when not given.
int owner(const PageReport& r, int line) {
  if (line < 1 || line > static_cast<int>(r.line_owner.size())) return kUnknown;
  int o = r.line_owner[line - 1];
  if (o >= static_cast<int>(r.articles.size()) || o < -2) return kUnknown;
  return o;
}

bool is_blank_text(const std::string& s) {
  return s.find_first_not_of(" \t\r\xEF\xBB\xBF") == std::string::npos;
}

bool is_blank(const PageCtx& p, int line) {
  int o = owner(p.r, line);
  return o == -2 || (o == kUnknown && is_blank_text(p.r.raw_lines[line - 1]));
}

std::string line_href(const PageCtx& p, int line) {
  return "#" + p.id + "-L" + str(line);
}
std::string article_href(const PageCtx& p, int a) {
  return "#" + p.id + "-a" + str(a + 1);
}

// "12" linked to the raw line when the page has it.
std::string line_link(const PageCtx& p, int line) {
  if (!p.has_line(line)) return line > 0 ? str(line) : "—";
  return "<a href=\"" + line_href(p, line) + "\">" + str(line) + "</a>";
}

// The link to a block's source line: on this page, on another page of `all`, or none.
std::string pos_link(const PageCtx& p, const SourcePos& pos) {
  if (pos.file.empty() || pos.file == p.r.path) return line_link(p, pos.line);
  for (size_t i = 0; i < p.all.size(); ++i) {
    const PageReport& other = p.all[i];
    if (other.path != pos.file || pos.line < 1) continue;
    if (pos.line > static_cast<int>(other.raw_lines.size())) break;
    std::string id = "p" + str(static_cast<int>(i) + 1);
    return "<a href=\"#" + id + "-L" + str(pos.line) + "\" title=\"" + attr(other.path) + "\">" +
           id + ":" + str(pos.line) + "</a>";
  }
  return pos.line > 0 ? str(pos.line) : "—";
}

// First and last line the article owns, {0, 0} when none.
std::pair<int, int> owned_range(const PageCtx& p, int a) {
  int first = 0, last = 0;
  for (int l = 1; l <= p.lines(); ++l) {
    if (owner(p.r, l) != a) continue;
    if (first == 0) first = l;
    last = l;
  }
  return {first, last};
}

std::string article_title(const model::Article& a) {
  if (!a.head.headline.empty()) return a.head.headline;
  if (!a.head.kicker.empty()) return a.head.kicker;
  return a.kind == "fragment" ? "（片段）" : "（无标题）";
}

// A chip in the article's colour linking to its card.
std::string article_chip(const PageCtx& p, int a) {
  const model::Article& art = p.r.articles[static_cast<size_t>(a)];
  return "<a class=\"art o" + str(a) + "\" href=\"" + article_href(p, a) + "\">" + str(a + 1) +
         " " + esc(shorten(article_title(art), 14)) + "</a>";
}

// ---- Summary ----------------------------------------------------------------------------

struct Counts {
  int articles = 0, fragments = 0, furniture = 0, doubts = 0, lines = 0;
};

Counts count(const PageReport& r) {
  Counts c;
  for (const auto& a : r.articles) (a.kind == "fragment" ? c.fragments : c.articles)++;
  c.furniture = static_cast<int>(r.furniture.size());
  c.doubts = static_cast<int>(r.doubts.size());
  c.lines = static_cast<int>(r.raw_lines.size());
  return c;
}

Counts count(const std::vector<PageReport>& pages) {
  Counts t;
  for (const auto& r : pages) {
    Counts c = count(r);
    t.articles += c.articles, t.fragments += c.fragments, t.furniture += c.furniture;
    t.doubts += c.doubts, t.lines += c.lines;
  }
  return t;
}

void put_head(std::string& out, const std::vector<PageReport>& pages, int colours) {
  std::string title = pages.empty() ? "（无版面）" : pages.front().path;
  if (pages.size() > 1) title += " 等 " + str(static_cast<int>(pages.size())) + " 版";
  out += "<!DOCTYPE html>\n<html lang=\"zh-CN\" xmlns=\"http://www.w3.org/1999/xhtml\">\n";
  out += "<head>\n<meta charset=\"utf-8\"/>\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n";
  out += "<title>审读 · " + attr(title) + "</title>\n<style>";
  out += kStyle;
  for (int i = 0; i < colours; ++i) out += colour_rule(i);
  out += "</style>\n</head>\n";
}

void put_bar(std::string& out, const std::vector<PageReport>& pages) {
  Counts c = count(pages);
  out += "<header class=\"bar\" id=\"summary\">\n<h1>版面审读</h1>\n<span class=\"files\">";
  for (size_t i = 0; i < pages.size(); ++i) out += (i ? " · " : "") + esc(pages[i].path);
  out += "</span>\n<div class=\"counts\">";
  out += "<span class=\"c-articles\"><b>" + str(c.articles) + "</b>篇文章</span>";
  out += "<span class=\"c-fragments\"><b>" + str(c.fragments) + "</b>片段</span>";
  out += "<span class=\"c-furniture\"><b>" + str(c.furniture) + "</b>行杂项</span>";
  out += std::string("<a class=\"c-doubts") + (c.doubts ? " hot" : "") + "\" href=\"#doubts\"><b>" +
         str(c.doubts) + "</b>处存疑</a>";
  out += "</div>\n</header>\n";
  out +=
      "<div class=\"legend\"><span><i class=\"o0\" style=\"background:var(--bg);"
      "border-color:var(--bd)\"></i>底色 = 所属文章</span>"
      "<span><i class=\"art furn\"></i>斜纹 = 版面杂项</span>"
      "<span><b style=\"color:var(--warn)\">⚠\uFE0E</b> 橙框 = 存疑行</span>"
      "<span>点行号 → 文章卡片；点卡片中的行号 → 原版该行</span></div>\n";
}

// ---- Doubts -----------------------------------------------------------------------------

// The articles (chips) whose lines the doubt names; furniture entries when it names those.
std::string doubt_targets(const PageCtx& p, const Doubt& d) {
  auto [first, last] = doubt_span(d, p.lines());
  std::vector<int> seen;
  std::string out;
  for (int l = first; first > 0 && l <= last; ++l) {
    int o = owner(p.r, l);
    if (o == -1 && p.is_listed(l)) {
      out += "<a class=\"art furn\" href=\"" + p.furniture_href(l) + "\">杂项 " + str(l) + "</a>";
    } else if (o == -1) {
      out += "<span class=\"art furn\">杂项 " + str(l) + "</span>";
    } else if (o >= 0 && std::find(seen.begin(), seen.end(), o) == seen.end()) {
      seen.push_back(o);
      out += article_chip(p, o);
    }
  }
  return out.empty() ? "—" : out;
}

void put_doubt_row(std::string& out, const PageCtx& p, size_t k, bool many_pages) {
  const Doubt& d = p.r.doubts[k];
  std::string kind = to_string(d.kind);
  out += "<tr id=\"" + p.id + "-d" + str(static_cast<int>(k) + 1) + "\" class=\"k-" + kind + "\">";
  if (many_pages) out += "<td>" + p.id + "</td>";
  out += "<td class=\"num\">" + str(static_cast<int>(k) + 1) + "</td>";
  out += "<td><span class=\"dk\">" + std::string(kWarn) + " " + doubt_label(d.kind) +
         "</span> <small>" + kind + "</small></td>";
  out += "<td class=\"num\">" + line_link(p, d.first_line);
  if (d.last_line > d.first_line) out += "–" + line_link(p, d.last_line);
  out += "</td><td>" + doubt_targets(p, d) + "</td>";
  out += "<td class=\"msg\" lang=\"en\">" + esc(d.message) + "</td>";
  out += "<td class=\"num\"" + std::string(d.margin == 0 ? " title=\"no decision taken\"" : "") +
         ">" + (d.margin == 0 ? std::string("—") : fixed2(d.margin)) + "</td></tr>\n";
}

void put_doubts(std::string& out, const std::vector<PageCtx>& ctx) {
  int total = 0;
  for (const auto& p : ctx) total += static_cast<int>(p.r.doubts.size());
  out +=
      "<section class=\"doubts\" id=\"doubts\">\n<h2>存疑 <small>doubtful decisions</small>"
      "<span class=\"count\">" +
      str(total) + "</span></h2>\n";
  if (total == 0) {
    out += "<p class=\"none\">无存疑 · no doubts</p>\n</section>\n";
    return;
  }
  bool many = ctx.size() > 1;
  out += "<table>\n<thead><tr>" + std::string(many ? "<th>版</th>" : "") +
         "<th class=\"num\">#</th><th>类型</th><th class=\"num\">行</th><th>文章</th>"
         "<th>说明</th><th class=\"num\">余量</th></tr></thead>\n<tbody>\n";
  for (const auto& p : ctx)
    for (size_t k = 0; k < p.r.doubts.size(); ++k) put_doubt_row(out, p, k, many);
  out += "</tbody>\n</table>\n</section>\n";
}

// ---- Raw column -------------------------------------------------------------------------

std::string line_classes(const PageCtx& p, int line, int own) {
  std::string c = "ln";
  if (own >= 0) c += " own o" + str(own);
  if (own == -1) c += " furn";
  if (is_blank(p, line)) c += " blank";
  if (p.in_doubt(line)) {
    c += " dz";
    if (!p.in_doubt(line - 1)) c += " top";
    if (!p.in_doubt(line + 1)) c += " bot";
  }
  return c;
}

// The line number: a link to the card (or furniture entry) that holds the line.
std::string line_number(const PageCtx& p, int line, int own) {
  std::string n = str(line);
  if (own >= 0) {
    return "<a class=\"n\" href=\"" + article_href(p, own) + "\" title=\"第 " + str(own + 1) +
           " 篇：" + attr(article_title(p.r.articles[static_cast<size_t>(own)])) + "\">" + n +
           "</a>";
  }
  if (own == -1 && p.is_listed(line))
    return "<a class=\"n\" href=\"" + p.furniture_href(line) + "\" title=\"杂项\">" + n + "</a>";
  return "<span class=\"n\">" + n + "</span>";
}

// ⚠ links to the doubts that start on this line.
std::string doubt_marks(const PageCtx& p, int line) {
  std::string g;
  for (int k : p.doubts_start[line - 1]) {
    const Doubt& d = p.r.doubts[static_cast<size_t>(k)];
    g += "<a href=\"#" + p.id + "-d" + str(k + 1) + "\" title=\"" + attr(to_string(d.kind)) + ": " +
         attr(d.message) + "\">" + kWarn + "</a>";
  }
  return g;
}

// The article number at the first line of each of its runs (blank lines do not break one).
bool starts_run(const PageCtx& p, int line, int own) {
  if (own < 0) return false;
  for (int l = line - 1; l >= 1; --l)
    if (!is_blank(p, l)) return owner(p.r, l) != own;
  return true;
}

void put_line(std::string& out, const PageCtx& p, int line) {
  int own = owner(p.r, line);
  out += "<div class=\"" + line_classes(p, line, own) + "\" id=\"" + p.id + "-L" + str(line) +
         "\">" + line_number(p, line, own) + "<span class=\"g\">" + doubt_marks(p, line) +
         "</span><span class=\"t\">";
  if (starts_run(p, line, own)) out += "<span class=\"tag\">" + str(own + 1) + "</span>";
  out += esc(p.r.raw_lines[static_cast<size_t>(line - 1)]) + "</span></div>\n";
}

void put_raw(std::string& out, const PageCtx& p) {
  out += "<div class=\"raw\">\n<h3>原版 <small>raw page · " + str(p.lines()) +
         " lines</small></h3>\n<div class=\"lines\">\n";
  if (p.lines() == 0) out += "<p class=\"none\">没有原始行（结构化来源）· no raw lines</p>\n";
  for (int l = 1; l <= p.lines(); ++l) put_line(out, p, l);
  out += "</div>\n</div>\n";
}

// ---- Article cards ----------------------------------------------------------------------

std::string spans_html(const model::Inline& in) {
  std::string out;
  for (const auto& sp : in) {
    std::string lang = sp.lang.empty() ? "" : " lang=\"" + attr(sp.lang) + "\"";
    std::string t = esc(sp.text);
    switch (sp.style) {
      case model::Span::Style::Strong:
        out += "<strong" + lang + ">" + t + "</strong>";
        break;
      case model::Span::Style::Emphasis:
        out += "<em" + lang + ">" + t + "</em>";
        break;
      case model::Span::Style::Byline:
        out += "<span class=\"byl\" title=\"署名\"" + lang + ">" + t + "</span>";
        break;
      default:
        out += lang.empty() ? t : "<span" + lang + ">" + t + "</span>";
    }
  }
  return out;
}

void put_row(std::string& out, const std::string& cls, const std::string& link,
             const std::string& label, const std::string& html) {
  out += "<div class=\"r " + cls + "\"><span class=\"n\">" + link + "</span><span class=\"bk\">" +
         label + "</span><div class=\"bt\">" + html + "</div></div>\n";
}

void put_headline_group(std::string& out, const PageCtx& p, const model::HeadlineGroup& h) {
  const std::pair<const std::string*, const char*> parts[] = {
      {&h.kicker, "引题"}, {&h.headline, "主题"}, {&h.subheadline, "副题"}};
  const char* cls[] = {"r-kicker", "r-head", "r-sub"};
  bool linked = false;
  for (int i = 0; i < 3; ++i) {
    if (parts[i].first->empty()) continue;
    put_row(out, cls[i], linked ? "" : pos_link(p, h.pos), parts[i].second, esc(*parts[i].first));
    linked = true;
  }
  if (!linked) put_row(out, "r-head", "", "主题", "<span class=\"nohead\">（无标题）</span>");
}

const char* block_class(BlockKind k) {
  switch (k) {
    case BlockKind::Byline:
      return "b-Byline";
    case BlockKind::ReadingTip:
      return "b-ReadingTip";
    case BlockKind::Paragraph:
      return "b-Paragraph";
    case BlockKind::SectionHead:
      return "b-SectionHead";
    case BlockKind::Caption:
      return "b-Caption";
    case BlockKind::Credit:
      return "b-Credit";
    case BlockKind::Continuation:
      return "b-Continuation";
    case BlockKind::EditorNote:
      return "b-EditorNote";
    case BlockKind::Image:
      return "b-Image";
  }
  return "b";
}

// ⚠ links to the doubts that name a line of article `a`.
std::string card_doubts(const PageCtx& p, int a) {
  std::vector<int> ks;
  for (int l = 1; l <= p.lines(); ++l)
    if (owner(p.r, l) == a)
      for (int k : p.doubts_at[l - 1])
        if (std::find(ks.begin(), ks.end(), k) == ks.end()) ks.push_back(k);
  std::sort(ks.begin(), ks.end());
  std::string out;
  for (int k : ks)
    out += "<a class=\"cw\" href=\"#" + p.id + "-d" + str(k + 1) + "\" title=\"" +
           attr(p.r.doubts[static_cast<size_t>(k)].message) + "\">" + kWarn + str(k + 1) + "</a>";
  return out;
}

void put_card_header(std::string& out, const PageCtx& p, int a) {
  const model::Article& art = p.r.articles[static_cast<size_t>(a)];
  out += "<div class=\"ch\"><span class=\"num\">" + str(a + 1) + "</span><span class=\"kind\">" +
         kind_label(art.kind) + "</span>";
  if (!art.genre.empty()) out += "<span class=\"genre\">" + esc(art.genre) + "</span>";
  if (art.kind == "fragment") out += "<span class=\"fragnote\">开头不在本版</span>";
  out += card_doubts(p, a);
  auto [first, last] = owned_range(p, a);
  if (first > 0) {
    out += "<span class=\"range\">行 " + line_link(p, first);
    if (last > first) out += "–" + line_link(p, last);
    out += "</span>";
  }
  out += "</div>\n";
}

void put_card(std::string& out, const PageCtx& p, int a) {
  const model::Article& art = p.r.articles[static_cast<size_t>(a)];
  bool frag = art.kind == "fragment";
  out += "<article class=\"card o" + str(a) + (frag ? " frag" : "") + "\" id=\"" + p.id + "-a" +
         str(a + 1) + "\" data-kind=\"" + attr(art.kind) + "\">\n";
  put_card_header(out, p, a);
  out += "<div class=\"rows\">\n";
  put_headline_group(out, p, art.head);
  for (const auto& b : art.blocks)
    put_row(out, block_class(b.kind), pos_link(p, b.pos), block_label(b.kind), spans_html(b.text));
  out += "</div>\n</article>\n";
}

void put_furniture(std::string& out, const PageCtx& p) {
  out +=
      "<section class=\"furniture\">\n<h3>版面杂项 <small>furniture</small><span "
      "class=\"count\">" +
      str(static_cast<int>(p.r.furniture.size())) + "</span></h3>\n";
  if (p.r.furniture.empty()) {
    out += "<p class=\"none\">无 · none</p>\n</section>\n";
    return;
  }
  out +=
      "<table>\n<thead><tr><th class=\"num\">行</th><th>文字</th><th>原因</th></tr></thead>\n"
      "<tbody>\n";
  std::vector<int> seen;
  for (const auto& f : p.r.furniture) {
    bool first = std::find(seen.begin(), seen.end(), f.line) == seen.end();
    seen.push_back(f.line);
    std::string id = first ? " id=\"" + p.id + "-f" + str(f.line) + "\"" : "";
    out += "<tr" + id + "><td class=\"num\">" + line_link(p, f.line) + "</td><td class=\"t\">" +
           esc(f.text) + "</td><td class=\"why\" lang=\"en\">" + esc(f.reason) + "</td></tr>\n";
  }
  out += "</tbody>\n</table>\n</section>\n";
}

void put_found(std::string& out, const PageCtx& p) {
  out += "<div class=\"found\">\n<h3>识别结果 <small>articles in reading order</small></h3>\n";
  if (p.r.articles.empty()) out += "<p class=\"none\">没有文章 · no articles</p>\n";
  for (size_t a = 0; a < p.r.articles.size(); ++a) put_card(out, p, static_cast<int>(a));
  put_furniture(out, p);
  out += "</div>\n";
}

void put_page(std::string& out, const PageCtx& p, size_t n_pages) {
  Counts c = count(p.r);
  out += "<section class=\"page\" id=\"" + p.id + "\">\n<h2 class=\"pagehead\">";
  if (n_pages > 1) out += "<span>" + p.id + "</span>";
  out += "<code>" + esc(p.r.path) + "</code><span class=\"meta\">" + str(c.lines) + " 行 · " +
         str(c.articles) + " 篇 · " + str(c.fragments) + " 片段 · " + str(c.furniture) +
         " 杂项 · " + str(c.doubts) + " 存疑</span></h2>\n<div class=\"cols\">\n";
  put_raw(out, p);
  put_found(out, p);
  out += "</div>\n</section>\n";
}

}  // namespace

std::string write_review_html(const std::vector<PageReport>& pages) {
  std::vector<PageCtx> ctx;
  int colours = 1;
  for (size_t i = 0; i < pages.size(); ++i) {
    ctx.push_back(make_ctx(pages, i));
    colours = std::max(colours, static_cast<int>(pages[i].articles.size()));
  }
  std::string out;
  put_head(out, pages, colours);
  out += "<body>\n";
  put_bar(out, pages);
  out += "<main>\n";
  put_doubts(out, ctx);
  if (pages.empty()) out += "<p class=\"none\">没有版面 · no pages</p>\n";
  for (const auto& p : ctx) put_page(out, p, pages.size());
  out += "</main>\n</body>\n</html>\n";
  return out;
}

}  // namespace wz::ingest
