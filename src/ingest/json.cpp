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

}  // namespace

std::string write_segment_json(const std::vector<model::Article>& articles) {
  std::string out = "{\"articles\": [\n";
  for (size_t i = 0; i < articles.size(); ++i)
    out += article_json(articles[i]) + (i + 1 < articles.size() ? ",\n" : "\n");
  return out + "]}\n";
}

}  // namespace wz::ingest
