#include "pdf/pdf_writer.h"

#include <podofo/podofo.h>

#include <chrono>
#include <cmath>
#include <future>
#include <map>
#include <memory>
#include <optional>
#include <sstream>

#include "base/error.h"
#include "base/file.h"
#include "base/output.h"
#include "pdf/cid_font.h"
#include "pdf/conformance.h"
#include "pdf/content.h"
#include "pdf/deflate.h"
#include "pdf/navigation.h"
#include "pdf/pictures.h"
#include "pdf/structure.h"

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
    if (!(p.bleed >= 0 && p.slug >= 0 && finite(p.bleed) && finite(p.slug)))
      throw Error(where, at + "bleed and slug must be zero or positive");
    for (const pages::Item& it : p.items) {
      if (it.kind() != pages::Item::Kind::Run) continue;
      const pages::GlyphRun& r = it.run();
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
      if (it.kind() != pages::Item::Kind::Run || it.run().glyphs.empty()) continue;
      const pages::GlyphRun& r = it.run();
      FontSlot& slot = f.slots[r.font];
      if (!slot.font) {
        const pages::FontFace& ff = doc.fonts[r.font];
        auto [pos, fresh] =
            by_face.emplace(std::make_pair(ff.path, ff.index), static_cast<int>(f.fonts.size()));
        if (fresh) f.fonts.push_back(std::make_unique<CidFont>(ff));
        slot.face = pos->second;
        slot.font = f.fonts[pos->second].get();
      }
      CidFont& font = *f.fonts[slot.face];
      std::string text;
      for (const pages::Glyph& g : r.glyphs) font.use(r, g, text, warnings);
    }
  }
  return f;
}

void set_flate_stream(PoDoFo::PdfObject* obj, const std::string& z) {
  PoDoFo::TVecFilters none;
  obj->GetStream()->Set(z.data(), static_cast<PoDoFo::pdf_long>(z.size()), none);
  obj->GetDictionary().AddKey(PoDoFo::PdfName("Filter"), PoDoFo::PdfName("FlateDecode"));
}

// The content of every page, compressed, with what its resources need.
struct PageStreams {
  std::vector<std::string> contents;
  std::vector<FontUses> uses;
  std::vector<char> registration;  // the page paints in registration colour
  PicturePlan pictures;            // the image XObjects, which each placement draws
  StructurePlan structure;         // tagged PDF: the marks and the element tree
};

// [/Separation /All /DeviceCMYK f]: registration colour, tint 1 = every plate at 100%.
PoDoFo::PdfReference registration_space(PoDoFo::PdfMemDocument& pdf) {
  using namespace PoDoFo;
  PdfDictionary fn;
  fn.AddKey(PdfName("FunctionType"), PdfObject(static_cast<pdf_int64>(2)));
  PdfArray domain, c0, c1;
  domain.push_back(PdfObject(static_cast<pdf_int64>(0)));
  domain.push_back(PdfObject(static_cast<pdf_int64>(1)));
  for (int i = 0; i < 4; ++i) {
    c0.push_back(PdfObject(static_cast<pdf_int64>(0)));
    c1.push_back(PdfObject(static_cast<pdf_int64>(1)));
  }
  fn.AddKey(PdfName("Domain"), domain);
  fn.AddKey(PdfName("C0"), c0);
  fn.AddKey(PdfName("C1"), c1);
  fn.AddKey(PdfName("N"), PdfObject(static_cast<pdf_int64>(1)));
  PdfArray cs;
  cs.push_back(PdfName("Separation"));
  cs.push_back(PdfName("All"));
  cs.push_back(PdfName("DeviceCMYK"));
  cs.push_back(fn);
  return pdf.GetObjects().CreateObject(cs)->Reference();
}

PoDoFo::PdfArray rect_array(double x0, double y0, double x1, double y1) {
  PoDoFo::PdfArray a;
  for (double v : {x0, y0, x1, y1}) a.push_back(PoDoFo::PdfObject(std::round(v * 1000) / 1000));
  return a;
}

