// The seed corpus through the PDF writer: the three newspaper pages shaped paragraph by
// paragraph (body in Song, every seventh paragraph in Kai, the first line of each page in
// Sans), cut into lines of 34 glyphs and stacked 36 lines to a page — about the glyph
// load of the three-page digest. Asserts the text comes back out; prints where the time
// goes. Set WZ_PDF_BENCH=N for N timed repetitions (median reported); it is a benchmark,
// not a timed test. WZ_PDF_KEEP=1 keeps the PDF (in the temp directory) for inspection.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/utf8.h"
#include "pdf/pdf_writer.h"
#include "pdf_test_util.h"

namespace fs = std::filesystem;
using namespace wz;
using namespace wz::pdf::test;
using Dir = pages::GlyphRun::Dir;

namespace {

constexpr size_t kGlyphsPerLine = 34;
constexpr int kLinesPerPage = 36;
constexpr double kBodySize = 10.5, kPitch = 18;

std::vector<std::string> seed_paragraphs() {
  std::vector<std::string> paras;
  fs::path dir = fs::path(WZ_SHARED_DIR) / "seeds";
  if (!fs::is_directory(dir)) return paras;
  std::vector<fs::path> files;
  for (auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".txt") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (auto& f : files) {
    std::ifstream in(f);
    std::string line;
    while (std::getline(in, line))
      if (!line.empty() && line.find_first_not_of(" \t\r") != std::string::npos)
        paras.push_back(line);
  }
  return paras;
}

std::string strip_space(const std::string& s) {
  std::string out;
  for (char32_t c : utf8::decode(s))
    if (!utf8::is_space(c) && c != U'\n' && c != U'\f') utf8::append(out, c);
  return out;
}

pages::Document seed_document(const std::vector<std::string>& paras,
                              const std::vector<pages::FontFace>& faces) {
  pages::Document d;
  d.meta.title = "种子文摘";
  d.meta.date = 1704067200;
  d.fonts = faces;
  pages::Page page;
  int line_no = 0;
  auto place = [&](pages::GlyphRun run) {
    if (line_no == kLinesPerPage) d.pages.push_back(std::move(page)), page = {}, line_no = 0;
    run.x = 60, run.y = 70 + kPitch * line_no++;
    pages::Item it;
    it.body = std::move(run);
    page.items.push_back(std::move(it));
  };
  for (size_t i = 0; i < paras.size(); ++i) {
    int font = i % 7 == 3 ? 1 : (i == 0 ? 2 : 0);
    pages::GlyphRun all = shape(faces[font], font, paras[i], kBodySize, Dir::Horizontal, 0, 0);
    for (size_t at = 0; at < all.glyphs.size();) {
      size_t end = std::min(all.glyphs.size(), at + kGlyphsPerLine);
      while (end < all.glyphs.size() && !all.glyphs[end].has_text()) ++end;  // whole clusters
      pages::GlyphRun line = all;
      line.glyphs.assign(all.glyphs.begin() + at, all.glyphs.begin() + end);
      double x0 = line.glyphs.front().x;
      for (auto& g : line.glyphs) g.x -= x0;
      place(std::move(line));
      at = end;
    }
  }
  if (!page.items.empty()) d.pages.push_back(std::move(page));
  return d;
}

TEST(PdfBench, SeedCorpus) {
  std::vector<std::string> paras = seed_paragraphs();
  if (paras.empty()) GTEST_SKIP() << "no seeds under " << WZ_SHARED_DIR;
  auto song = find_face("Noto Serif CJK SC"), kai = find_face("AR PL KaitiM GB"),
       sans = find_face("Noto Sans CJK SC");
  if (!song || !kai || !sans) GTEST_SKIP() << "CJK fonts not installed";
  pages::Document d = seed_document(paras, {*song, *kai, *sans});
  std::string path = (fs::temp_directory_path() / "wz_pdf_bench.pdf").string();

  int reps = 1;
  if (const char* n = std::getenv("WZ_PDF_BENCH")) reps = std::max(1, std::atoi(n));
  std::vector<pdf::WriteStats> runs;
  std::vector<double> total, cpu;
  auto process_ms = [] {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
  };
  for (int r = 0; r < reps; ++r) {
    auto t0 = std::chrono::steady_clock::now();
    double c0 = process_ms();
    runs.push_back(pdf::write_pdf(d, path));
    cpu.push_back(process_ms() - c0);
    total.push_back(
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
  }
  std::vector<double> cpu_sorted = cpu;
  std::sort(cpu_sorted.begin(), cpu_sorted.end());
  std::vector<size_t> order(reps);
  for (int i = 0; i < reps; ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return total[a] < total[b]; });
  const pdf::WriteStats& m = runs[order[reps / 2]];
  size_t glyphs = 0;
  for (auto& p : d.pages)
    for (auto& it : p.items) glyphs += it.run().glyphs.size();
  std::printf(
      "[bench] %d pages, %zu glyphs, %zu bytes, %d run(s): median %.1f ms wall, %.1f ms CPU "
      "(scan %.1f; font jobs wall %.1f [hb-subset %.1f cpu + deflate %.1f wall], content %.1f "
      "in parallel; serialise %.1f)\n",
      m.pages, glyphs, m.bytes, reps, total[order[reps / 2]], cpu_sorted[reps / 2], m.ms_scan,
      m.ms_subset, m.ms_subset_cpu, m.ms_deflate_fonts, m.ms_content, m.ms_serialise);
  for (auto& f : m.font_stats)
    std::printf("[bench]   %-30s %5zu glyphs  %7zu B -> %7zu B  subset %5.1f  deflate %5.1f ms\n",
                f.name.c_str(), f.glyphs, f.program_bytes, f.flate_bytes, f.ms_subset,
                f.ms_deflate);

  std::string errors;  // the big font programs go through deflate_font
  EXPECT_GT(inflate_all_streams(path, errors), 20);
  EXPECT_EQ(errors, "");
  if (!have_tool("pdftotext")) GTEST_SKIP() << "pdftotext not installed";
  std::string text = strip_space(run("pdftotext -raw '" + path + "' -"));
  size_t found = 0;
  for (auto& p : paras) found += text.find(strip_space(p)) != std::string::npos;
  // Poppler de-hyphenates a line-final '-', so a paragraph or two may differ.
  EXPECT_GE(found, paras.size() * 99 / 100) << found << " of " << paras.size();
  if (!std::getenv("WZ_PDF_KEEP")) std::remove(path.c_str());
}

}  // namespace
