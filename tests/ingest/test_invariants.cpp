// The invariants of ingest (the ingest issue), as properties over every page we have —
// the sample pages, the development and sealed corpus, the shared seed pages when present
// — and over shuffled variants of each:
//   1. every non-blank line lands in exactly one article or in page furniture;
//   2. the Han characters of the page equal those of the output (articles + furniture)
//      as a multiset: nothing dropped, nothing duplicated;
//   3. no display line (headline, kicker, subheadline, banner) lands inside body text: a
//      line read as one is in its article's head or in the furniture.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <iterator>
#include <random>

#include "base/file.h"
#include "base/utf8.h"
#include "ingest/ingest.h"

namespace fs = std::filesystem;
using namespace wz;
using namespace wz::ingest;

namespace {

std::vector<fs::path> all_pages() {
  std::vector<fs::path> out;
  fs::path src(WZ_SOURCE_DIR);
  for (fs::path dir : {src / "samples/pages",
                       src / "tests/data/pages/dev",
                       src / "tests/data/pages/sealed",
                       src / "tests/data/pages/blind",
                       src / "tests/data/pages/blind2",
                       src / "tests/data/pages/blind3",
                       src / "tests/data/pages/blind4",
                       src / "tests/data/pages/blind5",
                       src / "tests/data/pages/blind6",
                       src / "tests/data/pages/blind7",
                       src / "tests/data/pages/blind8",
                       src / "tests/data/pages/blind9",
                       src / "tests/data/pages/blind10",
                       src / "tests/data/pages/blind11",
                       src / "tests/data/pages/blind12",
                       src / "tests/data/pages/blind13",
                       src / "tests/data/pages/blind14",
                       src / "tests/data/pages/blind15",
                       src / "tests/data/pages/blind16",
                       src / "tests/data/pages/blind17",
                       src / "tests/data/pages/blind18",
                       src / "tests/data/pages/blind19",
                       src / "tests/data/pages/blind20",
                       src / "tests/data/pages/blind21",
                       src / "tests/data/pages/blind22",
                       src / "tests/data/pages/blind23",
                       src / "tests/data/pages/blind24",
                       fs::path(WZ_SHARED_DIR) / "seeds"}) {
    if (!fs::is_directory(dir)) continue;
    for (const auto& e : fs::directory_iterator(dir))
      if (e.path().extension() == ".txt") out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

void han_of(std::string_view s, std::u32string& out) {
  for (size_t i = 0; i < s.size();) {
    char32_t c = utf8::next(s, i);
    if (utf8::is_han(c)) out.push_back(c);
  }
}

std::u32string sorted_han_of_page(const PageReport& r) {
  std::u32string h;
  for (const auto& l : r.raw_lines) han_of(l, h);
  std::sort(h.begin(), h.end());
  return h;
}

std::u32string sorted_han_of_output(const PageReport& r) {
  std::u32string h;
  for (const auto& a : r.articles) {
    for (const std::string* s : {&a.head.kicker, &a.head.headline, &a.head.subheadline})
      han_of(*s, h);
    if (a.genre != a.head.kicker) han_of(a.genre, h);  // a genre label is shown as the kicker
    for (const auto& b : a.blocks) han_of(model::plain_text(b.text), h);
  }
  for (const auto& f : r.furniture) han_of(f.text, h);
  std::sort(h.begin(), h.end());
  return h;
}

// Han characters only: the page's display lines as they appear in the output.
std::string han_string(std::string_view s) {
  std::u32string h;
  han_of(s, h);
  return utf8::encode(h);
}

void check_invariants(const PageReport& r, const std::string& what) {
  SCOPED_TRACE(what);
  // 1. Every non-blank line has exactly one owner: an article, or furniture.
  ASSERT_EQ(r.line_owner.size(), r.raw_lines.size());
  for (size_t i = 0; i < r.raw_lines.size(); ++i) {
    bool blank = r.raw_lines[i].find_first_not_of(" \t\r\xC2\xA0") == std::string::npos &&
                 han_string(r.raw_lines[i]).empty();
    int o = r.line_owner[i];
    if (blank) continue;
    EXPECT_TRUE(o >= -1 && o < static_cast<int>(r.articles.size()))
        << "line " << i + 1 << " has no owner: " << r.raw_lines[i];
    if (o == -1) {
      bool listed = std::any_of(r.furniture.begin(), r.furniture.end(), [&](const Furniture& f) {
        return f.line == static_cast<int>(i + 1) && f.whole;
      });
      EXPECT_TRUE(listed) << "line " << i + 1 << " is furniture but not listed: " << r.raw_lines[i];
    }
  }
  // 2. Han characters in = Han characters out.
  std::u32string in = sorted_han_of_page(r), out = sorted_han_of_output(r), lost, added;
  std::set_difference(in.begin(), in.end(), out.begin(), out.end(), std::back_inserter(lost));
  std::set_difference(out.begin(), out.end(), in.begin(), in.end(), std::back_inserter(added));
  EXPECT_TRUE(lost.empty() && added.empty()) << "Han characters lost: \"" << utf8::encode(lost)
                                             << "\", added: \"" << utf8::encode(added) << "\"";
  // 3. A line read as a headline-group line lands in its article's head (or a second
  //    group kept as a section head), or in the furniture: never in body text.
  for (size_t i = 0; i < r.raw_lines.size(); ++i) {
    const std::string& role = r.line_role[i];
    if (role != "display" && role != "late-display") continue;
    int o = r.line_owner[i];
    if (o < 0) continue;
    const auto& a = r.articles[o];
    std::string heads = han_string(a.genre + a.head.kicker + a.head.headline + a.head.subheadline);
    for (const auto& b : a.blocks)
      if (b.kind == model::BlockKind::SectionHead) heads += han_string(model::plain_text(b.text));
    EXPECT_NE(heads.find(han_string(r.raw_lines[i])), std::string::npos)
        << "display line " << i + 1 << " \"" << r.raw_lines[i] << "\" is not in a head of \""
        << a.head.headline << "\"";
  }
}

// The page with its blank-line-separated blocks in another order.
std::string shuffled(const std::string& text, unsigned seed) {
  std::vector<std::string> blocks;
  std::string cur;
  size_t start = 0;
  while (start <= text.size()) {
    size_t nl = text.find('\n', start);
    std::string line = text.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
    if (line.find_first_not_of(" \t\r") == std::string::npos) {
      if (!cur.empty()) blocks.push_back(cur), cur.clear();
    } else {
      cur += line + "\n";
    }
    if (nl == std::string::npos) break;
    start = nl + 1;
  }
  if (!cur.empty()) blocks.push_back(cur);
  std::mt19937 rng(seed);
  std::shuffle(blocks.begin(), blocks.end(), rng);
  std::string out;
  for (const auto& b : blocks) out += b + "\n";
  return out;
}

}  // namespace

TEST(Invariants, EveryPageWeHave) {
  auto pages = all_pages();
  ASSERT_GE(pages.size(), 17u) << "samples and the page corpus";
  for (const auto& p : pages) {
    PageReport r = read_page_report(read_file(p.string()), p.string(), {});
    check_invariants(r, p.filename().string());
  }
}

TEST(Invariants, ShuffledVariantsOfEveryPage) {
  for (const auto& p : all_pages()) {
    std::string text = read_file(p.string());
    for (unsigned seed = 1; seed <= 3; ++seed) {
      std::string variant = shuffled(text, seed);
      PageReport r =
          read_page_report(variant, p.filename().string() + "#" + std::to_string(seed), {});
      check_invariants(r, p.filename().string() + " shuffled with seed " + std::to_string(seed));
    }
  }
}

TEST(Invariants, HoldWithPunctuationLeftAlone) {
  Options opt;
  opt.normalize_punctuation = false;
  for (const auto& p : all_pages()) {
    PageReport r = read_page_report(read_file(p.string()), p.string(), opt);
    check_invariants(r, p.filename().string() + " (no punctuation normalisation)");
  }
}
