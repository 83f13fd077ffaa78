#include "model/dump.h"

#include <filesystem>

namespace wz::model {
namespace {

std::string spans(const Inline& in) {
  std::string s;
  for (const auto& sp : in) {
    switch (sp.style) {
      case Span::Style::Plain:
        s += sp.text;
        break;
      case Span::Style::Strong:
        s += "**" + sp.text + "**";
        break;
      case Span::Style::Emphasis:
        s += "*" + sp.text + "*";
        break;
      case Span::Style::Byline:
        s += "[byline:" + sp.text + "]";
        break;
    }
  }
  return s;
}

std::string where(const SourcePos& p, const DumpOptions& opt) {
  if (!opt.positions) return "";
  return "  @" + std::filesystem::path(p.file).filename().string() + ":" + std::to_string(p.line);
}

void article(std::string& out, const Article& a, const DumpOptions& opt) {
  out += "  article kind=" + a.kind + (a.genre.empty() ? "" : " genre=" + a.genre) + "\n";
  if (!a.head.kicker.empty()) out += "    kicker: " + a.head.kicker + "\n";
  if (!a.head.headline.empty()) out += "    headline: " + a.head.headline + "\n";
  if (!a.head.subheadline.empty()) out += "    subheadline: " + a.head.subheadline + "\n";
  for (const auto& b : a.blocks)
    out +=
        std::string("    ") + to_string(b.kind) + ": " + spans(b.text) + where(b.pos, opt) + "\n";
}

}  // namespace

std::string dump(const std::vector<Article>& articles, const DumpOptions& opt) {
  std::string out;
  for (const auto& a : articles) article(out, a, opt);
  return out;
}

std::string dump(const Digest& d, const DumpOptions& opt) {
  std::string out = "digest: " + d.title + "\n";
  auto field = [&](const char* k, const std::string& v) {
    if (!v.empty()) out += std::string(k) + ": " + v + "\n";
  };
  field("subtitle", d.subtitle);
  field("editor", d.editor);
  field("publisher", d.publisher);
  field("date", d.date);
  field("identifier", d.identifier);
  field("language", d.language);
  for (const auto& is : d.issues) {
    out += "issue: " + is.title + (is.date.empty() ? "" : " (" + is.date + ")") +
           " layout=" + is.layout + "\n";
    out += dump(is.articles, opt);
  }
  return out;
}

}  // namespace wz::model
