// Tagged PDF (issue 12): the logical structure of the sample and of a digest of the seed
// pages. Judged with tools the writer does not use: poppler's `pdfinfo -struct-text` reads
// the tree and its text; qpdf rewrites the file uncompressed (QDF) and PoDoFo's tokenizer
// walks every content stream of that copy, counting glyphs outside both the structure
// tree and artifacts.
#include <gtest/gtest.h>
#include <podofo/podofo.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "base/utf8.h"
#include "pdf_test_util.h"

namespace wz::pdf::test {
namespace {

namespace fs = std::filesystem;

// The issue's bar: the structure's text equals the model's reading-order text to 0.995.
constexpr double kMinSimilarity = 0.995;
// Fixed date so that the two builds of the reproducibility test agree.
constexpr const char* kEpoch = "SOURCE_DATE_EPOCH=1700000000";

struct Digest {
  std::string manifest;
  std::vector<std::vector<std::string>> issue_sources;  // per issue, relative to the manifest
};

Digest sample() {
  Digest d{std::string(WZ_SOURCE_DIR) + "/samples/digest.toml", {}};
  for (int i = 1; i <= 5; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "pages/page-0%d.%s", i, i == 4 ? "md" : "txt");
    d.issue_sources.push_back({name});
  }
  return d;
}

Digest seeds() {
  return {std::string(WZ_SOURCE_DIR) + "/tests/data/seeds.toml",
          {{"../../../shared/seeds/000_a6cfe7d97ab7cbd9.txt"},
           {"../../../shared/seeds/001_cbf07a30de24a613.txt"},
           {"../../../shared/seeds/002_8be08b9eb7dee6b6.txt"}}};
}

bool have_seeds() {
  return fs::exists(std::string(WZ_SHARED_DIR) + "/seeds/000_a6cfe7d97ab7cbd9.txt");
}

// Builds the manifest's PDF into a fresh directory; returns the PDF's path.
std::string build(const std::string& manifest, const std::string& tag) {
  fs::path dir = fs::temp_directory_path() / ("wz-tagged-" + tag + "-" + std::to_string(getpid()));
  fs::remove_all(dir);
  int st = 0;
  run(std::string(kEpoch) + " " + WZ_BINARY + " build " + manifest + " -o " + dir.string() +
          " --pdf-only -q 2>&1",
      &st);
  EXPECT_EQ(st, 0) << manifest;
  return (dir / (fs::path(manifest).stem().string() + ".pdf")).string();
}

std::u32string strip_space(const std::string& s) {
  std::u32string out;
  for (char32_t c : utf8::decode(s))
    if (c != U' ' && c != U'\n' && c != U'\t' && c != U'\r' && c != U'\u3000' && c != U'\u2028')
      out += c;
  return out;
}

// 1 − edit distance / length of the longer text.
double similarity(const std::u32string& a, const std::u32string& b) {
  if (a.empty() && b.empty()) return 1;
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j)
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1])});
    std::swap(prev, cur);
  }
  return 1.0 - static_cast<double>(prev[b.size()]) / std::max(a.size(), b.size());
}

struct Tree {
  std::string dump;                // pdfinfo -struct-text
  std::vector<std::string> sects;  // per Sect: the text of its articles (Art)
  std::vector<std::string> types;  // element types seen
};

// pdfinfo -struct-text: one element per line, indented by depth; text lines quoted. The
// label the typesetter sets over a reading tip (阅读提示, the first P of its Aside, which
// the RoleMap makes a Div) is in the structure but not in the model: it is left out.
Tree read_tree(const std::string& pdf) {
  Tree t;
  int st = 0;
  t.dump = run("pdfinfo -struct-text " + pdf, &st);
  EXPECT_EQ(st, 0);
  std::istringstream in(t.dump);
  std::string line;
  const size_t none = std::string::npos;
  size_t art_indent = none, label_indent = none;
  bool label_next = false;  // the first P of a reading tip (Aside → Div) is its label
  while (std::getline(in, line)) {
    size_t indent = line.find_first_not_of(' ');
    if (indent == none) continue;
    std::string body = line.substr(indent);
    if (art_indent != none && indent <= art_indent) art_indent = none;
    if (label_indent != none && indent <= label_indent) label_indent = none;
    if (body.front() == '"') {
      if (art_indent != none && label_indent == none && !t.sects.empty() && body.size() >= 2)
        t.sects.back() += body.substr(1, body.size() - 2);
      continue;
    }
    std::string type = body.substr(0, body.find(' '));
    t.types.push_back(type);
    if (type == "Sect" && indent == 2) t.sects.emplace_back();
    if (type == "Art") art_indent = indent;
    if (type == "P" && label_next) label_indent = indent;
    label_next = type == "Div";
  }
  return t;
}

