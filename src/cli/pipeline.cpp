#include "cli/pipeline.h"

#include <malloc.h>
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <future>
#include <iostream>
#include <set>

#include "base/data_dir.h"
#include "base/file.h"
#include "base/fontfind.h"
#include "base/picture_store.h"
#include "base/utf8.h"
#include "cli/rebuild.h"
#include "epub/epub_writer.h"
#include "fontfile/subset.h"
#include "ingest/encoding.h"
#include "ingest/ingest.h"
#include "ingest/pictures.h"
#include "model/manifest.h"
#include "pdf/pdf_writer.h"
#include "typeset/fonts/font_library.h"
#include "typeset/page/typeset.h"
#include "variant/variant.h"

#ifndef WZ_DATA_DIR
#define WZ_DATA_DIR "."
#endif

namespace wz::cli {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

// Free heap memory is given back to the system after the PDF's first half (malloc_trim)
// only above this: the five-page digest has ~10 MiB free there, which the EPUB and the
// PDF's objects soon use again (trimmed, each page is faulted in anew); 1,000 pages free
// hundreds of MiB.
constexpr std::size_t kTrimAbove = std::size_t{64} << 20;

double ms_since(Clock::time_point t) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

// The document date: SOURCE_DATE_EPOCH when set, else the manifest's date (YYYY, YYYY-MM
// or YYYY-MM-DD, at 00:00 UTC), else none (0). Never the clock: the same input gives
// byte-identical files.
long long document_date(const model::Digest& d) {
  int y = 0, m = 1, day = 1;
  if (std::sscanf(d.date.c_str(), "%4d-%2d-%2d", &y, &m, &day) < 1 || y < 1970)
    return source_date_epoch(0);
  std::tm tm{};
  tm.tm_year = y - 1900, tm.tm_mon = m - 1, tm.tm_mday = day;
  return source_date_epoch(static_cast<long long>(timegm(&tm)));
}

// The output directory, created when missing; a file of that name is the user's mistake.
void prepare_out_dir(const std::string& dir) {
  std::error_code ec;
  if (fs::exists(dir, ec) && !fs::is_directory(dir, ec))
    throw Error("-o " + dir +
                ": is a file, not a directory (-o names the output directory; "
                "the outputs are DIR/<manifest name>.pdf and .epub)");
  fs::create_directories(dir, ec);
  if (ec) throw Error("-o " + dir + ": cannot create the output directory: " + ec.message());
}

// A layout's fonts named by file: where find_font finds them (the typesetter and the EPUB
// ask it the same question) must be an input wenzhai may read. `checked` holds the names
// already looked up for an earlier layout of the digest (a font lookup costs about a ms).
void confine_fonts(const model::Layout& L, const InputPolicy& fonts, const Paths& paths,
                   std::set<std::string>& checked) {
  for (const auto& [role, name] : L.fonts) {
    if (!checked.insert(name).second) continue;
    auto loc = find_font(name, paths.font_dirs, true);
    if (!loc) continue;  // the typesetter reports a missing font
    if (std::string why = input_refused(loc->path, fonts); !why.empty())
      throw Error(L.font_where(role), std::string("layout key 'fonts.") + model::to_string(role) +
                                          "': " + loc->path + ": " + why);
  }
}

}  // namespace

std::string json_escape(const std::string& s) {
  std::string o;
  for (unsigned char c : s) {
    if (c == '"' || c == '\\')
      o += '\\', o += static_cast<char>(c);
    else if (c == '\n')
      o += "\\n";
    else if (c < 0x20) {
      char b[8];
      std::snprintf(b, sizeof b, "\\u%04x", c);
      o += b;
    } else
      o += static_cast<char>(c);
  }
  return o;
}

