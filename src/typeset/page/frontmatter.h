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
};
struct TocIssue {
  std::string title;
  int page = 0;
  double y = 0;
  std::vector<TocEntry> articles;
};

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

 private:
  // `tag`: the element the lines belong to (block, link); the role comes from `kind`.
  void place(std::vector<SetLine> lines, int page, double x, double& baseline, double advance,
             const std::string& kind, pages::Tag tag = {});
  pages::Document& doc_;
  std::vector<LineRecord>& rec_;
  const model::Layout& L_;
  Geometry g_;
  RoleFaces faces_;
  FontLibrary& fonts_;
};

}  // namespace wz::typeset