// The model's reading-order text of one issue: `wenzhai segment --format text` of its pages.
std::string model_text(const Digest& d, size_t issue) {
  std::string dir = fs::path(d.manifest).parent_path().string(), text;
  for (const auto& src : d.issue_sources[issue]) {
    int st = 0;
    std::string path = src.front() == '/' ? src : dir + "/" + src;
    text += run(std::string(WZ_BINARY) + " segment --format text -q " + path, &st);
    EXPECT_EQ(st, 0) << src;
  }
  return text;
}

void expect_reading_order(const Digest& d, const std::string& pdf) {
  Tree t = read_tree(pdf);
  ASSERT_GE(t.sects.size(), d.issue_sources.size()) << t.dump.substr(0, 2000);
  // Document › Sect (cover, contents, issues) › Art › headings and paragraphs.
  for (const char* type : {"Document", "Sect", "H1", "TOC", "TOCI", "Link", "Art", "H2", "P"})
    EXPECT_NE(std::find(t.types.begin(), t.types.end(), type), t.types.end()) << type;
  // 14-002/14-003: the first heading is H1 and numbered headings never skip a level.
  int level = 0;
  for (const auto& type : t.types) {
    if (type.size() != 2 || type[0] != 'H' || type[1] < '1' || type[1] > '6') continue;
    int l = type[1] - '0';
    EXPECT_LE(l, level + 1) << "H" << l << " after H" << level;
    level = l;
  }
  const size_t first = t.sects.size() - d.issue_sources.size();  // after cover and contents
  for (size_t i = 0; i < d.issue_sources.size(); ++i) {
    std::u32string got = strip_space(t.sects[first + i]);
    std::u32string want = strip_space(model_text(d, i));
    double s = similarity(got, want);
    EXPECT_GE(s, kMinSimilarity) << "issue " << i + 1 << ": " << got.size() << " characters in the "
                                 << "structure, " << want.size() << " in the model";
    std::printf("issue %zu: structure text vs model %.4f (%zu / %zu characters)\n", i + 1, s,
                got.size(), want.size());
  }
}

// --- content walk ----------------------------------------------------------------------

struct Coverage {
  long glyphs = 0, in_structure = 0, artifact = 0, outside = 0;
  long mcids_unreferenced = 0;        // marked content no structure element claims
  long paths = 0, paths_outside = 0;  // painted paths (rules, boxes, marks): all artifacts
};

using PageMcid = std::pair<unsigned, long>;  // page object number, MCID

void collect(PoDoFo::PdfVecObjects& objs, const PoDoFo::PdfObject* o, unsigned page,
             std::set<PageMcid>& out, int depth = 0) {
  if (!o || depth > 64) return;
  if (o->IsReference())
    return collect(objs, objs.GetObject(o->GetReference()), page, out, depth + 1);
  if (o->IsNumber()) return void(out.insert({page, o->GetNumber()}));
  if (o->IsArray()) {
    for (const auto& k : o->GetArray()) collect(objs, &k, page, out, depth + 1);
    return;
  }
  if (!o->IsDictionary()) return;
  const PoDoFo::PdfDictionary& d = o->GetDictionary();
  if (const PoDoFo::PdfObject* pg = d.GetKey("Pg"); pg && pg->IsReference())
    page = pg->GetReference().ObjectNumber();
  if (const PoDoFo::PdfObject* m = d.GetKey("MCID")) out.insert({page, m->GetNumber()});
  if (const PoDoFo::PdfObject* k = d.GetKey("K")) collect(objs, k, page, out, depth + 1);
}

const PoDoFo::PdfObject* key(PoDoFo::PdfMemDocument& doc, const PoDoFo::PdfObject* o,
                             const char* name) {
  if (!o || !o->IsDictionary()) return nullptr;
  const PoDoFo::PdfObject* v = o->GetDictionary().GetKey(name);
  if (v && v->IsReference()) v = doc.GetObjects().GetObject(v->GetReference());
  return v;
}

