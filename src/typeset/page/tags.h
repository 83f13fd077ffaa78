// typeset/page/tags: what each placed line is in the document's logical structure.
// Consumes: the kind names the make-up gives its lines (paragraph, headline, folio, ...),
// set lines and rows. Produces: the pages::Tag the page contract carries for every item
// (model/pages.h): the role from the kind (one table, here), the article and block
// numbers stamped on an article's rows and head. Rules and boxes keep the default tag
// (an artifact).
#pragma once
#include <string>
#include <vector>

#include "model/pages.h"
#include "typeset/page/blocks.h"

namespace wz::typeset {

// The structure role of a line of this kind; kinds that are not content (running heads,
// folios, jump lines, the repeated head of a continued article) are artifacts.
pages::Tag::Role role_of_kind(const std::string& kind);

// Every line of an article's rows and head block belongs to article `n` of its issue.
void tag_article(std::vector<Row>& rows, int n);
void tag_article(Row& head, int n);
void tag_article(SpanBlock& head, int n);

// Lines of the document's pages since `first_page` that are content belong to `issue`.
void tag_issue(pages::Document& doc, size_t first_page, int issue);

}  // namespace wz::typeset
