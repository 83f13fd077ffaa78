// epub/content: the XHTML content documents of the book.
// Consumes: model issues/articles/blocks, each issue's layout (for the fonts per role),
// the FontSet (which records the characters each embedded face must hold).
// Produces: XHTML5 (XML syntax) documents with semantic markup — header/hgroup for the
// headline group (主题 as h2, 引题/副题 as p.kicker/p.subheadline), p.byline and
// span.byline, aside epub:type="tip" for 阅读提示, h3 for 小标题, figure/figcaption for
// photo captions and credits — plus the title page, nav.xhtml and toc.ncx.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "epub/fonts.h"
#include "epub/xml.h"
#include "model/document.h"
#include "model/layout.h"

namespace wz::epub {

struct Doc {
  std::string href;  // relative to the OPF: "text/issue-01.xhtml"
  std::string id;    // manifest id
  std::string bytes;
};

struct TocEntry {
  std::string label, href;  // href relative to the OPF, with #fragment
  std::vector<TocEntry> children;
};

// What every content document shares.
struct DocCtx {
  std::string lang;              // digest language, on every root element
  std::vector<std::string> css;  // style sheets, relative to the OPF
  const model::Layout* layout;   // fonts per role, direction
  FontSet* fonts;
  Report* rep;
  // How deep the nav goes ([options] toc_depth): at Section the section heads get ids and
  // entries under their article's.
  model::TocDepth depth = model::TocDepth::Article;
  // Picture files → their href relative to the OPF (images/p1.jpg, …).
  const std::map<std::string, std::string>* pictures = nullptr;
};

// Wraps a body in an XHTML document; `up` is the path from the document to the OPF dir.
std::string xhtml_page(const DocCtx& c, const std::string& title, const std::string& up,
                       const std::string& body_class, const std::string& body,
                       const std::string& extra_head = "");

// The documents of one issue (one, or one per article past split_bytes), and its TOC
// entry with one child per article. `no` is 1-based.
std::vector<Doc> issue_docs(const model::Issue& issue, int no, const DocCtx& c, size_t split_bytes,
                            TocEntry& toc);

Doc title_page(const model::Digest& d, const std::vector<TocEntry>& issues, const DocCtx& c);
Doc cover_page(const std::string& image_href, const std::string& alt, const DocCtx& c);
struct Landmark {
  std::string type, href, label;  // epub:type (cover, titlepage, toc, bodymatter)
};
// The nav document; its headings are `labels`' (the edition's words).
Doc nav_doc(const std::string& title, const std::vector<TocEntry>& toc,
            const std::vector<Landmark>& landmarks, const model::Labels& labels, const DocCtx& c);
std::string ncx_doc(const std::string& uid, const std::string& title,
                    const std::vector<TocEntry>& toc, Report& rep);

}  // namespace wz::epub
