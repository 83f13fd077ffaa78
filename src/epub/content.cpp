#include "epub/content.h"

#include <algorithm>
#include <cstdio>
#include <functional>

#include "base/utf8.h"
#include "epub/vertical_text.h"
#include "lang/phrases.h"

namespace wz::epub {
namespace {

using model::Article;
using model::Block;
using model::BlockKind;
using model::FontRole;
using model::Span;
using model::Style;

// Nav label of an article without any headline: its first characters.
constexpr size_t kUntitledLabelChars = 20;

std::string two(int n) {
  char b[16];
  std::snprintf(b, sizeof b, "%02d", n);
  return b;
}

// Escapes text and records its characters for the face of `role`.
struct Out {
  const DocCtx& c;
  bool vertical() const { return c.layout->vertical(); }
  std::string font_of(FontRole r) const {
    auto it = c.layout->fonts.find(r);
    return it == c.layout->fonts.end() ? "" : it->second;
  }
  std::string text(const std::string& s, FontRole r, const SourcePos& pos = {}) {
    std::string e = esc(s, *c.rep, pos);
    c.fonts->use(font_of(r), s, vertical());
    if (!vertical()) return e;
    e = mark_vertical_numbers(e);
    if (r != FontRole::Kai) return e;
    c.fonts->use(font_of(FontRole::Body), vertical_marks_in(s), true);
    return mark_vertical_marks(e);
  }
  std::string styled(const std::string& s, Style style, const SourcePos& pos = {}) {
    return text(s, c.layout->style(style).font, pos);
  }
  // A display line: <wbr/> at its phrase and word boundaries (lang/phrases.h, the rule the
  // PDF breaks by), for CSS word-break: keep-all to break there and nowhere else.
  std::string display(const std::string& s, Style style, const SourcePos& pos = {}) {
    // A break the editor put in the head (model::kLineBreak) is a <br/>.
    size_t br = s.find(model::kLineBreak);
    if (br != std::string::npos)
      return display(s.substr(0, br), style, pos) + "<br/>" +
             display(s.substr(br + model::kLineBreak.size()), style, pos);
    thread_local lang::WordSegmenter words;
    std::vector<lang::BreakQuality> q = lang::display_breaks(words, s);
    std::string out;
    size_t from = 0;
    for (size_t i = 1; i < s.size(); ++i) {
      if (q[i] == lang::BreakQuality::Inside) continue;
      out += styled(s.substr(from, i - from), style, pos) + "<wbr/>";
      from = i;
    }
    return out + styled(s.substr(from), style, pos);
  }
  std::string lang_attrs(const std::string& lang) {
    std::string l = esc_attr(lang, *c.rep);
    return " lang=\"" + l + "\" xml:lang=\"" + l + "\"";
  }
  std::string inlines(const model::Inline& spans, FontRole role, const SourcePos& pos) {
    std::string out;
    for (const Span& sp : spans) {
      FontRole r = sp.style == Span::Style::Byline ? c.layout->style(Style::Byline).font : role;
      std::string t = text(sp.text, r, pos);
      std::string la = sp.lang.empty() ? "" : lang_attrs(sp.lang);
      switch (sp.style) {
        case Span::Style::Plain:
          out += la.empty() ? t : "<span" + la + ">" + t + "</span>";
          break;
        case Span::Style::Strong:
          out += "<strong" + la + ">" + t + "</strong>";
          break;
        case Span::Style::Emphasis:
          out += "<em" + la + ">" + t + "</em>";
          break;
        case Span::Style::Byline:
          out += "<span class=\"byline\"" + la + ">" + t + "</span>";
          break;
      }
    }
    return out;
  }
};

std::string article_label(const Article& a, const std::string& untitled) {
  if (!a.head.headline.empty()) return model::one_line(a.head.headline);
  if (!a.head.subheadline.empty()) return model::one_line(a.head.subheadline);
  if (!a.head.kicker.empty()) return model::one_line(a.head.kicker);
  for (int pass = 0; pass < 2; ++pass)  // a paragraph first, bylines only as a last resort
    for (const Block& b : a.blocks) {
      if (pass == 0 && b.kind != BlockKind::Paragraph) continue;
      std::u32string t = utf8::decode(model::plain_text(b.text));
      if (t.empty()) continue;
      if (t.size() <= kUntitledLabelChars) return utf8::encode(t);
      return utf8::encode(t.substr(0, kUntitledLabelChars)) + "…";
    }
  return untitled;
}

// The headline group. epubcheck 4.2.6 validates against the older HTML content model in
// which <hgroup> holds headings only, so 引题/副题 (paragraphs, not headings) sit beside
// the 主题 <h2> in the <header>, the pattern HTML recommended for subtitles before 2022.
std::string header(Out& o, const Article& a) {
  const auto& h = a.head;
  std::string out;
  if (!h.kicker.empty())
    out += "<p class=\"kicker\">" + o.display(h.kicker, Style::Kicker, h.pos) + "</p>";
  if (!h.headline.empty()) out += "<h2>" + o.display(h.headline, Style::Headline, h.pos) + "</h2>";
  if (!h.subheadline.empty())
    out +=
        "<p class=\"subheadline\">" + o.display(h.subheadline, Style::Subheadline, h.pos) + "</p>";
  if (!a.genre.empty() && a.genre != h.kicker)  // ingest may use the genre label as 引题
    out += "<p class=\"genre\">" + o.text(a.genre, FontRole::Body, a.pos) + "</p>";
  return out.empty() ? "" : "<header class=\"headline-group\">" + out + "</header>\n";
}

bool is_photo_text(BlockKind k) {
  return k == BlockKind::Caption || k == BlockKind::Credit;
}

// The id of a section head's h3 (block `i` of the article `article_id`).
std::string section_id(const std::string& article_id, size_t i) {
  return article_id + "-s" + std::to_string(i + 1);
}

// The caption and credit from bs[i] on, as a <figcaption>; i is left on the last of them.
std::string figcaption(Out& o, const std::vector<Block>& bs, size_t& i) {
  std::string out = "<figcaption>\n";
  for (; i < bs.size() && is_photo_text(bs[i].kind); ++i) {
    bool cap = bs[i].kind == BlockKind::Caption;
    Style style = cap ? Style::Caption : Style::Credit;
    out += std::string("<p class=\"") + model::to_string(style) + "\">" +
           o.inlines(bs[i].text, o.c.layout->style(style).font, bs[i].pos) + "</p>\n";
  }
  --i;
  return out + "</figcaption>";
}

// `article_id`: the section heads carry ids under it (toc_depth = section); "" = none.
std::string blocks(Out& o, const std::vector<Block>& bs, const std::string& article_id) {
  std::string out;
  for (size_t i = 0; i < bs.size(); ++i) {
    const Block& b = bs[i];
    switch (b.kind) {
      case BlockKind::Byline:
        out += "<p class=\"byline\">" +
               o.inlines(b.text, o.c.layout->style(Style::Byline).font, b.pos) + "</p>\n";
        break;
      case BlockKind::Paragraph:
        out += "<p>" + o.inlines(b.text, FontRole::Body, b.pos) + "</p>\n";
        break;
      case BlockKind::SectionHead:
        out += "<h3 class=\"section-head\"" +
               (article_id.empty() ? "" : " id=\"" + section_id(article_id, i) + "\"") + ">" +
               o.inlines(b.text, o.c.layout->style(Style::SectionHead).font, b.pos) + "</h3>\n";
        break;
      case BlockKind::EditorNote:
        out += "<aside class=\"editor-note\"><p>" +
               o.inlines(b.text, o.c.layout->style(Style::ReadingTip).font, b.pos) +
               "</p></aside>\n";
        break;
      case BlockKind::Continuation:
        out += "<p class=\"continuation\">" + o.inlines(b.text, FontRole::Body, b.pos) + "</p>\n";
        break;
      case BlockKind::ReadingTip: {
        FontRole r = o.c.layout->style(Style::ReadingTip).font;
        const std::string& label = o.c.layout->labels.reading_tip;
        out += "<aside epub:type=\"tip\" class=\"reading-tip\" aria-label=\"" + label +
               "\">\n<p class=\"tip-label\">" + o.text(label, r) + "</p>\n";
        for (; i < bs.size() && bs[i].kind == BlockKind::ReadingTip; ++i)
          out += "<p>" + o.inlines(bs[i].text, r, bs[i].pos) + "</p>\n";
        --i;
        out += "</aside>\n";
        break;
      }
      case BlockKind::Caption:
      case BlockKind::Credit:
        out += "<figure class=\"photo\">" + figcaption(o, bs, i) + "</figure>\n";
        break;
      case BlockKind::Image: {
        // The alt text: the source's, else the caption (check_pictures warned), else 图片
        // (a picture without alt text or caption is still named: every <img> has an alt).
        std::string alt = model::alt_text(bs, i);
        out += "<figure class=\"photo picture\"><img src=\"../" + o.c.pictures->at(b.image.file) +
               "\" alt=\"" +
               esc_attr(alt.empty() ? o.c.layout->labels.picture : alt, *o.c.rep, b.pos) + "\"/>\n";
        if (i + 1 < bs.size() && is_photo_text(bs[i + 1].kind)) ++i, out += figcaption(o, bs, i);
        out += "</figure>\n";
        break;
      }
    }
  }
  return out;
}

std::string article_html(Out& o, const Article& a, const std::string& id) {
  std::string cls = "article";
  std::string kind;
  for (char ch : a.kind)
    if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-') kind += ch;
  if (!kind.empty()) cls += " " + kind;
  return "<article id=\"" + id + "\" class=\"" + cls + "\">\n" + header(o, a) +
         blocks(o, a.blocks, o.c.depth == model::TocDepth::Section ? id : "") + "</article>\n";
}

size_t text_bytes(const model::Issue& is) {
  size_t n = 0;
  for (const Article& a : is.articles) {
    n += a.head.kicker.size() + a.head.headline.size() + a.head.subheadline.size();
    for (const Block& b : a.blocks)
      for (const Span& s : b.text) n += s.text.size();
  }
  return n;
}

}  // namespace

std::string xhtml_page(const DocCtx& c, const std::string& title, const std::string& up,
                       const std::string& body_class, const std::string& body,
                       const std::string& extra_head) {
  std::string lang = esc_attr(c.lang, *c.rep);
  std::string h =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
      "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\""
      " lang=\"" +
      lang + "\" xml:lang=\"" + lang + "\">\n<head>\n<meta charset=\"UTF-8\"/>\n<title>" +
      esc(title, *c.rep) + "</title>\n";
  for (const auto& css : c.css)
    h += "<link rel=\"stylesheet\" type=\"text/css\" href=\"" + up + css + "\"/>\n";
  h += extra_head + "</head>\n<body class=\"" + body_class + "\">\n" + body + "</body>\n</html>\n";
  return h;
}

namespace {

// An article's nav entry, with its section heads under it at toc_depth = section.
TocEntry article_toc(const Article& a, const std::string& href, const std::string& id,
                     const DocCtx& c) {
  TocEntry e{article_label(a, c.layout->labels.untitled), href + "#" + id, {}};
  if (c.depth != model::TocDepth::Section) return e;
  for (size_t i = 0; i < a.blocks.size(); ++i)
    if (a.blocks[i].kind == BlockKind::SectionHead)
      e.children.push_back({model::one_line(model::plain_text(a.blocks[i].text)),
                            href + "#" + section_id(id, i),
                            {}});
  return e;
}

}  // namespace

std::vector<Doc> issue_docs(const model::Issue& is, int no, const DocCtx& c, size_t split_bytes,
                            TocEntry& toc) {
  Out o{c};
  std::string base = "issue-" + two(no);
  std::string cls = std::string("issue ") + (o.vertical() ? "vertical" : "horizontal");
  bool split = text_bytes(is) > split_bytes && is.articles.size() > 1;
  std::string head = "<h1 class=\"issue-title\" id=\"" + base + "-title\">" +
                     o.styled(is.title, Style::IssueTitle, is.pos) + "</h1>\n";
  if (!is.date.empty())
    head += "<p class=\"issue-date\">" +
            o.text(model::chinese_date(is.date), FontRole::Body, is.pos) + "</p>\n";
  toc = TocEntry{is.title, "text/" + base + ".xhtml", {}};
  std::vector<Doc> docs;
  std::string first = head;
  for (size_t j = 0; j < is.articles.size(); ++j) {
    const Article& a = is.articles[j];
    std::string id = "i" + two(no) + "-a" + two(static_cast<int>(j) + 1);
    std::string html = article_html(o, a, id);
    std::string href =
        split ? "text/" + base + "-" + two(static_cast<int>(j) + 1) + ".xhtml" : toc.href;
    if (c.depth != model::TocDepth::Issue) toc.children.push_back(article_toc(a, href, id, c));
    if (!split) {
      first += html;
      continue;
    }
    docs.push_back(
        {href, id, xhtml_page(c, article_label(a, c.layout->labels.untitled), "../", cls, html)});
  }
  std::string body = "<section epub:type=\"chapter\" class=\"issue\" aria-labelledby=\"" + base +
                     "-title\">\n" + first + "</section>\n";
  docs.insert(docs.begin(), Doc{toc.href, base, xhtml_page(c, is.title, "../", cls, body)});
  return docs;
}

Doc title_page(const model::Digest& d, const std::vector<TocEntry>& issues, const DocCtx& c) {
  Out o{c};
  std::string b = "<section epub:type=\"titlepage\" class=\"titlepage\">\n<h1>" +
                  o.text(d.title, FontRole::Headline) + "</h1>\n";
  auto line = [&](const std::string& cls, const std::string& label, const std::string& v) {
    if (!v.empty()) b += "<p class=\"" + cls + "\">" + o.text(label + v, FontRole::Body) + "</p>\n";
  };
  line("subtitle", "", d.subtitle);
  line("editor", d.labels.editor, d.editor);
  line("publisher", "", d.publisher);
  line("date", "", model::chinese_date(d.date));
  if (!issues.empty()) {
    b += "<ul class=\"issues\">\n";
    for (size_t i = 0; i < issues.size(); ++i) {
      std::string date = i < d.issues.size() ? model::chinese_date(d.issues[i].date) : "";
      b +=
          "<li><a href=\"../" + issues[i].href + "\">" + o.styled(issues[i].label, Style::Toc) +
          (date.empty() ? ""
                        : "<span class=\"date\">" + o.styled("　" + date, Style::Toc) + "</span>") +
          "</a></li>\n";
    }
    b += "</ul>\n";
  }
  b += "</section>\n";
  return {"text/title.xhtml", "titlepage", xhtml_page(c, d.title, "../", "titlepage", b)};
}

Doc cover_page(const std::string& image_href, const std::string& alt, const DocCtx& c) {
  std::string b = "<section epub:type=\"cover\"><div class=\"cover\"><img src=\"../" + image_href +
                  "\" alt=\"" + esc_attr(alt, *c.rep) + "\"/></div></section>\n";
  return {"text/cover.xhtml", "cover", xhtml_page(c, alt, "../", "cover", b)};
}

namespace {

// The <li> of each entry, its children in an <ol> of their own; closes the list.
std::string nav_items(Out& o, const std::vector<TocEntry>& entries) {
  std::string b;
  for (const auto& e : entries) {
    b += "<li><a href=\"" + e.href + "\">" + o.styled(e.label, Style::Toc) + "</a>";
    if (!e.children.empty()) b += "\n<ol>\n" + nav_items(o, e.children);
    b += "</li>\n";
  }
  return b + "</ol>\n";
}

}  // namespace

Doc nav_doc(const std::string& title, const std::vector<TocEntry>& toc,
            const std::vector<Landmark>& landmarks, const model::Labels& labels, const DocCtx& c) {
  Out o{c};
  std::string b = "<nav epub:type=\"toc\" id=\"toc\" role=\"doc-toc\">\n<h1>" +
                  o.styled(labels.contents, Style::Toc) + "</h1>\n<ol>\n";
  b += nav_items(o, toc) +
       "</nav>\n<nav epub:type=\"landmarks\" id=\"landmarks\" hidden=\"hidden\">\n<h2>" +
       o.styled(labels.landmarks, Style::Toc) + "</h2>\n<ol>\n";
  for (const auto& l : landmarks)
    b += "<li><a epub:type=\"" + l.type + "\" href=\"" + l.href + "\">" +
         o.styled(l.label, Style::Toc) + "</a></li>\n";
  b += "</ol>\n</nav>\n";
  return {"nav.xhtml", "nav", xhtml_page(c, title, "", "nav", b)};
}

namespace {

int depth_of(const std::vector<TocEntry>& entries) {
  int d = 0;
  for (const auto& e : entries) d = std::max(d, 1 + depth_of(e.children));
  return d;
}

}  // namespace

std::string ncx_doc(const std::string& uid, const std::string& title,
                    const std::vector<TocEntry>& toc, Report& rep) {
  std::string x =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<ncx xmlns=\"http://www.daisy.org/z3986/2005/ncx/\" version=\"2005-1\">\n<head>\n"
      "<meta name=\"dtb:uid\" content=\"" +
      esc_attr(uid, rep) +
      "\"/>\n"
      "<meta name=\"dtb:depth\" content=\"" +
      std::to_string(depth_of(toc)) +
      "\"/>\n<meta name=\"dtb:totalPageCount\" "
      "content=\"0\"/>\n"
      "<meta name=\"dtb:maxPageNumber\" content=\"0\"/>\n</head>\n<docTitle><text>" +
      esc(title, rep) + "</text></docTitle>\n<navMap>\n";
  int order = 0;
  std::function<void(const TocEntry&)> point = [&](const TocEntry& e) {
    ++order;
    x += "<navPoint id=\"np" + std::to_string(order) + "\" playOrder=\"" + std::to_string(order) +
         "\"><navLabel><text>" + esc(e.label, rep) + "</text></navLabel><content src=\"" +
         esc_attr(e.href, rep) + "\"/>" + (e.children.empty() ? "" : "\n");
    for (const auto& c : e.children) point(c);
    x += "</navPoint>\n";
  };
  for (const auto& e : toc) point(e);
  return x + "</navMap>\n</ncx>\n";
}

}  // namespace wz::epub
