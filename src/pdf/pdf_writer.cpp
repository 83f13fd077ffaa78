#include "pdf/pdf_writer.h"

#include <podofo/podofo.h>

#include <chrono>
#include <cmath>
#include <future>
#include <map>
#include <memory>
#include <sstream>

#include "base/error.h"
#include "base/file.h"
#include "pdf/cid_font.h"
#include "pdf/content.h"
#include "pdf/deflate.h"
#include "pdf/navigation.h"

namespace wz::pdf {
namespace {

using Clock = std::chrono::steady_clock;
double ms_since(Clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

bool finite(double v) {
  return std::isfinite(v);
}

// Checks what the PDF writer relies on; the typesetter should never produce these.
void validate(const pages::Document& doc, const std::string& path) {
  SourcePos where{path};
  auto page_ok = [&](int p) { return p >= 0 && static_cast<size_t>(p) < doc.pages.size(); };
  if (doc.pages.empty()) throw Error(where, "document has no pages");
  for (size_t i = 0; i < doc.pages.size(); ++i) {
    const pages::Page& p = doc.pages[i];
    std::string at = "page " + std::to_string(i + 1) + ": ";
    if (!(p.width > 0 && p.height > 0 && finite(p.width) && finite(p.height)))
      throw Error(where, at + "page size must be positive");
    for (const pages::Item& it : p.items) {
      if (it.kind != pages::Item::Kind::Run) continue;
      const pages::GlyphRun& r = it.run;
      if (r.font < 0 || static_cast<size_t>(r.font) >= doc.fonts.size())
        throw Error(where, at + "glyph run names font " + std::to_string(r.font) +
                               ", but the document has " + std::to_string(doc.fonts.size()));
      if (!(r.size > 0 && finite(r.size)) || !finite(r.x) || !finite(r.y))
        throw Error(where, at + "glyph run has a bad size or origin");
      for (const pages::Glyph& g : r.glyphs)
        if (!finite(g.x) || !finite(g.y)) throw Error(where, at + "glyph at a non-finite position");
    }
    for (const pages::Link& l : p.links)
      if (!page_ok(l.target_page))
        throw Error(where, at + "link to page " + std::to_string(l.target_page + 1) +
                               ", which does not exist");
  }
  std::vector<const pages::Bookmark*> todo;
  for (const auto& b : doc.outline) todo.push_back(&b);
  while (!todo.empty()) {
    const pages::Bookmark* b = todo.back();
    todo.pop_back();
    if (!page_ok(b->page))
      throw Error(where, "bookmark \"" + b->title + "\" points at page " +
                             std::to_string(b->page + 1) + ", which does not exist");
    for (const auto& c : b->children) todo.push_back(&c);
  }
}

// The faces of the document, each opened once (fonts listed twice share one face).
struct Faces {
  std::vector<std::unique_ptr<CidFont>> fonts;
  std::vector<FontSlot> slots;  // per Document::fonts entry
};

Faces open_and_scan(const pages::Document& doc, std::vector<std::string>& warnings) {
  Faces f;
  f.slots.resize(doc.fonts.size());
  std::map<std::pair<std::string, int>, int> by_face;
  for (const pages::Page& p : doc.pages) {
    for (const pages::Item& it : p.items) {
      if (it.kind != pages::Item::Kind::Run || it.run.glyphs.empty()) continue;
      FontSlot& slot = f.slots[it.run.font];
      if (!slot.font) {
        const pages::FontFace& ff = doc.fonts[it.run.font];
        auto [pos, fresh] =
            by_face.emplace(std::make_pair(ff.path, ff.index), static_cast<int>(f.fonts.size()));
        if (fresh) f.fonts.push_back(std::make_unique<CidFont>(ff));
        slot.face = pos->second;
        slot.font = f.fonts[pos->second].get();
      }
      CidFont& font = *f.fonts[slot.face];
      for (const pages::Glyph& g : it.run.glyphs) font.use(g.gid, g.text, it.run.dir, warnings);
    }
  }
  return f;
}

void set_flate_stream(PoDoFo::PdfObject* obj, const std::string& z) {
  PoDoFo::TVecFilters none;
  obj->GetStream()->Set(z.data(), static_cast<PoDoFo::pdf_long>(z.size()), none);
  obj->GetDictionary().AddKey(PoDoFo::PdfName("Filter"), PoDoFo::PdfName("FlateDecode"));
}

// Builds the PoDoFo document and serialises it into `out` (memory: every byte reaches the
// file through base/output.h, which checks each write).
void assemble(const pages::Document& doc, const Faces& faces,
              const std::vector<std::string>& contents, const std::vector<FontUses>& uses,
              std::ostream& out, WriteStats& st) {
  using namespace PoDoFo;
  PdfMemDocument pdf;
  pdf.SetPdfVersion(ePdfVersion_1_6);
  std::vector<PdfReference> href(faces.fonts.size()), vref(faces.fonts.size());
  for (size_t i = 0; i < faces.fonts.size(); ++i) {
    faces.fonts[i]->emit(pdf, &href[i], &vref[i]);
    st.fonts.push_back(faces.fonts[i]->base_font());
  }
  std::vector<PdfPage*> pages;
  for (size_t i = 0; i < doc.pages.size(); ++i) {
    const pages::Page& p = doc.pages[i];
    PdfPage* page = pdf.InsertPage(PdfRect(0, 0, p.width, p.height), static_cast<int>(i));
    set_flate_stream(page->GetContentsForAppending(), contents[i]);
    if (!uses[i].empty()) {
      PdfDictionary fonts;
      for (auto [face, vert] : uses[i])
        fonts.AddKey(PdfName(font_resource_name(face, vert)), vert ? vref[face] : href[face]);
      page->GetResources()->GetDictionary().AddKey(PdfName("Font"), fonts);
    }
    pages.push_back(page);
  }
  add_links(pdf, doc, pages);
  add_outline(pdf, doc, pages);
  add_page_labels(pdf, doc);
  add_info_and_catalog(pdf, doc.meta);
  PdfOutputDevice device(&out);
  pdf.Write(&device);
  device.Flush();
}

}  // namespace

WriteStats render_pdf(const pages::Document& doc, const std::string& path, std::string& bytes) {
  const auto t0 = Clock::now();
  WriteStats st;
  validate(doc, path);
  Faces faces = open_and_scan(doc, st.warnings);
  st.ms_scan = ms_since(t0);

  // Font programs in worker threads (subset + Flate dominate the time); the page content
  // streams meanwhile on this thread.
  const auto t_fonts = Clock::now();
  std::vector<std::future<void>> jobs;
  for (auto& f : faces.fonts)
    jobs.push_back(std::async(std::launch::async, [font = f.get()] { font->build_program(); }));

  const auto t_content = Clock::now();
  std::vector<std::string> contents(doc.pages.size());
  std::vector<FontUses> uses(doc.pages.size());
  for (size_t i = 0; i < doc.pages.size(); ++i)
    contents[i] = deflate_bytes(page_content(doc.pages[i], faces.slots, uses[i]));
  st.ms_content = ms_since(t_content);

  for (auto& j : jobs) j.get();  // rethrows a worker's wz::Error
  st.ms_subset = ms_since(t_fonts);
  for (auto& f : faces.fonts) {
    st.ms_subset_cpu += f->ms_subset, st.ms_deflate_fonts += f->ms_deflate;
    st.font_stats.push_back({f->base_font(), f->glyphs_used(), f->program_bytes(),
                             f->program_flate_bytes(), f->ms_subset, f->ms_deflate});
  }

  const auto t_out = Clock::now();
  std::ostringstream out;
  try {
    assemble(doc, faces, contents, uses, out, st);
  } catch (const PoDoFo::PdfError& e) {
    throw Error(SourcePos{path},
                std::string("cannot write PDF: ") + PoDoFo::PdfError::ErrorName(e.GetError()));
  }
  if (!out) throw Error(SourcePos{path}, "cannot write PDF: serialising failed");
  bytes = std::move(out).str();
  st.ms_serialise = ms_since(t_out);
  st.pages = static_cast<int>(doc.pages.size());
  st.bytes = bytes.size();
  st.ms_write = ms_since(t0) - st.ms_subset;
  return st;
}

WriteStats write_pdf(const pages::Document& doc, const std::string& path) {
  std::string bytes;
  WriteStats st = render_pdf(doc, path, bytes);
  write_file_atomic(path, bytes);
  return st;
}

}  // namespace wz::pdf