// The page tree, built by appending: PoDoFo 0.9.8's InsertPage copies the whole /Kids
// array on every call (quadratic: 29% of the time at 2,534 pages, most of it past 10,000).
// Pages are created as objects and their references appended to the root /Pages node's
// /Kids, in order; /Count is set once. The objects and their order are the ones
// InsertPage made, so the bytes are too. The tree stays flat, as PoDoFo made it.
class PageTree {
 public:
  explicit PageTree(PoDoFo::PdfMemDocument& pdf)
      : objects_(pdf.GetObjects()), root_(pdf.GetPagesTree()->GetObject()) {}
  PoDoFo::PdfPage* append(const PoDoFo::PdfRect& box) {
    auto& page = pages_.emplace_back(std::make_unique<PoDoFo::PdfPage>(box, &objects_));
    page->GetObject()->GetDictionary().AddKey(PoDoFo::PdfName("Parent"), root_->Reference());
    root_->GetDictionary()
        .GetKey(PoDoFo::PdfName("Kids"))
        ->GetArray()
        .push_back(page->GetObject()->Reference());
    return page.get();
  }
  // Sets /Count; call once, after the last append.
  void close() {
    root_->GetDictionary().AddKey(PoDoFo::PdfName("Count"),
                                  PoDoFo::PdfObject(static_cast<PoDoFo::pdf_int64>(pages_.size())));
  }

 private:
  PoDoFo::PdfVecObjects& objects_;
  PoDoFo::PdfObject* root_;
  std::vector<std::unique_ptr<PoDoFo::PdfPage>> pages_;  // the wrappers; objects are the doc's
};

// A page whose MediaBox is the trim grown by bleed + slug; TrimBox and BleedBox for print.
PoDoFo::PdfPage* insert_page(PageTree& tree, const pages::Page& p, bool print) {
  const double off = p.bleed + p.slug, w = p.width + 2 * off, h = p.height + 2 * off;
  PoDoFo::PdfPage* page = tree.append(PoDoFo::PdfRect(0, 0, w, h));
  if (print || off > 0) {
    PoDoFo::PdfDictionary& d = page->GetObject()->GetDictionary();
    const double b = off - p.bleed;
    d.AddKey(PoDoFo::PdfName("TrimBox"), rect_array(off, off, w - off, h - off));
    d.AddKey(PoDoFo::PdfName("BleedBox"), rect_array(b, b, w - b, h - b));
  }
  return page;
}

// The page's /XObject resources: each picture copy it places, once.
void add_picture_resources(PoDoFo::PdfDictionary& res, const std::vector<int>& placed,
                           const std::vector<PoDoFo::PdfReference>& pictures) {
  PoDoFo::PdfDictionary xobjects;
  for (int copy : placed)
    xobjects.AddKey(PoDoFo::PdfName(picture_resource_name(copy)), pictures.at(copy));
  if (!xobjects.GetKeys().empty()) res.AddKey(PoDoFo::PdfName("XObject"), xobjects);
}

// Builds the PoDoFo document and serialises it into `out` (a string, or a temporary file of
// base/output.h through TempOutputBuf: every byte reaches the file through its checked
// writes); st.bytes = the bytes written.
void assemble(const pages::Document& doc, const Faces& faces, PageStreams& ps, std::ostream& out,
              WriteStats& st) {
  using namespace PoDoFo;
  PdfMemDocument pdf;
  // PDF/UA-1 is built on PDF 1.7 (ISO 32000-1); PDF/X-4 allows no more than 1.6.
  const bool ua = doc.tagged && doc.conformance != pages::Conformance::PdfX4;
  pdf.SetPdfVersion(ua ? ePdfVersion_1_7 : ePdfVersion_1_6);
  std::vector<PdfReference> href(faces.fonts.size()), vref(faces.fonts.size());
  for (size_t i = 0; i < faces.fonts.size(); ++i) {
    faces.fonts[i]->emit(pdf, &href[i], &vref[i]);
    st.fonts.push_back(faces.fonts[i]->base_font());
  }
  const bool print = doc.conformance == pages::Conformance::PdfX4;
  std::optional<PdfReference> reg;
  std::string fingerprint;  // the XMP document ID is derived from the content
  // Only PDF/X and PDF/A carry that ID (add_conformance): a reading copy keeps no second
  // copy of every content stream for it (at 4,000 pages, tens of MB at the peak).
  const bool fingerprinted = doc.conformance != pages::Conformance::None;
  const std::vector<PdfReference> pictures = add_pictures(pdf, doc, ps.pictures, st);
  std::vector<PdfPage*> pages;
  PageTree tree(pdf);
  for (size_t i = 0; i < doc.pages.size(); ++i) {
    PdfPage* page = insert_page(tree, doc.pages[i], print);
    set_flate_stream(page->GetContentsForAppending(), ps.contents[i]);
    if (fingerprinted) fingerprint += ps.contents[i];
    std::string().swap(ps.contents[i]);  // PoDoFo has its copy
    PdfDictionary& res = page->GetResources()->GetDictionary();
    if (!ps.uses[i].empty()) {
      PdfDictionary fonts;
      for (auto [face, vert] : ps.uses[i])
        fonts.AddKey(PdfName(font_resource_name(face, vert)), vert ? vref[face] : href[face]);
      res.AddKey(PdfName("Font"), fonts);
    }
    add_picture_resources(res, ps.pictures.placed[i], pictures);
    if (ps.registration[i]) {
      if (!reg) reg = registration_space(pdf);
      PdfDictionary spaces;
      spaces.AddKey(PdfName(kRegistrationSpace), *reg);
      res.AddKey(PdfName("ColorSpace"), spaces);
    }
    pages.push_back(page);
  }
  tree.close();
  add_links(pdf, doc, pages);
  add_outline(pdf, doc, pages);
  add_page_labels(pdf, doc);
  add_info_and_catalog(pdf, doc.meta);
  if (doc.tagged) add_structure(pdf, ps.structure, pages);
  if (fingerprinted)
    for (const auto& f : st.fonts) fingerprint += f;
  add_conformance(pdf, doc, fingerprint);
  PdfOutputDevice device(&out);
  pdf.Write(&device);
  device.Flush();
  st.bytes = device.GetLength();
}

