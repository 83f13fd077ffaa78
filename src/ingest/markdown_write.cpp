// Articles -> structured Markdown source (conventions in markdown.h).
#include <string>

#include "ingest/ingest.h"
#include "ingest/markdown.h"

namespace wz::ingest {

namespace {

using model::BlockKind;

// Backslash-escape what CommonMark would read as markup: inline markers anywhere, block
// markers at the start (#, >, list bullets, "1." / "1)" ordered-list starts, = / - setext).
std::string escape(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    bool inline_mark = c == '\\' || c == '`' || c == '*' || c == '_' || c == '[' || c == ']' ||
                       c == '<' || c == '>' || c == '&' || c == '!' || c == '#';
    bool at_start = i == 0 && (c == '-' || c == '+' || c == '=' || c == '~' || c == '|');
    if (s.substr(i, model::kLineBreak.size()) == model::kLineBreak) {
      out += "<br>";  // an explicit break (docs/structured-source.md)
      i += model::kLineBreak.size() - 1;
      continue;
    }
    if (inline_mark || at_start) out += '\\';
    out += c;
  }
  // "12. text" / "3) text" at the start would open an ordered list.
  size_t d = 0;
  while (d < out.size() && out[d] >= '0' && out[d] <= '9') ++d;
  if (d > 0 && d < out.size() && (out[d] == '.' || out[d] == ')')) out.insert(d, "\\");
  return out;
}

std::string spans(const model::Inline& in) {
  std::string out;
  for (const auto& sp : in) {
    std::string t = escape(sp.text);
    if (!sp.lang.empty()) t = "<span lang=\"" + sp.lang + "\">" + t + "</span>";  // markdown.h
    switch (sp.style) {
      case model::Span::Style::Strong:
        out += "**" + t + "**";
        break;
      case model::Span::Style::Emphasis:
        out += "*" + t + "*";
        break;
      default:
        out += t;
        break;  // Byline: found again by its form (markdown.h)
    }
  }
  return out;
}

std::string field(std::string_view label, const std::string& value) {
  return std::string(label) + std::string(md::kColon) + escape(value);
}

void write_article(const model::Article& a, std::string& out) {
  out += a.head.headline.empty() ? "#\n\n" : "# " + escape(a.head.headline) + "\n\n";
  std::string fields;
  auto add = [&](std::string_view label, const std::string& v) {
    if (!v.empty()) fields += field(label, v) + "\n";
  };
  add(md::kKicker, a.head.kicker);
  add(md::kSubheadline, a.head.subheadline);
  add(md::kGenre, a.genre);
  if (a.kind != "news") add(md::kKind, a.kind);
  if (!fields.empty()) out += fields + "\n";
  for (const auto& b : a.blocks) {
    std::string text = model::plain_text(b.text);
    switch (b.kind) {
      case BlockKind::Byline:
        out += field(md::kByline, text);
        break;
      case BlockKind::ReadingTip:
        out += "> " + field(md::kTip, text);
        break;
      case BlockKind::SectionHead:
        out += "## " + escape(text);
        break;
      case BlockKind::Caption:
        out += field(md::kCaption, text);
        break;
      case BlockKind::Credit:
        out += field(md::kCredit, text);
        break;
      case BlockKind::Continuation:
        out += field(md::kContinuation, text);
        break;
      case BlockKind::EditorNote:
        out += "> " + escape(text);  // the note keeps its label: > 编者按：…
        break;
      case BlockKind::Paragraph:
        out += spans(b.text);
        break;
      case BlockKind::Image:  // its caption is the 图注 block after it
        out += "![" + escape(b.image.alt) + "](<" + b.image.file + ">)";
        break;
    }
    out += "\n\n";
  }
}

}  // namespace

std::string write_structured(const std::vector<model::Article>& articles) {
  std::string out = "<!-- wenzhai structured source: docs/structured-source.md -->\n\n";
  for (const auto& a : articles) write_article(a, out);
  return out;
}

namespace {

// "-->" would end the comment early; "--" inside comments is best avoided.
std::string comment_text(std::string s) {
  for (size_t k; (k = s.find("--")) != std::string::npos;) s.replace(k, 2, "\u2014");
  return s;
}

std::string review_comment(const Doubt& d, const std::string& page) {
  std::string where = page.empty() ? "" : page + ":";
  where += std::to_string(d.first_line);
  if (d.last_line != d.first_line) where += "-" + std::to_string(d.last_line);
  return "<!-- review: " + std::string(to_string(d.kind)) + " at " + where + ": " +
         comment_text(d.message) + " -->\n";
}

}  // namespace

std::string write_structured(const IssueReport& issue) {
  std::string out = "<!-- wenzhai structured source: docs/structured-source.md -->\n";
  size_t n = issue.doubt_count();
  if (n > 0)
    out += "<!-- review: " + std::to_string(n) +
           " doubtful decisions; each is noted before the article it concerns -->\n";
  // The doubts of a page go before the article that holds their first line: a page
  // article's own, or the one it was joined into. Furniture and lines before any article
  // go with the first article of the page; a page with no article has its doubts on top.
  std::vector<std::string> before(issue.articles.size());
  std::string top;
  for (const auto& d : issue.doubts) top += review_comment(d, "");
  for (size_t p = 0; p < issue.pages.size(); ++p) {
    const PageReport& page = issue.pages[p];
    for (const auto& d : page.doubts) {
      int line = d.first_line;
      if (line < 1 || line > static_cast<int>(page.line_owner.size())) continue;
      int owner = page.line_owner[line - 1];
      if (owner < 0 && page.articles.empty()) {
        top += review_comment(d, page.path);
        continue;
      }
      size_t a = owner >= 0 ? static_cast<size_t>(owner) : 0;
      before[issue.article_of[p][a]] += review_comment(d, page.path);
    }
  }
  out += top + "\n";
  for (size_t k = 0; k < issue.articles.size(); ++k) {
    out += before[k];
    write_article(issue.articles[k], out);
  }
  return out;
}

}  // namespace wz::ingest