Paths default_paths(const std::string& manifest) {
  Paths p;
  if (const char* env = std::getenv("WENZHAI_LAYOUTS")) p.layout_dirs.push_back(env);
  fs::path mdir = fs::path(manifest).parent_path();
  if (fs::is_directory(mdir / "layouts")) p.layout_dirs.push_back((mdir / "layouts").string());
  static const std::string data = data_dir(WZ_DATA_DIR);  // installed or the source tree
  p.layout_dirs.push_back(data + "/layouts");
  if (fs::is_directory(mdir / "fonts")) p.font_dirs.push_back((mdir / "fonts").string());
  p.font_dirs.push_back(data + "/fonts");
  return p;
}

model::Digest load_digest(const std::string& manifest, bool quiet, std::vector<std::string>* review,
                          bool allow_outside, int repeat) {
  model::Digest d = model::load_manifest(manifest, {allow_outside});
  const size_t given = d.issues.size();
  for (int k = 1; k < repeat; ++k)
    for (size_t i = 0; i < given; ++i) d.issues.push_back(d.issues[i]);
  auto check_encoding = [](const std::string& name, const SourcePos& pos, const char* key) {
    if (!ingest::is_known_encoding(name))
      throw Error(pos, std::string("'") + key + "': unknown encoding '" + name +
                           "' (ICU has no converter of that name; e.g. GB18030, GBK, Big5, "
                           "UTF-16LE)");
  };
  check_encoding(d.options.encoding, d.options.encoding_pos, "options.encoding");
  for (size_t i = 0; i < d.issues.size(); ++i) {
    std::string key = "issues[" + std::to_string(i + 1) + "].encoding";
    check_encoding(d.issues[i].encoding, d.issues[i].encoding_pos, key.c_str());
  }
  // Issues are read side by side (each page of an issue waits only for its jumps): ingest
  // is the one stage before typesetting, and pages share nothing.
  std::vector<std::future<ingest::IssueReport>> reading;
  for (auto& issue : d.issues) {
    ingest::Options opt;
    opt.normalize_punctuation = d.options.normalize_punctuation;
    opt.encoding = issue.encoding.empty() ? d.options.encoding : issue.encoding;
    reading.push_back(std::async(std::launch::async, [sources = issue.sources, opt] {
      return ingest::read_issue(sources, opt);
    }));
  }
  for (size_t i = 0; i < d.issues.size(); ++i) {
    auto& issue = d.issues[i];
    ingest::IssueReport ir = reading[i].get();  // rethrows the issue's error, in issue order
    issue.articles = std::move(ir.articles);
    ingest::attach_sidecar_images(issue, d.options.normalize_punctuation);
    if (review) {
      auto add = [&](const std::string& page, const ingest::Doubt& d) {
        review->push_back(page + ":" + std::to_string(d.first_line) + ": " +
                          ingest::to_string(d.kind) + ": " + d.message);
      };
      for (const auto& p : ir.pages)
        for (const auto& d : p.doubts) add(p.path, d);
      for (const auto& d : ir.doubts) add(issue.title, d);
    }
    if (!quiet) {
      std::cerr << "  read issue \"" << issue.title << "\": " << issue.articles.size()
                << " articles\n";
      // Nothing is dropped without a word: page furniture set aside, with its line.
      for (const auto& p : ir.pages)
        for (const auto& f : p.furniture)
          std::cerr << "  set aside " << p.path << ":" << f.line << ": " << f.text << " ("
                    << f.reason << ")\n";
    }
  }
  variant::convert_digest(d);  // a Traditional edition's texts (variant/variant.h)
  return d;
}

