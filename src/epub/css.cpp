#include "epub/css.h"

#include <algorithm>

#include "epub/fonts.h"
#include "epub/xml.h"

namespace wz::epub {
namespace {

using model::FontRole;
using model::Layout;
using model::Style;
using model::TextStyle;

bool is_file_name(const std::string& s) {
  auto ends = [&](const char* ext) {
    std::string e(ext);
    return s.size() > e.size() && s.compare(s.size() - e.size(), e.size(), e) == 0;
  };
  return s.find('/') != std::string::npos || ends(".ttf") || ends(".otf") || ends(".ttc") ||
         ends(".otc") || ends(".TTF") || ends(".OTF") || ends(".TTC");
}

std::string family_list(const Layout& L, FontRole role,
                        const std::map<FontRole, std::string>& embedded) {
  std::string out;
  if (auto it = embedded.find(role); it != embedded.end() && !it->second.empty())
    out = css_string(it->second) + ", ";
  if (auto it = L.fonts.find(role); it != L.fonts.end() && !is_file_name(it->second))
    out += css_string(it->second) + ", ";
  return out + fallback_families(role);
}

// Block spacing in body lines -> em of an element of size `size` (block direction:
// top/bottom when horizontal, right/left in vertical-rl).
std::string spacing(const Layout& L, const TextStyle& s, bool vertical) {
  double k = L.line_pitch * L.body_size / s.size;
  std::string before = vertical ? "margin-right" : "margin-top";
  std::string after = vertical ? "margin-left" : "margin-bottom";
  return "  margin: 0;\n  " + before + ": " + num(s.space_before * k) + "em;\n  " + after + ": " +
         num(s.space_after * k) + "em;\n";
}

std::string style_rule(const Layout& L, const std::string& selector, Style name,
                       const std::map<FontRole, std::string>& emb, bool vertical) {
  const TextStyle& s = L.style(name);
  std::string r = selector + " {\n  font-family: " + family_list(L, s.font, emb) + ";\n";
  r += "  font-size: " + num(s.size / L.body_size) + "em;\n";
  r += "  line-height: " + num(s.leading) + ";\n";
  r += std::string("  text-align: ") + to_string(s.align) + ";\n";
  r += "  text-indent: " + num(s.indent) + "em;\n";
  r += std::string("  font-weight: ") + (s.bold ? "bold" : "normal") + ";\n";
  if (s.color) r += "  color: " + s.color->rgb_hex + ";\n";  // the layout's RGB form
  r += spacing(L, s, vertical);
  return r + "}\n";
}

// Photo items (as the PDF sets them, typeset/page/blocks.cpp): the photo's frame — the
// picture at the column's width, or, for a photo item without a file, an empty box of a
// landscape photo's proportions — with the caption
// under it and the credit right-aligned (at the foot of the line in vertical text).
std::string photo_css(bool vertical) {
  std::string box = vertical ? "width: 8em; height: 100%;" : "height: 8em; width: 100%;";
  const std::string gap = std::string("margin-") + (vertical ? "left" : "bottom") + ": 0.4em;";
  return "figure.photo::before { content: \"\"; display: block; " + box +
         " border: 1px solid #000; box-sizing: border-box; " + gap +
         " }\n"
         "figure.picture::before { content: none; }\n"
         "figure.picture img { display: block; " +
         (vertical ? "max-height: 100%; max-width: 100%;" : "width: 100%; height: auto;") + " " +
         gap + " }\n";
}

// A vertical chapter: numbers marked by epub/vertical_text (2–3 digits 纵中横, one digit
// or a year upright, one digit per cell), and the Kai role's quotes and upper-right marks
// (epub/vertical_text) in the body face, which has their vertical forms.
std::string vertical_css(const Layout& L, const std::map<FontRole, std::string>& emb) {
  return "span.vmark { font-family: " + family_list(L, FontRole::Body, emb) +
         "; }\n"
         "span.tcy { text-combine-upright: all; -webkit-text-combine: horizontal; "
         "-epub-text-combine: horizontal; }\n"
         "span.upright { text-orientation: upright; -webkit-text-orientation: upright; "
         "-epub-text-orientation: upright; }\n";
}

}  // namespace

std::string fallback_families(FontRole role) {
  switch (role) {
    case FontRole::Headline:
      return "\"Noto Sans CJK SC\", \"Source Han Sans SC\", \"PingFang SC\", \"Heiti SC\", "
             "\"Microsoft YaHei\", sans-serif";
    case FontRole::Kai:
      return "\"AR PL KaitiM GB\", \"AR PL UKai CN\", \"Kaiti SC\", \"STKaiti\", \"KaiTi\", "
             "serif";
    case FontRole::Body:
    case FontRole::Folio:
      break;
  }
  return "\"Noto Serif CJK SC\", \"Source Han Serif SC\", \"Songti SC\", \"STSong\", "
         "\"SimSun\", serif";
}

std::string layout_css(const Layout& L, const std::map<FontRole, std::string>& emb) {
  bool v = L.vertical();
  std::string mode = v ? "vertical-rl" : "horizontal-tb";
  std::string c = "/* wenzhai: CSS for layout '" + L.name + "' */\n";
  c += "html {\n  writing-mode: " + mode + ";\n  -epub-writing-mode: " + mode +
       ";\n  -webkit-writing-mode: " + mode + ";\n}\n";
  double body_em = std::max(1.0, L.body_size / kReaderDefaultPt);
  c += "body {\n  font-family: " + family_list(L, FontRole::Body, emb) + ";\n";
  c += "  font-size: " + num(body_em) + "em;\n  line-height: " + num(L.line_pitch) + ";\n";
  c += "  margin: 0;\n  padding: 0 2%;\n";
  // clreq 3.1: strict kinsoku; no hanging punctuation (the PDF keeps punctuation inside
  // the measure); CJK–Latin spacing left to readers that support text-autospace.
  c += "  line-break: strict;\n  -epub-line-break: strict;\n  -webkit-line-break: strict;\n";
  c += "  word-break: normal;\n  overflow-wrap: break-word;\n";
  c += "  hanging-punctuation: none;\n  hyphens: none;\n  -epub-hyphens: none;\n";
  c += "  text-spacing-trim: normal;\n  text-autospace: normal;\n}\n";
  c += "p {\n  margin: 0;\n  text-indent: " + num(L.indent) + "em;\n  text-align: justify;\n}\n";
  c += "h1, h2, h3, p, figure, aside { orphans: 2; widows: 2; }\n";
  c += "header, hgroup { margin: 0; }\n";
  c += "article + article { " + std::string(v ? "margin-right" : "margin-top") + ": " +
       num(L.line_pitch) + "em; }\n";
  c += "strong { font-weight: bold; }\n";
  c += "em { font-style: normal; text-emphasis: filled dot; -webkit-text-emphasis: filled dot; "
       "text-emphasis-position: " +
       std::string(v ? "over right" : "under right") +
       "; -webkit-text-emphasis-position: " + std::string(v ? "over right" : "under right") +
       "; }\n";
  c += style_rule(L, "h1.issue-title", Style::IssueTitle, emb, v);
  c += "p.issue-date { text-indent: 0; text-align: center; }\n";
  c += style_rule(L, "header p.kicker", Style::Kicker, emb, v);
  c += style_rule(L, "header h2", Style::Headline, emb, v);
  c += style_rule(L, "header p.subheadline", Style::Subheadline, emb, v);
  c += "header p.genre { text-indent: 0; text-align: center; font-size: 0.8em; }\n";
  // Display lines break only where content.cpp put <wbr/>: at phrases and words.
  c += "header p.kicker, header h2, header p.subheadline { word-break: keep-all; }\n";
  c += style_rule(L, "p.byline", Style::Byline, emb, v);
  // The inline byline (本报讯（记者…）) is set bold in the body face, as in the PDF.
  c += "span.byline { font-weight: bold; }\n";
  c += style_rule(L, "h3.section-head", Style::SectionHead, emb, v);
  c += "aside.reading-tip { margin: 0.5em 0; padding: 0.3em 0.6em; border: 1px solid #888; }\n";
  c += style_rule(L, "aside.reading-tip p", Style::ReadingTip, emb, v);
  c += "aside.reading-tip p.tip-label { font-weight: bold; text-indent: 0; }\n";
  c += "figure { margin: 0.5em 0; }\n";
  c += style_rule(L, "figcaption p.caption", Style::Caption, emb, v);
  c += style_rule(L, "figcaption p.credit", Style::Credit, emb, v);
  c += "p.continuation { text-indent: 0; text-align: right; font-size: 0.85em; }\n";
  c += style_rule(L, "nav li, ul.issues li", Style::Toc, emb, v);
  c += "nav ol, ul.issues { list-style: none; padding: 0; margin: 0; }\n";
  c += "nav ol ol { " + std::string(v ? "padding-top" : "padding-left") + ": 2em; }\n";
  c += "a { color: inherit; text-decoration: none; }\n";
  c += "section.titlepage { text-align: center; }\n";
  c += "section.titlepage h1 { font-family: " + family_list(L, FontRole::Headline, emb) +
       "; font-size: 2em; margin: 2em 0 0.5em 0; }\n";
  c += "section.titlepage p, section.titlepage li { text-indent: 0; text-align: center; }\n";
  c += "div.cover { text-align: center; } div.cover img { max-width: 100%; max-height: 100%; }\n";
  c += photo_css(v);
  if (v) c += vertical_css(L, emb);
  return c;
}

}  // namespace wz::epub
