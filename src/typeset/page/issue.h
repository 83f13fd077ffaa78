// typeset/page/issue: the ways an issue's articles are made up into pages, one file each.
// Consumes: an issue of the model and the layout's context (geometry, faces, fonts).
// Produces: the issue's pages appended to the document, its lines recorded, and where
// the issue and each article start (for the TOC and the outline). The driver picks the
// one the layout names (model::MakeUp): Columns → set_issue_columns, Broadsheet →
// set_issue_broadsheet, Vertical → set_issue_vertical.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "model/document.h"
#include "typeset/page/blocks.h"
#include "typeset/page/flow.h"
#include "typeset/page/frontmatter.h"

namespace wz::typeset {

using IssueSetter = void(const model::Issue& is, Context& cx, pages::Document& doc,
                         std::vector<LineRecord>& lines, TocIssue& toc);

IssueSetter set_issue_columns;     // columns.cpp: headlines in the column, balanced end
IssueSetter set_issue_broadsheet;  // broadsheet.cpp: headlines spanning their text's columns
IssueSetter set_issue_vertical;    // vertical.cpp: 竖排, columns right to left

// The issue's opening block (title, date, rule) across the type area.
SpanBlock issue_opening(const model::Issue& is, Context& cx);
// An article's entry in the TOC and the outline (`untitled` when it has no words at all).
std::string toc_title(const model::Article& a, const std::string& untitled);
// The TOC entries of an issue's articles from where a flow placed them (`anchors`, by
// article number); an article that left no anchor points at the issue's opening.
void add_toc_articles(const model::Issue& is, const std::map<int, Anchor>& anchors,
                      const std::string& untitled, TocIssue& toc);
// The titles of an article's section heads (小标题), one line each, in order.
std::vector<std::string> section_titles(const model::Article& a);
// Each TOC article's section heads, where the issue's pages (from `first_page` on) show
// them first: the first line tagged as that section head (every make-up tags its lines).
void add_toc_sections(const model::Issue& is, const pages::Document& doc, size_t first_page,
                      TocIssue& toc);

}  // namespace wz::typeset