std::vector<model::Layout> load_layouts(const model::Digest& d, const Paths& paths) {
  std::vector<model::Layout> out;
  std::string base = fs::path(d.manifest_path).parent_path().string();
  InputPolicy fonts = d.options.inputs;  // the digest's roots, the font folders, fontconfig's
  fonts.roots.insert(fonts.roots.end(), paths.font_dirs.begin(), paths.font_dirs.end());
  for (const auto& dir : fontconfig_dirs()) fonts.roots.push_back(dir);
  std::set<std::string> checked;
  for (const auto& is : d.issues) {
    out.push_back(model::load_layout(is.layout, base, paths.layout_dirs, is.layout_pos));
    if (d.options.punct_style_given) out.back().punctuation = d.options.punct_style;
    variant::adapt_layout(out.back(), is.variant, paths.font_dirs);
    confine_fonts(out.back(), fonts, paths, checked);
  }
  return out;
}

namespace {

// The outputs of a build: each written, fsync'ed and closed in its temporary file as soon
// as it is made (its bytes are not held until the end); all renamed into place by commit().
struct Pending {
  std::vector<std::unique_ptr<TempOutput>> files;
  // A new output, listed (and renamed) at position `at` (default: last).
  TempOutput& open(const std::string& path, size_t at = SIZE_MAX) {
    at = std::min(at, files.size());
    return **files.insert(files.begin() + static_cast<std::ptrdiff_t>(at),
                          std::make_unique<TempOutput>(path));
  }
  void add(const std::string& path, std::string_view bytes) {
    TempOutput& t = open(path);
    t.write(bytes);
    t.finish();
  }
  void commit() {
    std::vector<TempOutput*> all;
    for (auto& f : files) all.push_back(f.get());
    commit_outputs(all);
  }
};

// `watch`'s keys for this build (cli/rebuild.h), made before the outputs and kept in the
// Rebuild only once the outputs are written.
struct Keys {
  std::string pdf, epub;
  std::shared_ptr<fontfile::SubsetCache> subsets;
};

// What a build with `rb` may keep of the last one: everything when no input changed
// (returns true, `s` filled from the last build); else sets keys.pdf.
bool keep_all(const model::Digest& d, const std::vector<model::Layout>& layouts, const Paths& paths,
              const BuildOptions& opt, const std::string& common, Rebuild& rb, Keys& keys,
              Summary& s) {
  keys.pdf = common + pdf_layout_key(d, layouts, paths.layout_dirs);
  bool there = (!opt.pdf || fs::exists(rb.pdf_path)) && (!opt.epub || fs::exists(rb.epub_path));
  if (keys.pdf != rb.pdf_key || !there) return false;
  rb.pdf_kept = opt.pdf, rb.epub_kept = opt.epub;
  s.pages += rb.pages, s.pdf_bytes += rb.pdf_bytes, s.epub_bytes += rb.epub_bytes;
  s.fonts = rb.fonts;
  keys.epub = rb.epub_key, keys.subsets = rb.subsets;
  return true;
}

// The PDF and the EPUB of `d` as OUT/<stem>.pdf and .epub, made into temporary files of `out`;
// what they hold is added to `s`; their pictures come from `pictures` (the check's reading and
// decode of each file). With `rb` (watch), an output whose inputs are the last
// build's is kept (cli/rebuild.h) and this build's keys go to `keys`.
void render(const model::Digest& d, const std::vector<model::Layout>& layouts, const Paths& paths,
            const BuildOptions& opt, const std::string& stem, Summary& s, Pending& out,
            PictureStore& pictures, Rebuild* rb = nullptr, Keys* keys = nullptr) {
  long long when = document_date(d);
  std::string common;
  if (rb) {
    common = rb->ingest_key + media_key(d, when) + (opt.pdf ? " pdf" : "") +
             (opt.epub ? " epub " : " ") + opt.out_dir + '/' + stem;
    if (keep_all(d, layouts, paths, opt, common, *rb, *keys, s)) return;
  }
  std::string pdf_path, epub_path;
  const size_t first = out.files.size();  // this render's outputs: the PDF, then the EPUB
  typeset::TypesetResult r;
  // The pages are set for the PDF, and for an EPUB that embeds fonts without it too: its
  // font subsets hold the glyphs the PDF sets (below), so --epub-only writes a full
  // build's EPUB.
  const bool pages = opt.pdf || (opt.epub && d.options.embed_fonts_in_epub);
  if (pages) {
    auto t = Clock::now();
    typeset::FontLibrary fonts(paths.font_dirs);
    r = typeset::typeset_digest(d, layouts, fonts);
    std::vector<typeset::LineRecord>().swap(r.lines);  // for `dump --pages`; memory at scale
    r.doc.meta.date = when;
    r.doc.pictures = &pictures;
    s.ms_typeset += ms_since(t);
  }
  if (opt.pdf) {  // what the pages say is said of the PDF only
    s.warnings.insert(s.warnings.end(), r.warnings.begin(), r.warnings.end());
    if (!r.missing.empty()) {
      std::string list;
      for (char32_t c : r.missing) list += utf8::encode(c) + " ";
      s.warnings.push_back("characters in no installed font (drawn as boxes): " + list);
    }
  }
  // Each face is subset once for both outputs: the PDF announces its glyphs, the EPUB
  // (written first) makes each subset with them and its own characters, the PDF takes
  // the same subset (fontfile/subset.h). Without the EPUB, the EPUB's characters are still
  // announced (fonts_only, below): the PDF is the same bytes whichever outputs are asked.
  std::shared_ptr<fontfile::SubsetCache> shared;
  if (pages) shared = std::make_shared<fontfile::SubsetCache>();
  epub_path = (fs::path(opt.out_dir) / (stem + ".epub")).string();
  bool keep_epub = false;
  if (rb) {
    keys->epub = common + epub_layout_key(layouts) + (shared ? glyph_key(r.doc) : "");
    keep_epub =
        opt.epub && keys->epub == rb->epub_key && fs::exists(epub_path) && (!shared || rb->subsets);
  }
  if (keep_epub) {  // the PDF takes the subsets the kept EPUB made: a full build's bytes
    if (shared) shared = rb->subsets;
    rb->epub_kept = true;
    s.epub_bytes += rb->epub_bytes;
  } else if (shared) {
    pdf::expect_subsets(r.doc, *shared);
  }
  if (keys) keys->subsets = shared;
  // The PDF's content streams first, each page's items freed as its stream is made: the
  // EPUB is then made beside the streams, not beside every typeset page.
  std::shared_ptr<pdf::PreparedPdf> prepared;
  if (opt.pdf) {
    auto t = Clock::now();
    pdf_path = (fs::path(opt.out_dir) / (stem + ".pdf")).string();
    prepared = pdf::prepare_pdf(std::move(r.doc), pdf_path);
    // The pages' freed memory back to the system (it lies below live blocks), when it is
    // large: a small digest's few MiB are soon used again, each page faulted in anew.
    if (mallinfo2().fordblks > kTrimAbove) malloc_trim(0);
    s.ms_pdf += ms_since(t);
  }
  epub::EpubOptions eo;
  eo.embed_fonts = d.options.embed_fonts_in_epub;
  eo.timestamp = when;
  eo.font_dirs = paths.font_dirs;
  eo.shared_fonts = shared.get();
  eo.pictures = &pictures;
  if (opt.pdf && !opt.epub) {  // what a full build's EPUB embeds goes into the PDF's subsets
    auto t = Clock::now();
    eo.fonts_only = true;
    std::string none;
    epub::render_epub(d, layouts, epub_path, eo, none);
    s.ms_pdf += ms_since(t);
  }
  if (opt.epub && !keep_epub) {
    auto t = Clock::now();
    std::string epub_bytes;
    epub::EpubStats es = epub::render_epub(d, layouts, epub_path, eo, epub_bytes);
    out.add(epub_path, epub_bytes);  // into its temporary file now: not held beside the PDF
    s.epub_bytes += es.bytes;
    s.warnings.insert(s.warnings.end(), es.warnings.begin(), es.warnings.end());
    s.ms_epub += ms_since(t);
    s.ms_pictures_epub += es.ms_pictures;
    s.pictures = std::max(s.pictures, es.pictures);
  }
  if (opt.pdf) {
    auto t = Clock::now();
    pdf::WriteStats ws = pdf::finish_pdf(*prepared, out.open(pdf_path, first), shared.get());
    prepared.reset();
    s.ms_pdf += ms_since(t);
    s.ms_pictures_pdf += ws.ms_pictures;
    s.pictures = std::max(s.pictures, ws.pictures);
    s.pictures_shrunk += ws.pictures_shrunk;
    s.pages += ws.pages;
    s.pdf_bytes += ws.bytes;
    for (const auto& f : ws.fonts)
      if (std::find(s.fonts.begin(), s.fonts.end(), f) == s.fonts.end()) s.fonts.push_back(f);
    s.warnings.insert(s.warnings.end(), ws.warnings.begin(), ws.warnings.end());
  }
}

// Issue i of `d` as a digest of its own (--split issues): the digest's metadata, the
// issue's title as subtitle, the identifier (when the manifest gives one) with
// "-issue-N" appended so that each book has its own.
model::Digest one_issue(const model::Digest& d, size_t i) {
  model::Digest part = d;
  part.issues = {d.issues[i]};
  part.subtitle = d.issues[i].title;
  if (!d.identifier.empty()) part.identifier += "-issue-" + std::to_string(i + 1);
  return part;
}

// The digest of `manifest`: ingested, or with `rb` the last build's when ingest's inputs
// are the same bytes (cli/rebuild.h).
model::Digest digest_of(const std::string& manifest, const BuildOptions& opt, Summary& s,
                        Rebuild* rb) {
  if (!rb) return load_digest(manifest, opt.quiet, &s.review, opt.allow_outside, opt.repeat);
  std::string key = ingest_key(manifest, opt.allow_outside, opt.repeat);
  rb->ingest_reused = rb->digest && key == rb->ingest_key;
  if (rb->ingest_reused) return *rb->digest;
  rb->digest.reset(), rb->ingest_key.clear();
  model::Digest d = load_digest(manifest, opt.quiet, &s.review, opt.allow_outside, opt.repeat);
  rb->digest = d, rb->ingest_key = std::move(key);
  return d;
}

}  // namespace

