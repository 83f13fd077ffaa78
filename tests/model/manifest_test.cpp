// Manifest errors name the file, the line and the key; good manifests resolve sources.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <sys/stat.h>

#include "base/error.h"
#include "model/dump.h"
#include "model/manifest.h"

namespace fs = std::filesystem;
using wz::model::parse_manifest;

namespace {

class ManifestTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("wz-manifest-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    std::ofstream(dir_ / "page.txt") << "标题\n\n正文。\n";
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string path() const { return (dir_ / "digest.toml").string(); }
  // The error message parse_manifest gives for `text`.
  std::string error_of(const std::string& text) {
    try {
      parse_manifest(text, path());
    } catch (const wz::Error& e) {
      return e.what();
    }
    return "(no error)";
  }
  fs::path dir_;
};

const char* kGood = R"([digest]
title = "职工文摘"
editor = "编辑部"
date = 2024-02-12

[[issues]]
title = "第一期"
sources = ["page.txt"]
layout = "digest-a4"
)";

TEST_F(ManifestTest, ReadsMetadataAndResolvesSources) {
  auto d = parse_manifest(kGood, path());
  EXPECT_EQ(d.title, "职工文摘");
  EXPECT_EQ(d.editor, "编辑部");
  EXPECT_EQ(d.date, "2024-02-12");
  EXPECT_EQ(d.language, "zh-CN");
  ASSERT_EQ(d.issues.size(), 1u);
  EXPECT_EQ(d.issues[0].layout, "digest-a4");
  ASSERT_EQ(d.issues[0].sources.size(), 1u);
  EXPECT_EQ(fs::path(d.issues[0].sources[0]).filename(), "page.txt");
  EXPECT_EQ(d.issues[0].pos.line, 6);
}

TEST_F(ManifestTest, ProfileOptionIsAnEnumAndABadOneIsNamed) {
  EXPECT_EQ(parse_manifest(kGood, path()).options.profile, wz::model::OutputProfile::Screen);
  std::string with = std::string(kGood) + "\n[options]\nprofile = \"archive\"\n";
  EXPECT_EQ(parse_manifest(with, path()).options.profile, wz::model::OutputProfile::Archive);
  std::string e = error_of(std::string(kGood) + "\n[options]\nprofile = \"press\"\n");
  EXPECT_NE(e.find("options.profile"), std::string::npos) << e;
  EXPECT_NE(e.find("screen | print | archive"), std::string::npos) << e;
}

// The catalogue metadata: rights, description, subjects, series and number, book
// numbers (normalised), contributors with roles; toc_depth an enum (issue 13).
TEST_F(ManifestTest, ReadsCatalogueMetadataAndTocDepth) {
  std::string text = R"([digest]
title = "职工文摘"
rights = "© 2024 文摘编辑部"
description = "工会新闻的月度汇编"
subject = ["工会", "劳动保障"]
series = "职工文摘丛书"
series_number = 3
isbn = "0-306-40615-2"
issn = "0317-8471"
contributors = [{ name = "李华", role = "photographer" }, { name = "王芳", role = "editor" }]

[options]
toc_depth = "section"

[[issues]]
title = "第一期"
sources = ["page.txt"]
)";
  auto d = parse_manifest(text, path());
  EXPECT_EQ(d.rights, "© 2024 文摘编辑部");
  EXPECT_EQ(d.description, "工会新闻的月度汇编");
  EXPECT_EQ(d.subjects, (std::vector<std::string>{"工会", "劳动保障"}));
  EXPECT_EQ(d.series, "职工文摘丛书");
  EXPECT_EQ(d.series_number, 3);
  EXPECT_EQ(d.isbn, "9780306406157");
  EXPECT_EQ(d.issn, "0317-8471");
  ASSERT_EQ(d.contributors.size(), 2u);
  EXPECT_EQ(d.contributors[0].role, wz::model::ContributorRole::Photographer);
  EXPECT_STREQ(wz::model::marc_relator(d.contributors[1].role), "edt");
  EXPECT_EQ(d.options.toc_depth, wz::model::TocDepth::Section);
  EXPECT_EQ(parse_manifest(kGood, path()).options.toc_depth, wz::model::TocDepth::Article);
  // A single subject may be a string.
  std::string one = std::string(kGood);
  one.insert(one.find("editor"), "subject = \"工会\"\n");
  EXPECT_EQ(parse_manifest(one, path()).subjects, (std::vector<std::string>{"工会"}));
}