// PDF/UA-1 (Matterhorn 1.02) 06-001/06-002/06-003: XMP with pdfuaid:part and dc:title;
// 07-001/07-002: DisplayDocTitle true; 11-001 (by default): the document's /Lang;
// ISO 14289-1 7.1: MarkInfo /Marked true; a StructTreeRoot with ParentTree and RoleMap.
void expect_document_keys(PoDoFo::PdfMemDocument& doc) {
  const PoDoFo::PdfObject* cat = doc.GetCatalog();
  const PoDoFo::PdfObject* mark = key(doc, cat, "MarkInfo");
  ASSERT_TRUE(mark && key(doc, mark, "Marked"));
  EXPECT_TRUE(key(doc, mark, "Marked")->GetBool());
  const PoDoFo::PdfObject* vp = key(doc, cat, "ViewerPreferences");
  ASSERT_TRUE(vp && key(doc, vp, "DisplayDocTitle"));
  EXPECT_TRUE(key(doc, vp, "DisplayDocTitle")->GetBool());
  ASSERT_TRUE(key(doc, cat, "Lang"));
  EXPECT_FALSE(key(doc, cat, "Lang")->GetString().GetStringUtf8().empty());
  const PoDoFo::PdfObject* meta = key(doc, cat, "Metadata");
  ASSERT_TRUE(meta && meta->HasStream());
  char* buf = nullptr;
  PoDoFo::pdf_long len = 0;
  meta->GetStream()->GetFilteredCopy(&buf, &len);
  std::string xmp(buf, len);
  PoDoFo::podofo_free(buf);
  EXPECT_NE(xmp.find("<pdfuaid:part>1</pdfuaid:part>"), std::string::npos) << xmp;
  EXPECT_NE(xmp.find("<dc:title>"), std::string::npos) << xmp;
  const PoDoFo::PdfObject* root = key(doc, cat, "StructTreeRoot");
  ASSERT_TRUE(root);
  EXPECT_TRUE(key(doc, root, "ParentTree"));
  EXPECT_TRUE(key(doc, root, "RoleMap"));
}

// The ParentTree's value for `n` (a number tree: /Nums here, /Kids below).
const PoDoFo::PdfObject* parent_of(PoDoFo::PdfMemDocument& doc, const PoDoFo::PdfObject* node,
                                   long long n, int depth = 0) {
  if (!node || depth > 32) return nullptr;
  if (const PoDoFo::PdfObject* nums = key(doc, node, "Nums"); nums && nums->IsArray()) {
    const PoDoFo::PdfArray& a = nums->GetArray();
    for (size_t i = 0; i + 1 < a.size(); i += 2)
      if (a[i].IsNumber() && a[i].GetNumber() == n)
        return a[i + 1].IsReference() ? doc.GetObjects().GetObject(a[i + 1].GetReference())
                                      : &a[i + 1];
  }
  if (const PoDoFo::PdfObject* kids = key(doc, node, "Kids"); kids && kids->IsArray())
    for (const auto& k : kids->GetArray())
      if (k.IsReference())
        if (auto* v = parent_of(doc, doc.GetObjects().GetObject(k.GetReference()), n, depth + 1))
          return v;
  return nullptr;
}

// Each page: /StructParents and /Tabs /S (28-008/28-009); each annotation tagged
// (/StructParent: its Link element holds it as an OBJR, 28-011) with its alternate
// description (/Contents, 28-012).
void expect_page_keys(PoDoFo::PdfMemDocument& doc, PoDoFo::PdfPage* page) {
  const PoDoFo::PdfObject* po = page->GetObject();
  EXPECT_TRUE(key(doc, po, "StructParents"));
  const PoDoFo::PdfObject* tabs = key(doc, po, "Tabs");
  ASSERT_TRUE(tabs && tabs->IsName());
  EXPECT_EQ(tabs->GetName().GetName(), "S");
  const PoDoFo::PdfObject* annots = key(doc, po, "Annots");
  if (!annots) return;
  for (const auto& a : annots->GetArray()) {
    const PoDoFo::PdfObject* ao =
        a.IsReference() ? doc.GetObjects().GetObject(a.GetReference()) : &a;
    const PoDoFo::PdfObject* sp = key(doc, ao, "StructParent");
    ASSERT_TRUE(sp && sp->IsNumber());
    const PoDoFo::PdfObject* root = key(doc, doc.GetCatalog(), "StructTreeRoot");
    const PoDoFo::PdfObject* elem = parent_of(doc, key(doc, root, "ParentTree"), sp->GetNumber());
    const PoDoFo::PdfObject* type = key(doc, elem, "S");
    ASSERT_TRUE(type && type->IsName());
    EXPECT_EQ(type->GetName().GetName(), "Link");
    const PoDoFo::PdfObject* contents = key(doc, ao, "Contents");
    ASSERT_TRUE(contents);
    EXPECT_FALSE(contents->GetString().GetStringUtf8().empty());
  }
}