std::string part_stem(const std::string& stem, size_t i) {
  char num[16];
  std::snprintf(num, sizeof num, "%02zu", i + 1);
  return stem + "-issue-" + num;
}

Summary build(const std::string& manifest, const BuildOptions& opt, Rebuild* rb) {
  auto t0 = Clock::now();
  const std::clock_t cpu0 = std::clock();  // the process's CPU time, all threads
  Summary s;
  Paths paths = default_paths(manifest);
  if (rb) rb->ingest_reused = rb->pdf_kept = rb->epub_kept = false;
  if (opt.split != Split::None) rb = nullptr;  // every file made again
  model::Digest d = digest_of(manifest, opt, s, rb);
  if (opt.profile) d.options.profile = *opt.profile;
  s.profile = d.options.profile;
  if (!opt.quiet && !opt.json)
    for (const auto& r : s.review) std::cerr << "  review " << r << "\n";
  s.ms_ingest = ms_since(t0);
  s.cpu_ms_ingest = 1000.0 * static_cast<double>(std::clock() - cpu0) / CLOCKS_PER_SEC;
  auto tl = Clock::now();
  std::vector<model::Layout> layouts = load_layouts(d, paths);
  s.ms_layouts = ms_since(tl);
  s.issues = static_cast<int>(d.issues.size());
  for (auto& is : d.issues) s.articles += static_cast<int>(is.articles.size());

  // Every picture checked (and warned about) before any output is replaced.
  // Each file is read and decoded once, into `pictures`, for the PDF and the EPUB too: a JPEG
  // at the size the EPUB's copy wants (base/picture_store.h), with or without the EPUB, so
  // that the PDF's shrunk copies come from the same decode whichever outputs are asked for.
  auto tp = Clock::now();
  PictureStore pictures;
  const int copy_width = epub::kEpubMaxPictureWidth;
  for (auto& w : ingest::check_pictures(d, d.options.inputs, &pictures, copy_width))
    s.warnings.push_back(std::move(w));
  if (!d.options.cover_image.empty())  // on the PDF's cover and the EPUB's: checked once, here,
    pictures.check(d.options.cover_image, "cover image", copy_width);  // before any rendering
  s.ms_pictures_check = ms_since(tp);
  prepare_out_dir(opt.out_dir);
  std::string stem = fs::path(manifest).stem().string();

  Pending out;
  Keys keys;
  if (opt.split != Split::IssuesOnly) {
    render(d, layouts, paths, opt, stem, s, out, pictures, rb, &keys);
    if (opt.pdf) s.pdf_path = (fs::path(opt.out_dir) / (stem + ".pdf")).string();
    if (opt.epub) s.epub_path = (fs::path(opt.out_dir) / (stem + ".epub")).string();
  }
  if (opt.split != Split::None) {
    Summary whole = s;
    for (size_t i = 0; i < d.issues.size(); ++i) {
      size_t first = out.files.size();
      render(one_issue(d, i), {layouts[i]}, paths, opt, part_stem(stem, i), s, out, pictures);
      for (size_t k = first; k < out.files.size(); ++k) s.parts.push_back(out.files[k]->path());
    }
    if (opt.split == Split::Issues)  // the counts are the whole's; else the parts' sums
      s.pages = whole.pages, s.pdf_bytes = whole.pdf_bytes, s.epub_bytes = whole.epub_bytes;
    std::set<std::string> seen;  // an issue's warning was the whole's too: said once
    std::erase_if(s.warnings, [&](const std::string& w) { return !seen.insert(w).second; });
  }
  s.picture_decodes = pictures.decodes();
  if (rb) rb->pdf_key.clear(), rb->epub_key.clear();  // until the outputs are written
  // All outputs are complete in their temporary files (written and synced as each was
  // made): renamed one right after the other.
  auto t = Clock::now();
  out.commit();
  s.ms_write = ms_since(t);
  if (rb) {
    rb->pdf_key = keys.pdf, rb->epub_key = keys.epub, rb->subsets = keys.subsets;
    rb->pdf_path = s.pdf_path, rb->epub_path = s.epub_path;
    rb->pages = s.pages, rb->pdf_bytes = s.pdf_bytes, rb->epub_bytes = s.epub_bytes;
    rb->fonts = s.fonts;
  }
  if (!opt.quiet) {
    const bool pdf_kept = rb && rb->pdf_kept, epub_kept = rb && rb->epub_kept;
    if (opt.pdf && !s.pdf_path.empty())
      std::cerr << (pdf_kept ? "  kept " : "  wrote ") << s.pdf_path << " (" << s.pages << " pages)"
                << (pdf_kept ? ": its inputs are unchanged" : "") << "\n";
    if (opt.epub && !s.epub_path.empty())
      std::cerr << (epub_kept ? "  kept " : "  wrote ") << s.epub_path
                << (epub_kept ? ": its inputs are unchanged" : "") << "\n";
    for (const auto& p : s.parts) std::cerr << "  wrote " << p << "\n";
  }
  s.ms_total = ms_since(t0);
  return s;
}

