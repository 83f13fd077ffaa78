// typeset/page/frontmatter: cover, table of contents, running heads, folios, outline.
// Consumes: the digest's metadata, where each issue and article landed (TocIssue), the
// front layout. Produces: the cover page, the TOC pages (with links), the running head
// and folio of each body page, page labels and the bookmark tree.
#pragma once
#include <string>
#include <vector>

#include "model/document.h"
#include "model/layout.h"
#include "typeset/page/blocks.h"
#include "typeset/page/typeset.h"

namespace wz::typeset {

struct TocEntry {
  std::string title;
  int page = 0;
  double y = 0;
  int article = -1;                // its number in the issue (an article's entry)
  std::vector<TocEntry> sections;  // the article's section heads (toc_depth = "section")
};
struct TocIssue {
  std::string title;
  std::string date;  // as the manifest gives it (shown in Chinese form)
  int page = 0;
  double y = 0;
  std::vector<TocEntry> articles;
};

// An issue's title with its date in Chinese form ("第一期　劳动保障　2024年3月4日"): the
// running head of its recto pages, its line on the cover and in the contents.
std::string issue_heading(const std::string& title, const std::string& date);

// The layout the cover and contents are set in: the digest's own page size, not the
// first issue's — [frontmatter] size when given, else the size most of the issues' layouts
// have (A4 when A4 is among the most common), with the default margins, fonts and styles.
model::Layout front_layout(const model::Digest& d, const std::vector<model::Layout>& layouts);

class Frontmatter {
 public:
  Frontmatter(pages::Document& doc, std::vector<LineRecord>& rec, const model::Layout& L,
              FontLibrary& fonts);
  void cover(const model::Digest& d);
  int toc_page_count(const model::Digest& d) const;
  void reserve_page();  // an empty page the TOC fills later
  void toc(const std::vector<TocIssue>& issues, int first_page);
  void furniture(int page, const std::string& digest_title, const std::string& issue_title,
                 const model::Layout& L);
  void outline(const std::vector<TocIssue>& issues);
  int first_body_page = 0;
  // How deep the contents and the bookmarks go ([options] toc_depth).
  model::TocDepth depth = model::TocDepth::Article;
  std::vector<std::string> warnings;  // the cover image left off the cover
  model::Labels labels;               // the words of the contents pages (the edition's)

 private:
  // `tag`: the element the lines belong to (block, link); the role comes from `kind`.
  void place(std::vector<SetLine> lines, int page, double x, double& baseline, double advance,
             const std::string& kind, pages::Tag tag = {});
  void rule(int page, double x0, double x1, double y, double width);
  double cover_scale() const;          // the cover's sizes against an A4 page
  ShapeOptions shape_options() const;  // the edition's shaping language and marks
  void cover_issues(const model::Digest& d, int page, double& y, int& element);
  // A contents entry: its title lines (wrapped in the measure left by the page number),
  // dot leaders from the last line to the page number, right-aligned.
  std::vector<SetLine> toc_title_lines(const std::string& title, const std::string& date,
                                       bool issue, double indent) const;
  // `entry`: the entry's element in the contents (its title and number label its link).
  void toc_entry(const std::vector<SetLine>& lines, int& page, int& row, double indent, int target,
                 double ty, int entry);
  int toc_rows(const std::string& title, const std::string& date, bool issue, double indent) const;
  pages::Document& doc_;
  std::vector<LineRecord>& rec_;
  const model::Layout& L_;
  Geometry g_;
  RoleFaces faces_;
  FontLibrary& fonts_;
  double toc_number_w_ = 0;  // the widest page number in the contents
};

}  // namespace wz::typeset