Coverage walk(const std::string& pdf) {
  std::string qdf = pdf + ".qdf.pdf";  // uncompressed by qpdf, read by PoDoFo
  int st = 0;
  run("qpdf --qdf --object-streams=disable " + pdf + " " + qdf, &st);
  EXPECT_EQ(st, 0);
  PoDoFo::PdfMemDocument doc;
  doc.Load(qdf.c_str());
  PoDoFo::PdfVecObjects& objs = doc.GetObjects();
  std::set<PageMcid> tree;
  const PoDoFo::PdfObject* root = doc.GetCatalog()->GetIndirectKey("StructTreeRoot");
  EXPECT_TRUE(root != nullptr);
  if (root) collect(objs, root, 0, tree);

  expect_document_keys(doc);
  Coverage c;
  for (int p = 0; p < doc.GetPageCount(); ++p) {
    PoDoFo::PdfPage* page = doc.GetPage(p);
    expect_page_keys(doc, page);
    unsigned num = page->GetObject()->Reference().ObjectNumber();
    PoDoFo::PdfContentsTokenizer tok(page);
    PoDoFo::EPdfContentsType type;
    const char* kw = nullptr;
    PoDoFo::PdfVariant var;
    std::vector<PoDoFo::PdfVariant> operands;
    std::vector<int> marks;  // per open sequence: 0 other, 1 structure, 2 artifact
    auto count = [&](long n) {
      c.glyphs += n;
      if (std::count(marks.begin(), marks.end(), 2))
        c.artifact += n;
      else if (std::count(marks.begin(), marks.end(), 1))
        c.in_structure += n;
      else
        c.outside += n;
    };
    while (tok.ReadNext(type, kw, var)) {
      if (type == PoDoFo::ePdfContentsType_Variant) {
        operands.push_back(var);
        continue;
      }
      if (type != PoDoFo::ePdfContentsType_Keyword) continue;
      std::string op = kw;
      if (op == "BMC" || op == "BDC") {
        std::string tag = operands.empty() ? "" : "";
        for (const auto& v : operands)
          if (v.IsName()) tag = v.GetName().GetName();
        int m = tag == "Artifact" ? 2 : 0;
        for (const auto& v : operands)
          if (v.IsDictionary() && v.GetDictionary().HasKey("MCID")) {
            long id = v.GetDictionary().GetKey("MCID")->GetNumber();
            if (tree.count({num, id}))
              m = 1;
            else
              ++c.mcids_unreferenced;
          }
        marks.push_back(m);
      } else if (op == "S" || op == "s" || op == "f" || op == "F" || op == "f*" || op == "B" ||
                 op == "B*" || op == "b" || op == "b*") {
        ++c.paths;
        if (!std::count(marks.begin(), marks.end(), 2)) ++c.paths_outside;  // not an artifact
      } else if (op == "EMC") {
        if (!marks.empty()) marks.pop_back();
      } else if (op == "Tj" || op == "'" || op == "\"") {
        if (!operands.empty() && (operands.back().IsString() || operands.back().IsHexString()))
          count(operands.back().GetString().GetLength() / 2);
      } else if (op == "TJ" && !operands.empty() && operands.back().IsArray()) {
        for (const auto& e : operands.back().GetArray())
          if (e.IsString() || e.IsHexString()) count(e.GetString().GetLength() / 2);
      }
      operands.clear();
    }
  }
  fs::remove(qdf);
  return c;
}

void expect_every_glyph_tagged(const std::string& pdf) {
  Coverage c = walk(pdf);
  EXPECT_GT(c.glyphs, 1000);
  EXPECT_GT(c.in_structure, c.artifact);  // the text is content; heads and folios are few
  EXPECT_GT(c.artifact, 0);               // running heads and folios
  EXPECT_EQ(c.outside, 0) << "glyphs neither in the structure tree nor artifacts";
  EXPECT_EQ(c.mcids_unreferenced, 0) << "marked content no element refers to";
  EXPECT_GT(c.paths, 0);  // rules
  EXPECT_EQ(c.paths_outside, 0) << "rules or boxes not marked as artifacts";
  std::printf(
      "%s: %ld glyphs, %ld in the structure, %ld artifacts, %ld outside; %ld paths, %ld "
      "outside\n",
      pdf.c_str(), c.glyphs, c.in_structure, c.artifact, c.outside, c.paths, c.paths_outside);
}

