#include "ingest/json.h"

#include <cstdio>

#include "ingest/ingest.h"

namespace wz::ingest {

std::string json_string(std::string_view s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

namespace {

using model::BlockKind;

std::string str_or_null(const std::string& s) {
  return s.empty() ? "null" : json_string(s);
}

std::string array(const std::vector<std::string>& v) {
  std::string out = "[";
  for (size_t i = 0; i < v.size(); ++i) out += (i ? ", " : "") + json_string(v[i]);
  return out + "]";
}

// The article's byline: its separate byline lines (joined by a newline), else the inline
// byline span that opens its first paragraph.
std::string byline_of(const model::Article& a) {
  std::string by;
  for (const auto& b : a.blocks)
    if (b.kind == BlockKind::Byline) by += (by.empty() ? "" : "\n") + model::plain_text(b.text);
  if (!by.empty()) return by;
  for (const auto& b : a.blocks) {
    if (b.kind != BlockKind::Paragraph) continue;
    if (!b.text.empty() && b.text[0].style == model::Span::Style::Byline) return b.text[0].text;
    break;
  }
  return "";
}

std::string joined(const model::Article& a, BlockKind k, const char* sep) {
  std::string s;
  for (const auto& b : a.blocks)
    if (b.kind == k) s += (s.empty() ? "" : sep) + model::plain_text(b.text);
  return s;
}

std::vector<std::string> texts(const model::Article& a, BlockKind k) {
  std::vector<std::string> v;
  for (const auto& b : a.blocks)
    if (b.kind == k) v.push_back(model::plain_text(b.text));
  return v;
}

std::string article_json(const model::Article& a) {
  bool photo = a.kind == "photo";
  std::vector<std::string> paras = texts(a, photo ? BlockKind::Caption : BlockKind::Paragraph);
  std::string o = "    {";
  o += "\"kind\": " + json_string(a.kind);
  o += ", \"genre\": " + str_or_null(a.genre);
  o += ", \"kicker\": " + str_or_null(a.head.kicker);
  o += ", \"headline\": " + str_or_null(a.head.headline);
  o += ", \"subheadline\": " + str_or_null(a.head.subheadline);
  o += ", \"byline\": " + str_or_null(byline_of(a));
  o += ", \"reading_tip\": " + str_or_null(joined(a, BlockKind::ReadingTip, "\n"));
  o += ", \"section_heads\": " + array(texts(a, BlockKind::SectionHead));
  o += ", \"paragraphs\": " + array(paras);
  if (!photo) o += ", \"captions\": " + array(texts(a, BlockKind::Caption));
  o += ", \"credit\": " + str_or_null(joined(a, BlockKind::Credit, " "));
  o += ", \"line\": " + std::to_string(a.pos.line);
  return o + "}";
}

// "articles" (items with a head on the page) and "fragments" (text whose start is on
// another page: no head to match an article by).
std::string articles_json(const std::vector<model::Article>& articles) {
  std::vector<const model::Article*> heads, frags;
  for (const auto& a : articles) (a.kind == "fragment" ? frags : heads).push_back(&a);
  auto list = [](const std::vector<const model::Article*>& v) {
    std::string out = "[\n";
    for (size_t i = 0; i < v.size(); ++i)
      out += article_json(*v[i]) + (i + 1 < v.size() ? ",\n" : "\n");
    return out + "]";
  };
  return "\"articles\": " + list(heads) + ",\n\"fragments\": " + list(frags);
}

std::string doubt_json(const Doubt& d, const std::string& page) {
  char m[32];
  std::snprintf(m, sizeof m, "%.2f", d.margin);
  return "    {\"page\": " + json_string(page) + ", \"kind\": " + json_string(to_string(d.kind)) +
         ", \"lines\": [" + std::to_string(d.first_line) + ", " + std::to_string(d.last_line) +
         "], \"margin\": " + m + ", \"message\": " + json_string(d.message) + "}";
}

}  // namespace

std::string write_segment_json(const std::vector<model::Article>& articles) {
  return "{" + articles_json(articles) + "}\n";
}

std::string write_segment_json(const IssueReport& issue) {
  std::string out = "{" + articles_json(issue.articles) + ",\n\"furniture\": [";
  bool first = true;
  for (const auto& p : issue.pages) {
    for (const auto& f : p.furniture) {
      out += std::string(first ? "\n" : ",\n") + "    {\"page\": " + json_string(p.path) +
             ", \"line\": " + std::to_string(f.line) + ", \"text\": " + json_string(f.text) +
             ", \"reason\": " + json_string(f.reason) + "}";
      first = false;
    }
  }
  out += "\n],\n\"review\": [";
  first = true;
  auto add = [&](const Doubt& d, const std::string& page) {
    out += std::string(first ? "\n" : ",\n") + doubt_json(d, page);
    first = false;
  };
  for (const auto& p : issue.pages)
    for (const auto& d : p.doubts) add(d, p.path);
  for (const auto& d : issue.doubts) add(d, "");
  return out + "\n]}\n";
}

}  // namespace wz::ingest