TEST_F(ManifestTest, BadCatalogueValuesNameKeyLineAndWhy) {
  auto with = [&](const std::string& line) {
    std::string t = kGood;
    t.insert(t.find("editor"), line + "\n");
    return error_of(t);
  };
  std::string e = with("isbn = \"978-0-306-40615-8\"");
  EXPECT_NE(e.find("digest.toml:3"), std::string::npos) << e;
  EXPECT_NE(e.find("digest.isbn"), std::string::npos) << e;
  EXPECT_NE(e.find("check digit should be 7"), std::string::npos) << e;
  e = with("issn = \"1234\"");
  EXPECT_NE(e.find("digest.issn"), std::string::npos) << e;
  e = with("series_number = 2");
  EXPECT_NE(e.find("needs digest.series"), std::string::npos) << e;
  e = with("contributors = [{ name = \"李华\", role = \"cook\" }]");
  EXPECT_NE(e.find("digest.contributors[1].role"), std::string::npos) << e;
  EXPECT_NE(e.find("photographer"), std::string::npos) << e;
  e = error_of(std::string(kGood) + "\n[options]\ntoc_depth = \"chapter\"\n");
  EXPECT_NE(e.find("options.toc_depth"), std::string::npos) << e;
  EXPECT_NE(e.find("issue | article | section"), std::string::npos) << e;
}

TEST_F(ManifestTest, ImageMaxDpiIsAWholeNumberInRange) {
  EXPECT_EQ(parse_manifest(kGood, path()).options.image_max_dpi, 300);  // the default
  auto opts = [&](const std::string& v) {
    return std::string(kGood) + "\n[options]\nimage_max_dpi = " + v + "\n";
  };
  EXPECT_EQ(parse_manifest(opts("200"), path()).options.image_max_dpi, 200);
  for (const char* bad : {"10", "5000", "\"300\"", "299.5"}) {
    std::string e = error_of(opts(bad));
    EXPECT_NE(e.find("options.image_max_dpi"), std::string::npos) << e;
    EXPECT_NE(e.find("from 72 to 2400"), std::string::npos) << e;
  }
}

TEST_F(ManifestTest, MissingTitleNamesKeyAndLine) {
  std::string e =
      error_of("[digest]\neditor = \"x\"\n[[issues]]\ntitle=\"a\"\nsources=[\"page.txt\"]\n");
  EXPECT_NE(e.find("digest.toml:1"), std::string::npos) << e;
  EXPECT_NE(e.find("digest.title"), std::string::npos) << e;
  EXPECT_NE(e.find("missing"), std::string::npos) << e;
}

TEST_F(ManifestTest, UnknownKeyNamesKeyAndLine) {
  std::string e = error_of(
      "[digest]\ntitle = \"t\"\ncolour = "
      "\"red\"\n[[issues]]\ntitle=\"a\"\nsources=[\"page.txt\"]\n");
  EXPECT_NE(e.find("digest.toml:3"), std::string::npos) << e;
  EXPECT_NE(e.find("digest.colour"), std::string::npos) << e;
  EXPECT_NE(e.find("unknown key"), std::string::npos) << e;
}

TEST_F(ManifestTest, WrongTypeNamesKey) {
  std::string e =
      error_of("[digest]\ntitle = 5\n[[issues]]\ntitle=\"a\"\nsources=[\"page.txt\"]\n");
  EXPECT_NE(e.find("digest.toml:2"), std::string::npos) << e;
  EXPECT_NE(e.find("expected a string"), std::string::npos) << e;
}

TEST_F(ManifestTest, MissingSourceFileNamesIt) {
  std::string e =
      error_of("[digest]\ntitle = \"t\"\n[[issues]]\ntitle=\"a\"\nsources=[\"nope.txt\"]\n");
  EXPECT_NE(e.find("digest.toml:5"), std::string::npos) << e;
  EXPECT_NE(e.find("nope.txt"), std::string::npos) << e;
  EXPECT_NE(e.find("not found"), std::string::npos) << e;
}

TEST_F(ManifestTest, SourcesMustBeAList) {
  std::string e =
      error_of("[digest]\ntitle = \"t\"\n[[issues]]\ntitle=\"a\"\nsources=\"page.txt\"\n");
  EXPECT_NE(e.find("issues[1].sources"), std::string::npos) << e;
}