bool have_tools() {
  return have_tool("pdfinfo") && have_tool("qpdf") && fs::exists(WZ_BINARY);
}

TEST(Tagged, SampleStructureReadsInModelOrder) {
  if (!have_tools()) GTEST_SKIP() << "pdfinfo, qpdf or the wenzhai binary missing";
  Digest d = sample();
  std::string pdf = build(d.manifest, "sample");
  expect_reading_order(d, pdf);
  expect_every_glyph_tagged(pdf);
  int st = 0;
  std::string check = run("qpdf --check " + pdf + " 2>&1", &st);
  EXPECT_EQ(st, 0) << check;
  std::string info = run("pdfinfo " + pdf);
  EXPECT_NE(info.find("Tagged:          yes"), std::string::npos) << info;
  EXPECT_NE(info.find("PDF version:     1.7"), std::string::npos) << info;  // PDF/UA-1's base
  fs::remove_all(fs::path(pdf).parent_path());
}

TEST(Tagged, SeedDigestStructureReadsInModelOrder) {
  if (!have_tools()) GTEST_SKIP() << "pdfinfo, qpdf or the wenzhai binary missing";
  if (!have_seeds()) GTEST_SKIP() << "../shared/seeds absent";
  Digest d = seeds();
  std::string pdf = build(d.manifest, "seeds");
  expect_reading_order(d, pdf);
  expect_every_glyph_tagged(pdf);
  fs::remove_all(fs::path(pdf).parent_path());
}

