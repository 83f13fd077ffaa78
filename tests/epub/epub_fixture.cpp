#include "epub_fixture.h"

#include <unistd.h>
#include <zip.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

namespace wz::epub::test {

using namespace model;

namespace {

Block blk(BlockKind k, std::string text, Span::Style st = Span::Style::Plain) {
  Block b;
  b.kind = k;
  b.text.push_back({std::move(text), st, ""});
  b.pos = SourcePos{"fixture.txt", 1};
  return b;
}

Article news_article() {
  Article a;
  a.kind = "news";
  a.genre = "新闻特写";
  a.head = {
      "扎实推进“县级工会加强年”", "海南省总工会召开专项工作推进会", "明确19项具体工作内容", {}};
  a.blocks.push_back(
      blk(BlockKind::ReadingTip, "三亚市总工会结合地域特色，精心打造户外劳动者服务站点。"));
  Block p;
  p.kind = BlockKind::Paragraph;
  p.pos = SourcePos{"fixture.txt", 7};
  p.text = {{"本报讯（记者赖书闻）", Span::Style::Byline, ""},
            {"2月10日，海南省总工会召开推进会。公式 a<b && c>d 与 ]]> 都要保留。",
             Span::Style::Plain, ""},
            {"重点", Span::Style::Strong, ""},
            {"工作", Span::Style::Emphasis, ""},
            {"Trade Union", Span::Style::Plain, "en"}};
  a.blocks.push_back(p);
  a.blocks.push_back(blk(BlockKind::SectionHead, "压实主体责任"));
  a.blocks.push_back(
      blk(BlockKind::Paragraph, "控制字符\x07和\x1b在这里，“未配对的引号。还有‘单引号"));
  a.blocks.push_back(blk(BlockKind::Paragraph, "他说：\"ASCII quotes\" & 'apostrophes' <tag>。"));
  a.blocks.push_back(blk(BlockKind::Continuation, "（下转第2版）"));
  return a;
}

Article photo_article() {
  Article a;
  a.kind = "photo";
  a.head.headline = "户外劳动者服务站点";
  a.blocks.push_back(blk(BlockKind::Caption, "2月9日，工人在服务站点休息。"));
  a.blocks.push_back(blk(BlockKind::Credit, "本报记者 王小明 摄"));
  return a;
}

Article byline_article() {
  Article a;
  a.kind = "feature";
  a.head.kicker = "";
  a.head.headline = "";  // no headline at all: the nav must still have a label
  a.blocks.push_back(blk(BlockKind::Byline, "本报记者 李明 本报通讯员 张华"));
  a.blocks.push_back(blk(BlockKind::Paragraph, "没有标题的文章，也要进入目录。"));
  return a;
}

}  // namespace

Digest sample_digest(int issues) {
  Digest d;
  d.title = "工会新闻文摘 <第1期> & “特刊”";
  d.subtitle = "二〇二四年二月";
  d.editor = "编辑部";
  d.publisher = "海南工人报社";
  d.date = "2024-02-15";
  for (int i = 0; i < issues; ++i) {
    Issue is;
    is.title = "第" + std::to_string(i + 1) + "版 要闻";
    is.date = "2024-02-1" + std::to_string(i);
    is.articles = {news_article(), photo_article(), byline_article()};
    d.issues.push_back(is);
  }
  return d;
}

Layout horizontal_layout() {
  return parse_layout("", "digest-a4.toml");
}

Layout vertical_layout() {
  return parse_layout("[grid]\ndirection = \"vertical\"\nline_pitch = 1.8\n", "vertical.toml");
}

std::vector<Layout> layouts_for(const Digest& d, bool vertical_last, bool all_vertical) {
  std::vector<Layout> ls;
  for (size_t i = 0; i < d.issues.size(); ++i) {
    bool v = all_vertical || (vertical_last && i + 1 == d.issues.size());
    ls.push_back(v ? vertical_layout() : horizontal_layout());
  }
  return ls;
}

std::string tmp_path(const std::string& name) {
  static std::string dir = [] {
    auto p = std::filesystem::temp_directory_path() / ("wz-epub-test-" + std::to_string(getpid()));
    std::filesystem::create_directories(p);
    return p.string();
  }();
  return dir + "/" + name;
}

std::string read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string> zip_names(const std::string& path) {
  std::vector<std::string> out;
  int err = 0;
  zip_t* z = zip_open(path.c_str(), ZIP_RDONLY, &err);
  if (!z) return out;
  for (zip_int64_t i = 0; i < zip_get_num_entries(z, 0); ++i) out.push_back(zip_get_name(z, i, 0));
  zip_discard(z);
  return out;
}

std::string zip_entry(const std::string& path, const std::string& name) {
  int err = 0;
  zip_t* z = zip_open(path.c_str(), ZIP_RDONLY, &err);
  if (!z) return "";
  std::string out;
  if (zip_file_t* f = zip_fopen(z, name.c_str(), 0)) {
    char buf[65536];
    zip_int64_t n;
    while ((n = zip_fread(f, buf, sizeof buf)) > 0) out.append(buf, static_cast<size_t>(n));
    zip_fclose(f);
  }
  zip_discard(z);
  return out;
}

CheckResult epubcheck(const std::string& epub) {
  CheckResult r;
  const char* jar = "/usr/share/java/epubcheck.jar";
  if (!std::filesystem::exists(jar) || std::system("java -version >/dev/null 2>&1") != 0) return r;
  r.ran = true;
  std::string cmd = std::string("java -jar ") + jar + " '" + epub + "' 2>&1";
  std::unique_ptr<FILE, int (*)(FILE*)> p(popen(cmd.c_str(), "r"), pclose);
  std::array<char, 4096> buf;
  while (p && fgets(buf.data(), buf.size(), p.get())) r.output += buf.data();
  r.clean = r.output.find("0 fatals / 0 errors / 0 warnings") != std::string::npos ||
            r.output.find("No errors or warnings detected") != std::string::npos;
  return r;
}

}  // namespace wz::epub::test
