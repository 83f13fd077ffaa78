// The three seed pages (../shared/seeds) through ingest and the EPUB writer: size with
// embedded subset fonts, epubcheck, and check-digest's text fidelity in spine order.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "base/file.h"
#include "epub/epub_writer.h"
#include "epub_fixture.h"
#include "ingest/ingest.h"

namespace wz::epub {
namespace {

namespace fs = std::filesystem;

// issue 4: the three-page digest with embedded subset fonts stays under 1.5 MB.
constexpr size_t kMaxSeedEpubBytes = 1500000;

std::vector<std::string> seed_files() {
  std::vector<std::string> out;
  fs::path dir = fs::path(WZ_SHARED_DIR) / "seeds";
  std::error_code ec;
  for (auto& e : fs::directory_iterator(dir, ec))
    if (e.path().extension() == ".txt") out.push_back(e.path().string());
  std::sort(out.begin(), out.end());
  return out;
}

model::Digest seed_digest(const std::vector<std::string>& files) {
  model::Digest d;
  d.title = "工会新闻文摘";
  d.subtitle = "种子版面三篇";
  d.editor = "文摘编辑部";
  d.date = "2024-02-15";
  for (size_t i = 0; i < files.size(); ++i) {
    model::Issue is;
    is.title = "第" + std::to_string(i + 1) + "版";
    is.sources = {files[i]};
    is.articles = ingest::read_raw_page(read_file(files[i]), files[i], {});
    d.issues.push_back(std::move(is));
  }
  return d;
}

TEST(SeedDigest, SmallValidAndFaithful) {
  auto files = seed_files();
  if (files.empty()) GTEST_SKIP() << "no seeds in " << WZ_SHARED_DIR << "/seeds";
  auto d = seed_digest(files);
  std::vector<model::Layout> ls(d.issues.size(), test::horizontal_layout());
  std::string path = test::tmp_path("seeds.epub");
  EpubOptions o;
  o.timestamp = 1707985800;
  o.font_dirs = {std::string(WZ_SOURCE_DIR) + "/fonts"};
  EpubStats st = write_epub(d, ls, path, o);
  std::printf("seed EPUB: %zu bytes, %d files, %zu fonts, %.1f ms\n", st.bytes, st.files,
              st.fonts.size(), st.ms);
  for (const auto& f : st.fonts)
    std::printf("  %s %zu bytes\n", f.c_str(), test::zip_entry(path, f).size());
  for (const auto& w : st.warnings) std::printf("  warning: %s\n", w.c_str());
  EXPECT_LT(st.bytes, kMaxSeedEpubBytes);
  EXPECT_GE(st.fonts.size(), 3u) << "body, headline and Kai faces";

  auto r = test::epubcheck(path);
  if (r.ran)
    EXPECT_TRUE(r.clean) << r.output;
  else
    std::printf("epubcheck not run: java or the jar is missing\n");
  std::string tool = std::string(WZ_SHARED_DIR) + "/tools/check-digest";
  if (!fs::exists(tool)) GTEST_SKIP() << "no check-digest at " << tool;
  // The writer must keep the model's text, in order: judge it against the model's text.
  // (Against the raw pages, fidelity also measures ingest's reading-order repair.)
  std::string model_txt = test::tmp_path("seeds-model.txt");
  {
    std::string t;
    for (const auto& is : d.issues)
      for (const auto& a : is.articles) {
        t += a.head.kicker + "\n" + a.head.headline + "\n" + a.head.subheadline + "\n";
        for (const auto& b : a.blocks) t += model::plain_text(b.text) + "\n";
      }
    write_file_atomic(model_txt, t);
  }
  auto run = [](const std::string& cmd) {
    std::string out;
    FILE* p = popen((cmd + " 2>&1").c_str(), "r");
    if (!p) return std::pair{-1, out};
    char buf[4096];
    while (fgets(buf, sizeof buf, p)) out += buf;
    return std::pair{pclose(p), out};
  };
  std::string base = "command -p python3 " + tool + " --epub " + path + " --source";
  auto [rc, out] = run(base + " " + model_txt);
  EXPECT_EQ(rc, 0) << out;
  EXPECT_NE(out.find("PASS epub text fidelity: 1.0000"), std::string::npos) << out;
  std::string raw = base;
  for (const auto& f : files) raw += " " + f;
  std::printf("against the raw seed pages (informational):\n%s", run(raw).second.c_str());
}

}  // namespace
}  // namespace wz::epub