std::string summary_text(const Summary& s) {
  char buf[512];
  std::string o;
  std::snprintf(buf, sizeof buf, "%d issues, %d articles", s.issues, s.articles);
  o += buf;
  if (!s.pdf_path.empty()) {
    std::snprintf(buf, sizeof buf, "; PDF (%s) %s: %d pages, %zu KB", model::to_string(s.profile),
                  s.pdf_path.c_str(), s.pages, s.pdf_bytes / 1024);
    o += buf;
  }
  if (!s.epub_path.empty()) {
    std::snprintf(buf, sizeof buf, "; EPUB %s: %zu KB", s.epub_path.c_str(), s.epub_bytes / 1024);
    o += buf;
  }
  if (!s.parts.empty()) {
    o += "; per issue " + std::to_string(s.parts.size()) + " files:";
    for (const auto& p : s.parts) o += " " + p;
  }
  std::snprintf(
      buf, sizeof buf,
      "\ntime: ingest %.0f ms, layouts %.0f ms, typeset %.0f ms, pdf %.0f ms, epub %.0f ms, write "
      "%.0f ms, total %.0f ms\n",
      s.ms_ingest, s.ms_layouts, s.ms_typeset, s.ms_pdf, s.ms_epub, s.ms_write, s.ms_total);
  o += buf;
  if (!s.fonts.empty()) {
    o += "fonts:";
    for (auto& f : s.fonts) o += " " + f;
    o += "\n";
  }
  for (auto& w : s.warnings) o += "warning: " + w + "\n";
  if (!s.review.empty())
    o += std::to_string(s.review.size()) +
         " doubtful ingest decisions (listed above as \"review\"; `wenzhai segment PAGE --review "
         "FILE.html` shows them on the page)\n";
  return o;
}