// The seed pages as a broadsheet issue: articles continue onto the next page (（转下页）,
// （接上页）), and each stays one Art whose text reads as the model's.
TEST(Tagged, BroadsheetJumpsStayOneArticle) {
  if (!have_tools()) GTEST_SKIP() << "pdfinfo, qpdf or the wenzhai binary missing";
  if (!have_seeds()) GTEST_SKIP() << "../shared/seeds absent";
  if (!have_tool("pdftotext")) GTEST_SKIP() << "pdftotext missing";
  std::string seeds_dir = fs::canonical(std::string(WZ_SHARED_DIR) + "/seeds").string();
  std::ifstream in(std::string(WZ_SOURCE_DIR) +
                   "/tests/fuzz/corpus/manifest/broadsheet-seeds.toml");
  std::stringstream text;
  text << in.rdbuf();
  std::string m = text.str();
  for (size_t at; (at = m.find("../../../shared/seeds")) != std::string::npos;)
    m.replace(at, 21, seeds_dir);
  // The first issue holds the three pages twice: more text than its pages take whole, so
  // an article continues onto the next page whatever the make-up's fill does.
  const std::string last = seeds_dir + "/002_8be08b9eb7dee6b6.txt\"]";
  size_t at = m.find(last);
  ASSERT_NE(at, std::string::npos) << m;
  std::string again;
  for (const char* f : {"000_a6cfe7d97ab7cbd9", "001_cbf07a30de24a613", "002_8be08b9eb7dee6b6"})
    again += ", \"" + seeds_dir + "/" + f + ".txt\"";
  m.insert(at + last.size() - 1, again);
  fs::path dir = fs::temp_directory_path() / ("wz-tagged-bs-m-" + std::to_string(getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "broadsheet.toml") << m;
  Digest d{(dir / "broadsheet.toml").string(), {}};
  for (const char* f : {"000_a6cfe7d97ab7cbd9", "001_cbf07a30de24a613", "002_8be08b9eb7dee6b6"})
    d.issue_sources.push_back({seeds_dir + "/" + f + ".txt"});
  d.issue_sources.front() = {d.issue_sources[0][0], d.issue_sources[1][0], d.issue_sources[2][0]};
  d.issue_sources.resize(1);  // the first issue holds all three pages, twice
  for (int k = 0; k < 3; ++k) d.issue_sources[0].push_back(d.issue_sources[0][k]);
  std::string pdf = build(d.manifest, "bs");
  ASSERT_NE(run("pdftotext " + pdf + " -").find("（接上页）"), std::string::npos)
      << "no article continues onto another page: the test would not test what it says";
  Tree t = read_tree(pdf);
  ASSERT_GE(t.sects.size(), 3u);
  double s = similarity(strip_space(t.sects[2]), strip_space(model_text(d, 0)));
  EXPECT_GE(s, kMinSimilarity);
  std::printf("broadsheet issue 1: structure text vs model %.4f\n", s);
  expect_every_glyph_tagged(pdf);
  fs::remove_all(dir);
  fs::remove_all(fs::path(pdf).parent_path());
}

// [options] tagged_pdf = false writes the file as before tagging; a value that is not a
// boolean is an error naming the key.
TEST(Tagged, SwitchOffWritesAnUntaggedFile) {
  if (!have_tools()) GTEST_SKIP() << "pdfinfo, qpdf or the wenzhai binary missing";
  fs::path dir = fs::temp_directory_path() / ("wz-tagged-switch-" + std::to_string(getpid()));
  fs::create_directories(dir);
  std::string pages = std::string(WZ_SOURCE_DIR) + "/samples/pages";
  auto manifest = [&](const std::string& value) {
    std::ofstream(dir / "off.toml")
        << "[digest]\ntitle = \"关\"\n[options]\ntagged_pdf = " << value << "\nroots = [\"" << pages
        << "\"]\n[[issues]]\ntitle = \"一\"\n"
        << "sources = [\"" << pages << "/page-01.txt\"]\n";
    return (dir / "off.toml").string();
  };
  std::string pdf = build(manifest("false"), "off");
  std::string info = run("pdfinfo " + pdf);
  EXPECT_NE(info.find("Tagged:          no"), std::string::npos) << info;
  {
    PoDoFo::PdfMemDocument doc;
    doc.Load(pdf.c_str());
    EXPECT_EQ(doc.GetCatalog()->GetDictionary().GetKey("StructTreeRoot"), nullptr);
    EXPECT_EQ(doc.GetCatalog()->GetDictionary().GetKey("MarkInfo"), nullptr);
  }
  int st = 0;
  std::string err = run(std::string(WZ_BINARY) + " build " + manifest("\"no\"") + " -o " +
                            (dir / "out2").string() + " --pdf-only -q 2>&1",
                        &st);
  EXPECT_NE(st, 0);
  EXPECT_NE(err.find("options.tagged_pdf"), std::string::npos) << err;
  EXPECT_NE(err.find("off.toml"), std::string::npos) << err;
  fs::remove_all(dir);
  fs::remove_all(fs::path(pdf).parent_path());
}

// Text the structured source marks as another language (<span lang="la">) is a Span with
// /Lang in its paragraph; the structure's text still equals the model's, every glyph is
// tagged, and the document's other text keeps the catalog's language.
TEST(Tagged, SpanInAnotherLanguageHasItsLang) {
  if (!have_tools()) GTEST_SKIP() << "pdfinfo, qpdf or the wenzhai binary missing";
  fs::path dir = fs::temp_directory_path() / ("wz-tagged-langsrc-" + std::to_string(getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "page.md")
      << "# 银杏：活化石\n\n本报讯（记者 王明）银杏（<span lang=\"la\">Ginkgo biloba</span>）"
         "是现存最古老的裸子植物之一，英文常称<span lang=\"en-GB\">living fossil</span>。"
         "城南公园的这棵古银杏已有三百多年树龄。\n\n园林部门介绍，今年秋天将为古树设置围栏。\n";
  std::ofstream(dir / "lang.toml") << "[digest]\ntitle = \"语种\"\n[options]\nroots = [\""
                                   << dir.string() << "\"]\n[[issues]]\ntitle = \"一\"\n"
                                   << "sources = [\"page.md\"]\n";
  Digest d{(dir / "lang.toml").string(), {{"page.md"}}};
  std::string pdf = build(d.manifest, "lang");
  Tree t = read_tree(pdf);
  EXPECT_NE(t.dump.find("Span (inline)\n          \"Ginkgo biloba\""), std::string::npos) << t.dump;
  expect_reading_order(d, pdf);
  Coverage c = walk(pdf);  // (a small file: expect_every_glyph_tagged wants > 1,000 glyphs)
  EXPECT_GT(c.in_structure, 100);
  EXPECT_EQ(c.outside, 0);
  EXPECT_EQ(c.mcids_unreferenced, 0);
  std::string qdf = (dir / "q.pdf").string();
  run("qpdf --qdf --object-streams=disable " + pdf + " " + qdf);
  std::ifstream in(qdf, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  std::string q = bytes.str();
  EXPECT_NE(q.find("/Lang (la)"), std::string::npos);
  EXPECT_NE(q.find("/Lang (en-GB)"), std::string::npos);
  fs::remove_all(dir);
  fs::remove_all(fs::path(pdf).parent_path());
}

}  // namespace
}  // namespace wz::pdf::test
