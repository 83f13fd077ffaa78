#include "cli/rebuild.h"

#include <cstdio>
#include <filesystem>
#include <map>
#include <set>

#include "base/error.h"
#include "base/file.h"
#include "model/manifest.h"

namespace wz::cli {
namespace {

namespace fs = std::filesystem;

// A field of a key: its length first, so that no two different lists give one key.
void field(std::string& key, const std::string& s) {
  key += std::to_string(s.size()) + ':' + s;
}

// A file's bytes as a field; a file that cannot be read is marked so (its build fails).
void file_field(std::string& key, const std::string& path) {
  field(key, path);
  try {
    field(key, read_file(path));
  } catch (const Error&) {
    field(key, "(unreadable)");
  }
}

std::string num(double v) {
  char b[32];
  std::snprintf(b, sizeof b, "%.17g", v);
  return b;
}

}  // namespace

std::string ingest_key(const std::string& manifest, bool allow_outside, int repeat) {
  std::string key = std::string(allow_outside ? "outside " : "inside ") + std::to_string(repeat);
  file_field(key, manifest);
  try {
    model::Digest d = model::load_manifest(manifest, {allow_outside});
    for (const auto& is : d.issues) {
      for (const auto& s : is.sources) file_field(key, s);
      for (const auto& im : is.images) file_field(key, im.file);
    }
  } catch (const Error&) {
    // The build reports the manifest's error; its bytes are the key.
  }
  return key;
}

std::string media_key(const model::Digest& d, long long date) {
  std::string key = std::to_string(date) + ' ' + model::to_string(d.options.profile);
  if (!d.options.cover_image.empty()) file_field(key, d.options.cover_image);
  for (const auto& is : d.issues)
    for (const auto& a : is.articles)
      for (const auto& b : a.blocks)
        if (b.kind == model::BlockKind::Image) file_field(key, b.image.file);
  return key;
}

std::string epub_layout_key(const std::vector<model::Layout>& layouts) {
  std::string key;
  for (const auto& L : layouts) {
    field(key, L.name);
    key += num(L.body_size) + ' ' + num(L.line_pitch) + ' ' + num(L.indent) + ' ' +
           (L.vertical() ? "v " : "h ") + model::to_string(L.variant) + ' ';
    for (const auto& [role, family] : L.fonts) key += model::to_string(role) + ('=' + family) + ';';
    for (const auto& [name, st] : L.styles)
      key += std::string(model::to_string(name)) + '=' + model::to_string(st.font) + ',' +
             num(st.size) + ',' + num(st.leading) + ',' +
             std::to_string(static_cast<int>(st.align)) + ',' + num(st.space_before) + ',' +
             num(st.space_after) + ',' + num(st.indent) + ',' + (st.bold ? "b;" : "r;");
    model::Labels labels = L.labels;
    for (const std::string* s : labels.all()) field(key, *s);
  }
  return key;
}

std::string pdf_layout_key(const model::Digest& d, const std::vector<model::Layout>& layouts,
                           const std::vector<std::string>& layout_dirs) {
  std::string key = epub_layout_key(layouts);
  std::string base = fs::path(d.manifest_path).parent_path().string();
  for (const auto& is : d.issues)
    file_field(key, model::layout_file(is.layout, base, layout_dirs, is.layout_pos));
  return key;
}

std::string glyph_key(const pages::Document& doc) {
  std::map<int, std::set<std::uint32_t>> used;  // font -> glyph ids (as pdf/font_needs reads)
  std::set<int> vertical;
  for (const auto& p : doc.pages)
    for (const auto& it : p.items) {
      if (it.kind() != pages::Item::Kind::Run) continue;
      auto& ids = used[it.run().font];
      for (const auto& g : it.run().glyphs) ids.insert(g.gid);
      if (it.run().dir == pages::GlyphRun::Dir::Vertical) vertical.insert(it.run().font);
    }
  std::string key;
  for (const auto& [font, ids] : used) {
    if (font >= 0 && static_cast<size_t>(font) < doc.fonts.size())
      field(key, doc.fonts[font].path + '#' + std::to_string(doc.fonts[font].index));
    key += vertical.count(font) ? "v" : "h";
    for (auto id : ids) key += ' ' + std::to_string(id);
    key += '\n';
  }
  return key;
}

}  // namespace wz::cli
