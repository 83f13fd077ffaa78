#include "typeset/page/typeset.h"

#include <algorithm>
#include <cstdio>

#include "typeset/fonts/font_library.h"
#include "typeset/page/colors.h"
#include "typeset/page/frontmatter.h"
#include "typeset/page/issue.h"
#include "typeset/page/print.h"
#include "typeset/page/tags.h"

namespace wz::typeset {
namespace {

ShapeOptions shape_options(const model::Layout& L) {
  ShapeOptions so;
  so.punct = L.punctuation;
  so.prohibition = L.prohibition;
  so.vertical = L.vertical();
  so.variant = L.variant;
  return so;
}

// One issue: the layout decides how its articles are made up.
void set_issue(const model::Issue& is, const model::Layout& L, FontLibrary& fonts, TypesetResult& r,
               TocIssue& toc) {
  Geometry g = make_geometry(L);
  RoleFaces faces = resolve_faces(L, fonts);
  Context cx{L, g, faces, fonts, shape_options(L)};
  switch (L.makeup) {
    case model::MakeUp::Vertical:
      return set_issue_vertical(is, cx, r.doc, r.lines, toc);
    case model::MakeUp::Broadsheet:
      return set_issue_broadsheet(is, cx, r.doc, r.lines, toc);
    case model::MakeUp::Columns:
      return set_issue_columns(is, cx, r.doc, r.lines, toc);
  }
}

// The PDF's Subject (the description, else the subtitle), Keywords (the subjects joined) and
// the catalogue metadata its XMP carries.
void set_catalogue(const model::Digest& d, pages::Metadata& m) {
  m.subject = d.description.empty() ? d.subtitle : d.description;
  m.subjects = d.subjects;
  for (const auto& s : d.subjects) m.keywords += (m.keywords.empty() ? "" : "; ") + s;
  for (const auto& c : d.contributors) m.contributors.push_back(c.name);
  m.rights = d.rights, m.series = d.series, m.series_number = d.series_number;
  m.isbn = d.isbn, m.issn = d.issn;
}

}  // namespace

TypesetResult typeset_digest(const model::Digest& d, const std::vector<model::Layout>& layouts,
                             FontLibrary& fonts) {
  TypesetResult r;
  r.doc.meta.title = d.title;
  r.doc.meta.author = d.editor.empty() ? d.publisher : d.editor;
  r.doc.meta.language = d.language;
  set_catalogue(d, r.doc.meta);
  auto vertical = [](const model::Layout& L) { return L.vertical(); };
  r.doc.meta.right_to_left = !layouts.empty() && std::ranges::all_of(layouts, vertical);
  const model::Layout front = front_layout(d, layouts);
  Frontmatter fm(r.doc, r.lines, front, fonts);
  fm.cover(d);
  fm.depth = d.options.toc_depth;
  fm.labels = d.labels;
  r.warnings.insert(r.warnings.end(), fm.warnings.begin(), fm.warnings.end());
  int toc_pages = fm.toc_page_count(d);
  for (int i = 0; i < toc_pages; ++i) fm.reserve_page();
  fm.first_body_page = 1 + toc_pages;
  std::vector<TocIssue> toc(d.issues.size());
  for (size_t i = 0; i < d.issues.size(); ++i) {
    toc[i].title = d.issues[i].title;
    toc[i].date = d.issues[i].date;
    const size_t first_page = r.doc.pages.size();
    set_issue(d.issues[i], layouts[i], fonts, r, toc[i]);
    tag_issue(r.doc, first_page, static_cast<int>(i));
    if (d.options.toc_depth == model::TocDepth::Section)
      add_toc_sections(d.issues[i], r.doc, first_page, toc[i]);
    std::string head = issue_heading(d.issues[i].title, d.issues[i].date);
    for (int p = toc[i].page; p < static_cast<int>(r.doc.pages.size()); ++p)
      fm.furniture(p, d.title, head, layouts[i]);
  }
  fm.toc(toc, 1);
  fm.outline(toc);
  r.doc.conformance = conformance_of(d.options.profile);
  r.doc.tagged = d.options.tagged_pdf;
  r.doc.image_max_dpi = d.options.image_max_dpi;
  // Each page by its layout: cover and contents by the front layout. Style colours in every
  // profile (the writer picks their RGB or CMYK form); the printer's sheet for print.
  std::vector<const model::Layout*> layout_of(r.doc.pages.size(), &front);
  for (size_t i = 0; i < d.issues.size(); ++i)
    for (size_t p = toc[i].page; p < layout_of.size(); ++p) layout_of[p] = &layouts[i];
  for (size_t p = 0; p < r.doc.pages.size(); ++p) {
    apply_style_colors(r.doc.pages[p], *layout_of[p]);
    if (d.options.profile == model::OutputProfile::Print)
      prepare_for_print(r.doc.pages[p], layout_of[p]->print);
  }
  r.doc.fonts = fonts.faces();
  r.missing = fonts.missing();
  for (const auto& l : r.lines)
    if (l.overfull)
      r.warnings.push_back("overfull line on page " + std::to_string(l.page + 1) + ": " + l.text);
  return r;
}

std::string dump_pictures(const pages::Document& doc) {
  std::string out;
  char buf[256];
  for (size_t p = 0; p < doc.pages.size(); ++p)
    for (const auto& it : doc.pages[p].items) {
      if (it.kind() != pages::Item::Kind::Picture) continue;
      const auto& pic = it.picture();
      std::string name = doc.images[pic.image];
      name = name.substr(name.find_last_of('/') + 1);
      std::snprintf(buf, sizeof buf, "p%zu picture y=%.2f x=%.2f w=%.2f h=%.2f bottom=%.2f ", p + 1,
                    pic.y, pic.x, pic.w, pic.h, pic.y + pic.h);
      out += buf + ("|" + name + "|\n");
    }
  return out;
}

std::string dump_lines(const std::vector<LineRecord>& lines) {
  std::string out;
  char buf[256];
  for (const auto& l : lines) {
    std::snprintf(buf, sizeof buf, "p%d c%d y=%.2f x=%.2f w=%.2f/%.2f %s%s%s%s ", l.page + 1,
                  l.column + 1, l.baseline, l.x, l.width, l.measure, l.kind.c_str(),
                  l.first ? " first" : "", l.last ? " last" : "", l.overfull ? " OVERFULL" : "");
    out += buf;
    if (l.shrunk > 0.005 || l.stretched > 0.005) {
      std::snprintf(buf, sizeof buf, "adj=-%.2f+%.2f ", l.shrunk, l.stretched);
      out += buf;
    }
    out += "|" + l.text + "|\n";
  }
  return out;
}

}  // namespace wz::typeset