TEST_F(ManifestTest, NoIssuesIsAnError) {
  EXPECT_NE(error_of("[digest]\ntitle = \"t\"\n").find("at least one issue"), std::string::npos);
}

TEST_F(ManifestTest, InvalidTomlGivesLine) {
  std::string e = error_of("[digest]\ntitle = \"t\n");
  EXPECT_NE(e.find("digest.toml:2"), std::string::npos) << e;
  EXPECT_NE(e.find("invalid TOML"), std::string::npos) << e;
}

TEST_F(ManifestTest, BadPunctuationOptionListsChoices) {
  std::string e = error_of(std::string(kGood) + "[options]\npunctuation = \"wide\"\n");
  EXPECT_NE(e.find("quanjiao | kaiming | banjiao | plain"), std::string::npos) << e;
}

TEST_F(ManifestTest, EncodingPerIssueAndInOptions) {
  auto d = parse_manifest(
      std::string(kGood) + "encoding = \"GBK\"\n[options]\nencoding = \"Big5\"\n", path());
  EXPECT_EQ(d.options.encoding, "Big5");
  EXPECT_EQ(d.options.encoding_pos.line, 12);
  ASSERT_EQ(d.issues.size(), 1u);
  EXPECT_EQ(d.issues[0].encoding, "GBK");
  EXPECT_EQ(d.issues[0].encoding_pos.line, 10);
  EXPECT_EQ(parse_manifest(kGood, path()).issues[0].encoding, "");  // default: detect
}

TEST_F(ManifestTest, EncodingMustBeAString) {
  std::string e = error_of(std::string(kGood) + "encoding = 18030\n");
  EXPECT_NE(e.find("digest.toml:10"), std::string::npos) << e;
  EXPECT_NE(e.find("issues[1].encoding"), std::string::npos) << e;
  EXPECT_NE(e.find("expected a string"), std::string::npos) << e;
  e = error_of(std::string(kGood) + "[options]\nencoding = true\n");
  EXPECT_NE(e.find("digest.toml:11"), std::string::npos) << e;
  EXPECT_NE(e.find("options.encoding"), std::string::npos) << e;
}

// Issue 14, defect 5: language is a BCP 47 tag (it goes into xml:lang).
TEST_F(ManifestTest, LanguageMustBeABcp47Tag) {
  for (const char* ok : {"zh-CN", "zh-Hans", "zh-Hant-TW", "en", "yue-HK"}) {
    std::string m = std::string(kGood);
    m.insert(m.find("date ="), std::string("language = \"") + ok + "\"\n");
    EXPECT_EQ(parse_manifest(m, path()).language, ok);
  }
  for (const char* bad : {"zh\\\"><x>", "zh_CN", "中文", "zh-", "-zh", "zh CN"}) {
    std::string m = std::string(kGood);
    m.insert(m.find("date ="), std::string("language = \"") + bad + "\"\n");
    std::string e = error_of(m);
    EXPECT_NE(e.find("digest.toml:4"), std::string::npos) << bad << ": " << e;
    EXPECT_NE(e.find("BCP 47"), std::string::npos) << bad << ": " << e;
  }
}

// Issue 14, defect 4: inputs are confined to the manifest's tree unless opted in.
class ManifestInputs : public ManifestTest {
 protected:
  std::string with_source(const std::string& src, const std::string& options = "") {
    return "[digest]\ntitle = \"t\"\n" + options + "[[issues]]\ntitle = \"a\"\nsources = [\"" +
           src + "\"]\n";
  }
};

TEST_F(ManifestInputs, AbsoluteAndParentPathsOutsideAreRefused) {
  for (const char* src : {"/etc/passwd", "../../etc/passwd"}) {
    std::string e = error_of(with_source(src));
    EXPECT_NE(e.find("digest.toml:5"), std::string::npos) << e;
    EXPECT_NE(e.find("issues[1].sources"), std::string::npos) << e;
    EXPECT_NE(e.find("outside the manifest's directory"), std::string::npos) << e;
    EXPECT_NE(e.find("--allow-outside"), std::string::npos) << e;
  }
}

