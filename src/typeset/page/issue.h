// typeset/page/issue: the ways an issue's articles are made up into pages, one file each.
// Consumes: an issue of the model and the layout's context (geometry, faces, fonts).
// Produces: the issue's pages appended to the document, its lines recorded, and where
// the issue and each article start (for the TOC and the outline). The driver picks one
// by the layout: vertical direction → set_issue_vertical; spanning headlines (broadsheet)
// → set_issue_broadsheet; otherwise the continuous columns of set_issue_columns.
#pragma once
#include <string>
#include <vector>

#include "model/document.h"
#include "typeset/page/blocks.h"
#include "typeset/page/frontmatter.h"

namespace wz::typeset {

using IssueSetter = void(const model::Issue& is, Context& cx, pages::Document& doc,
                         std::vector<LineRecord>& lines, TocIssue& toc);

IssueSetter set_issue_columns;     // columns.cpp: headlines in the column, balanced end
IssueSetter set_issue_broadsheet;  // broadsheet.cpp: headlines spanning their text's columns
IssueSetter set_issue_vertical;    // vertical.cpp: 竖排, columns right to left

// The issue's opening block (title, date, rule) across the type area.
SpanBlock issue_opening(const model::Issue& is, Context& cx);
// An article's entry in the TOC and the outline.
std::string toc_title(const model::Article& a);

}  // namespace wz::typeset