std::string error_json(const Error& e, const char* kind) {
  const SourcePos& p = e.pos();
  std::string o = "{\"error\":{\"kind\":\"" + std::string(kind) + "\"";
  if (!p.file.empty()) o += ",\"file\":\"" + json_escape(p.file) + "\"";
  if (p.line > 0) o += ",\"line\":" + std::to_string(p.line);
  if (p.column > 0) o += ",\"column\":" + std::to_string(p.column);
  if (p.byte >= 0) o += ",\"byte\":" + std::to_string(p.byte);
  if (!p.key.empty()) o += ",\"key\":\"" + json_escape(p.key) + "\"";
  return o + ",\"message\":\"" + json_escape(e.what()) + "\"}}";
}

int report_error(const Error& e, const char* kind, bool json, int code) {
  if (json)
    std::cout << error_json(e, kind) << "\n";
  else
    std::cerr << "wenzhai: error: " << e.what() << "\n";
  return code;
}

std::string summary_json(const Summary& s) {
  std::string o = "{";
  o += "\"issues\":" + std::to_string(s.issues) + ",\"articles\":" + std::to_string(s.articles);
  o += ",\"pages\":" + std::to_string(s.pages);
  o += std::string(",\"profile\":\"") + model::to_string(s.profile) + "\"";
  o += ",\"pdf\":\"" + json_escape(s.pdf_path) + "\",\"pdf_bytes\":" + std::to_string(s.pdf_bytes);
  o += ",\"epub\":\"" + json_escape(s.epub_path) +
       "\",\"epub_bytes\":" + std::to_string(s.epub_bytes);
  o += ",\"parts\":[";
  for (size_t i = 0; i < s.parts.size(); ++i)
    o += (i ? "," : "") + ("\"" + json_escape(s.parts[i]) + "\"");
  o += "],\"ms_total\":" + std::to_string(s.ms_total);
  o += ",\"fonts\":[";
  for (size_t i = 0; i < s.fonts.size(); ++i)
    o += (i ? "," : "") + ("\"" + json_escape(s.fonts[i]) + "\"");
  o += "],\"review\":[";
  for (size_t i = 0; i < s.review.size(); ++i)
    o += (i ? "," : "") + ("\"" + json_escape(s.review[i]) + "\"");
  o += "],\"warnings\":[";
  for (size_t i = 0; i < s.warnings.size(); ++i)
    o += (i ? "," : "") + ("\"" + json_escape(s.warnings[i]) + "\"");
  o += "]}\n";
  return o;
}

}  // namespace wz::cli