// PoDoFo's output into a TempOutput, through a buffer (PoDoFo writes a few bytes at a time).
// A failed write throws wz::Error from TempOutput; the stream that owns this buffer rethrows
// it (exceptions(badbit)), so the error names the file and the cause (disk full, ...).
class TempOutputBuf : public std::streambuf {
 public:
  explicit TempOutputBuf(TempOutput& out) : out_(out), buf_(kBufferBytes) {
    setp(buf_.data(), buf_.data() + buf_.size());
  }

 protected:
  int_type overflow(int_type c) override {
    drain();
    if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
    *pptr() = traits_type::to_char_type(c);
    pbump(1);
    return c;
  }
  std::streamsize xsputn(const char* s, std::streamsize n) override {
    if (n < epptr() - pptr()) return std::streambuf::xsputn(s, n);
    drain();
    out_.write(std::string_view(s, static_cast<size_t>(n)));
    return n;
  }
  int sync() override {
    drain();
    return 0;
  }

 private:
  // 1 MiB: few write calls for a file of tens of MB, and little memory.
  static constexpr size_t kBufferBytes = size_t{1} << 20;
  void drain() {
    out_.write(std::string_view(pbase(), static_cast<size_t>(pptr() - pbase())));
    setp(buf_.data(), buf_.data() + buf_.size());
  }
  TempOutput& out_;
  std::vector<char> buf_;
};

}  // namespace

// The writer between its two halves: the document (its pages' items released once their
// content streams are made), the faces with every glyph use, and the content streams.
struct PreparedPdf {
  pages::Document owned;  // prepare_pdf's document (render_pdf's callers keep their own)
  const pages::Document* doc = nullptr;
  std::string path;
  WriteStats st;
  Faces faces;
  PageStreams ps;
  double ms = 0;  // the first half's wall time
};

