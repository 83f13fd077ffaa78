// model/pages: the glyph run's compact cluster texts (pages.h). Consumes UTF-8 cluster
// texts; produces them back byte for byte.
#include "model/pages.h"

#include "base/utf8.h"

namespace wz::pages {

namespace {

// The code point `text` is when it is exactly one (valid UTF-8), else Glyph::kNoText.
std::uint32_t one_code_point(std::string_view text) {
  if (text.empty() || text.size() > 4 || utf8::first_invalid(text) >= 0) return Glyph::kNoText;
  size_t at = 0;
  char32_t c = utf8::next(text, at);
  return at == text.size() ? static_cast<std::uint32_t>(c) : Glyph::kNoText;
}

}  // namespace

void GlyphRun::add(std::uint32_t gid, double x, double y, std::string_view text) {
  Glyph g{gid, Glyph::kNoText, x, y};
  set_text(g, text);
  glyphs.push_back(g);
}

void GlyphRun::set_text(Glyph& g, std::string_view text) {
  if (text.empty()) {
    g.text = Glyph::kNoText;
  } else if (std::uint32_t c = one_code_point(text); c != Glyph::kNoText) {
    g.text = c;
  } else {
    g.text = Glyph::kCluster | static_cast<std::uint32_t>(clusters.size());
    clusters.emplace_back(text);
  }
}

void GlyphRun::append_text(const Glyph& g, std::string& out) const {
  if (!g.has_text()) return;
  if (g.text & Glyph::kCluster)
    out += clusters.at(g.text & ~Glyph::kCluster);
  else
    utf8::append(out, static_cast<char32_t>(g.text));
}

std::string GlyphRun::text(const Glyph& g) const {
  std::string s;
  append_text(g, s);
  return s;
}

std::string GlyphRun::text() const {
  std::string s;
  for (const Glyph& g : glyphs) append_text(g, s);
  return s;
}

}  // namespace wz::pages