TEST_F(ManifestInputs, SymlinksAreJudgedByWhereTheyLead) {
  fs::create_symlink("/etc/passwd", dir_ / "leak.txt");
  EXPECT_NE(error_of(with_source("leak.txt")).find("resolves to /etc/passwd"), std::string::npos);
  fs::create_symlink(dir_ / "page.txt", dir_ / "alias.txt");  // inside: fine
  EXPECT_NO_THROW(parse_manifest(with_source("alias.txt"), path()));
  std::string cover =
      "[digest]\ntitle = \"t\"\ncover = \"leak.txt\"\n[[issues]]\ntitle = \"a\"\n"
      "sources = [\"page.txt\"]\n";
  std::string e = error_of(cover);
  EXPECT_NE(e.find("digest.cover"), std::string::npos) << e;
  EXPECT_NE(e.find("outside"), std::string::npos) << e;
}

TEST_F(ManifestInputs, OnlyRegularFiles) {
  fs::create_directory(dir_ / "sub");
  EXPECT_NE(error_of(with_source("sub")).find("is a directory, not a file"), std::string::npos);
  ASSERT_EQ(mkfifo((dir_ / "fifo").c_str(), 0600), 0);
  EXPECT_NE(error_of(with_source("fifo")).find("not a regular file"), std::string::npos);
  auto outside = [&](const std::string& text) {
    try {
      parse_manifest(text, path(), {true});
    } catch (const wz::Error& e) {
      return std::string(e.what());
    }
    return std::string("(no error)");
  };
  EXPECT_NE(outside(with_source("/proc/self/environ")).find("/proc or /sys"), std::string::npos);
  EXPECT_NE(outside(with_source("/dev/zero")).find("not a regular file"), std::string::npos);
}

TEST_F(ManifestInputs, RootsAndAllowOutsideOptIn) {
  fs::path other = dir_.string() + "-other";
  fs::create_directories(other);
  std::ofstream(other / "p.txt") << "标题\n\n正文。\n";
  std::string src = (other / "p.txt").string();
  EXPECT_NE(error_of(with_source(src)).find("outside"), std::string::npos);
  auto d =
      parse_manifest(with_source(src, "[options]\nroots = [\"" + other.string() + "\"]\n"), path());
  EXPECT_EQ(d.issues[0].sources[0], src);
  EXPECT_NO_THROW(parse_manifest(with_source(src), path(), {true}));
  std::string e = error_of(with_source(src, "[options]\nroots = [\"nowhere\"]\n"));
  EXPECT_NE(e.find("options.roots"), std::string::npos) << e;
  EXPECT_NE(e.find("not a directory"), std::string::npos) << e;
  fs::remove_all(other);
}

TEST(Dump, PrintsEveryBlockKind) {
  wz::model::Article a;
  a.head.kicker = "引题";
  a.head.headline = "主题";
  a.blocks.push_back({wz::model::BlockKind::Paragraph,
                      {{"本报讯（记者张三）", wz::model::Span::Style::Byline}, {"正文。"}},
                      {"p.txt", 3}});
  a.blocks.push_back({wz::model::BlockKind::Credit, {{"李四 摄"}}, {"p.txt", 5}});
  std::string d = wz::model::dump({a}, {true});
  EXPECT_EQ(d,
            "  article kind=news\n    kicker: 引题\n    headline: 主题\n"
            "    paragraph: [byline:本报讯（记者张三）]正文。  @p.txt:3\n"
            "    credit: 李四 摄  @p.txt:5\n");
}

}  // namespace

TEST_F(ManifestTest, FrontmatterSizeIsALayoutSizeAndABadOneIsNamed) {
  EXPECT_EQ(parse_manifest(kGood, path()).front_size, "");
  std::string with = std::string(kGood) + "\n[frontmatter]\nsize = \"A5\"\n";
  EXPECT_EQ(parse_manifest(with, path()).front_size, "A5");
  std::string e = error_of(std::string(kGood) + "\n[frontmatter]\nsize = \"A9\"\n");
  EXPECT_NE(e.find("digest.toml:12"), std::string::npos) << e;
  EXPECT_NE(e.find("frontmatter.size"), std::string::npos) << e;
  EXPECT_NE(e.find("'A9' is not a known size: A3"), std::string::npos) << e;
  e = error_of(std::string(kGood) + "\n[frontmatter]\nlayout = \"A5\"\n");
  EXPECT_NE(e.find("frontmatter.layout"), std::string::npos) << e;
  EXPECT_NE(e.find("unknown key"), std::string::npos) << e;
}