namespace {

// Checks the document and records every glyph use of each face.
void scan(PreparedPdf& p) {
  const auto t0 = Clock::now();
  validate(*p.doc, p.path);
  p.faces = open_and_scan(*p.doc, p.st.warnings);
  p.st.ms_scan = ms_since(t0);
}

// Font programs in worker threads (subset + Flate dominate the time), started once every
// glyph use is recorded.
std::vector<std::future<void>> start_fonts(PreparedPdf& p, fontfile::SubsetCache* shared) {
  std::vector<std::future<void>> jobs;
  for (auto& f : p.faces.fonts)
    jobs.push_back(
        std::async(std::launch::async, [font = f.get(), shared] { font->build_program(shared); }));
  return jobs;
}

// Every page's content stream, compressed; with `release` (the document's own pages), each
// page's items and marks are freed once its stream is made. The font workers only read the
// fonts' texts meanwhile.
void make_contents(PreparedPdf& p, std::vector<pages::Page>* release) {
  const auto t_content = Clock::now();
  const pages::Document& doc = *p.doc;
  PageStreams& ps = p.ps;
  ps.contents.resize(doc.pages.size());
  ps.uses.resize(doc.pages.size());
  ps.registration.resize(doc.pages.size());
  auto glyph_text = [&](int font, std::uint32_t gid) {
    return p.faces.slots[font].font->text(gid);
  };
  if (doc.tagged) ps.structure = plan_structure(doc, glyph_text);
  ps.pictures = plan_pictures(doc);  // before the items are released
  for (size_t i = 0; i < doc.pages.size(); ++i) {
    bool reg = false;
    const std::vector<Mark>* marks = doc.tagged ? &ps.structure.marks[i] : nullptr;
    ps.contents[i] =
        deflate_bytes(page_content(doc.pages[i], p.faces.slots, ps.uses[i], doc.conformance, &reg,
                                   marks, &ps.pictures.placed[i]));
    ps.registration[i] = reg;
    if (release) {
      std::vector<pages::Item>().swap((*release)[i].items);
      if (doc.tagged) std::vector<Mark>().swap(ps.structure.marks[i]);  // add_structure
    }                                                                   // reads none
  }
  p.st.ms_content = ms_since(t_content);
}

// Waits for the font workers and serialises the document into `out`.
WriteStats finish(PreparedPdf& p, std::vector<std::future<void>>& jobs, Clock::time_point t_fonts,
                  std::ostream& out) {
  WriteStats& st = p.st;
  for (auto& j : jobs) j.get();  // rethrows a worker's wz::Error
  st.ms_subset = ms_since(t_fonts);
  for (auto& f : p.faces.fonts) {
    st.ms_subset_cpu += f->ms_subset, st.ms_deflate_fonts += f->ms_deflate;
    st.font_stats.push_back({f->base_font(), f->glyphs_used(), f->program_bytes(),
                             f->program_flate_bytes(), f->ms_subset, f->ms_deflate});
  }
  const auto t_out = Clock::now();
  try {
    assemble(*p.doc, p.faces, p.ps, out, st);
  } catch (const PoDoFo::PdfError& e) {
    throw Error(SourcePos{p.path},
                std::string("cannot write PDF: ") + PoDoFo::PdfError::ErrorName(e.GetError()));
  }
  if (!out) throw Error(SourcePos{p.path}, "cannot write PDF: serialising failed");
  st.ms_serialise = ms_since(t_out);
  st.pages = static_cast<int>(p.doc->pages.size());
  st.ms_write = p.ms + ms_since(t_fonts) - st.ms_subset;  // all but waiting for the fonts
  return std::move(st);
}

// render_pdf in one go; with `release` (doc's own pages), each page's items are freed once
// written. The fonts are subset while the content streams are made.
WriteStats render(const pages::Document& doc, std::vector<pages::Page>* release,
                  const std::string& path, std::ostream& out, fontfile::SubsetCache* shared) {
  const auto t0 = Clock::now();
  PreparedPdf p;
  p.doc = &doc, p.path = path;
  scan(p);
  p.ms = ms_since(t0);
  const auto t_fonts = Clock::now();
  auto jobs = start_fonts(p, shared);
  make_contents(p, release);
  return finish(p, jobs, t_fonts, out);
}

// render into memory, then the bytes to `bytes`.
WriteStats render_to_string(const pages::Document& doc, std::vector<pages::Page>* release,
                            const std::string& path, std::string& bytes,
                            fontfile::SubsetCache* shared) {
  std::ostringstream out;
  WriteStats st = render(doc, release, path, out, shared);
  bytes = std::move(out).str();
  return st;
}

}  // namespace

WriteStats render_pdf(const pages::Document& doc, const std::string& path, std::string& bytes,
                      fontfile::SubsetCache* shared) {
  return render_to_string(doc, nullptr, path, bytes, shared);
}

WriteStats render_pdf(pages::Document&& doc, const std::string& path, std::string& bytes,
                      fontfile::SubsetCache* shared) {
  return render_to_string(doc, &doc.pages, path, bytes, shared);
}

WriteStats render_pdf(pages::Document&& doc, TempOutput& out, fontfile::SubsetCache* shared) {
  TempOutputBuf buf(out);
  std::ostream stream(&buf);
  stream.exceptions(std::ios::badbit);  // rethrows TempOutput's wz::Error as it is
  WriteStats st = render(doc, &doc.pages, out.path(), stream, shared);
  stream.flush();
  out.finish();
  return st;
}

std::shared_ptr<PreparedPdf> prepare_pdf(pages::Document&& doc, const std::string& path) {
  const auto t0 = Clock::now();
  auto p = std::make_shared<PreparedPdf>();
  p->owned = std::move(doc);
  p->doc = &p->owned, p->path = path;
  scan(*p);
  make_contents(*p, &p->owned.pages);
  p->ms = ms_since(t0);
  return p;
}

WriteStats finish_pdf(PreparedPdf& prepared, TempOutput& out, fontfile::SubsetCache* shared) {
  TempOutputBuf buf(out);
  std::ostream stream(&buf);
  stream.exceptions(std::ios::badbit);  // rethrows TempOutput's wz::Error as it is
  const auto t_fonts = Clock::now();
  auto jobs = start_fonts(prepared, shared);
  WriteStats st = finish(prepared, jobs, t_fonts, stream);
  stream.flush();
  out.finish();
  return st;
}

WriteStats write_pdf(const pages::Document& doc, const std::string& path) {
  std::string bytes;
  WriteStats st = render_pdf(doc, path, bytes);
  write_file_atomic(path, bytes);
  return st;
}

}  // namespace wz::pdf
