// Pictures in the sources (issue 10): ![alt](file "caption") in the structured Markdown,
// the manifest's sidecar for raw pages, and the check of every picture file.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "../image_maker.h"
#include "base/error.h"
#include "ingest/ingest.h"
#include "ingest/pictures.h"

namespace wz::ingest {
namespace {

namespace fs = std::filesystem;
using model::BlockKind;

std::string error_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const Error& e) {
    return e.what();
  }
  return "no error";
}

TEST(Pictures, MarkdownImageBecomesImageAndCaption) {
  const std::string md =
      "# 技能大师进校园\n\n类型：photo\n\n![大师演示数控加工](photos/a.jpg "
      "\"4月8日，学生们观看演示。\")\n\n"
      "摄影：本报记者 周晓林 摄\n";
  auto arts = read_structured(md, "/src/pages/p.md", {});
  ASSERT_EQ(arts.size(), 1u);
  const auto& b = arts[0].blocks;
  ASSERT_EQ(b.size(), 3u);
  EXPECT_EQ(b[0].kind, BlockKind::Image);
  EXPECT_EQ(b[0].image.file, "/src/pages/photos/a.jpg");  // relative to the source
  EXPECT_EQ(b[0].image.alt, "大师演示数控加工");
  EXPECT_EQ(b[0].pos.line, 5);
  EXPECT_EQ(b[1].kind, BlockKind::Caption);
  EXPECT_EQ(model::plain_text(b[1].text), "4月8日，学生们观看演示。");
  EXPECT_EQ(b[2].kind, BlockKind::Credit);
}

TEST(Pictures, ImageWithoutAltTakesTheCaption) {
  auto arts = read_structured("# 题\n\n![](a.png)\n\n图注：工人们在车间里。\n", "p.md", {});
  const auto& b = arts[0].blocks;
  ASSERT_EQ(b.size(), 2u);
  EXPECT_EQ(b[0].image.alt, "");
  EXPECT_EQ(model::alt_text(b, 0), "工人们在车间里。");
}

TEST(Pictures, ImageInAHeadingIsAnErrorNotDropped) {
  std::string e = error_of([] { read_structured("# 题\n\n## 小题 ![图](a.png)\n", "p.md", {}); });
  EXPECT_NE(e.find("p.md:3: an image inside a heading"), std::string::npos) << e;
}

model::Issue issue_with_caption(const std::string& caption) {
  model::Issue is;
  is.title = "第一期";
  model::Article a;
  a.blocks.push_back({BlockKind::Paragraph, {{"正文。"}}, {}});
  a.blocks.push_back({BlockKind::Caption, {{caption}}, {"p.txt", 30}});
  a.blocks.push_back({BlockKind::Credit, {{"本报记者 周晓林 摄"}}, {"p.txt", 30}});
  is.articles.push_back(a);
  return is;
}

TEST(Pictures, SidecarGoesBeforeTheCaptionItNames) {
  model::Issue is = issue_with_caption("3月10日，江城市焊工比赛现场。");
  // Written with an ASCII comma and a space: matched as ingest normalised the caption.
  is.images.push_back({"3月10日, 江城市", "/x/p3.jpg", "焊花飞溅", {"d.toml", 12}});
  attach_sidecar_images(is, true);
  const auto& b = is.articles[0].blocks;
  ASSERT_EQ(b.size(), 4u);
  EXPECT_EQ(b[1].kind, BlockKind::Image);
  EXPECT_EQ(b[1].image.file, "/x/p3.jpg");
  EXPECT_EQ(b[1].image.alt, "焊花飞溅");
  EXPECT_EQ(b[1].pos.line, 30);  // the caption's line
  EXPECT_EQ(b[2].kind, BlockKind::Caption);
}

TEST(Pictures, SidecarKeyWithoutCaptionIsAnError) {
  model::Issue is = issue_with_caption("3月10日，江城市焊工比赛现场。");
  is.images.push_back({"图为", "/x/p3.jpg", "", {"d.toml", 12}});
  std::string e = error_of([&] { attach_sidecar_images(is, true); });
  EXPECT_NE(e.find("d.toml:12: images: no caption in issue \"第一期\" starts with \"图为\""),
            std::string::npos)
      << e;
}

TEST(Pictures, MissingCorruptAndBombPicturesNameSourceLineAndFile) {
  fs::path dir = fs::temp_directory_path() / "wz-pictures-test";
  fs::create_directories(dir);
  auto digest_with = [&](const std::string& file) {
    model::Digest d;
    d.issues.push_back(issue_with_caption("图为车间。"));
    d.issues[0].articles[0].blocks.insert(d.issues[0].articles[0].blocks.begin() + 1,
                                          {BlockKind::Image, {}, {"p.md", 7}, {file, "车间"}});
    return d;
  };
  InputPolicy any{{}, true};
  std::string missing = (dir / "missing.jpg").string();
  std::string e = error_of([&] { check_pictures(digest_with(missing), any); });
  EXPECT_NE(e.find("p.md:7: " + missing + ": image: "), std::string::npos) << e;

  std::string corrupt = (dir / "corrupt.jpg").string();
  std::string j = test::make_jpeg(64, 64, 3);
  std::ofstream(corrupt, std::ios::binary) << j.substr(0, j.size() / 2);
  e = error_of([&] { check_pictures(digest_with(corrupt), any); });
  EXPECT_NE(e.find("p.md:7: " + corrupt + ": image: cannot decode the jpg image"),
            std::string::npos)
      << e;

  std::string bomb = (dir / "bomb.png").string();
  std::ofstream(bomb, std::ios::binary) << test::png_header_only(20000, 20000);
  e = error_of([&] { check_pictures(digest_with(bomb), any); });
  EXPECT_NE(e.find("p.md:7: " + bomb + ": image: the image is 20000×20000 pixels"),
            std::string::npos)
      << e;

  std::string good = (dir / "good.jpg").string();
  std::ofstream(good, std::ios::binary) << test::make_jpeg(8, 8, 3);
  model::Digest d = digest_with(good);
  EXPECT_TRUE(check_pictures(d, any).empty());
  d.issues[0].articles[0].blocks[1].image.alt.clear();
  auto w = check_pictures(d, any);
  ASSERT_EQ(w.size(), 1u);
  EXPECT_NE(w[0].find("p.md:7: image " + good + " has no alt text; its caption is used"),
            std::string::npos)
      << w[0];
  fs::remove_all(dir);
}

}  // namespace
}  // namespace wz::ingest
