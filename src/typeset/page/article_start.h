// typeset/page/article_start: where the columns make-up starts an article (the digest,
// book and large-print layouts; typography.md "Paragraphs and pages", issue 9).
// Consumes: the layout's [article] start and new_page_below, where the page stands (the
// share of its grid cells still free) and whether the article's opening (its headline
// group with the lines kept with it, column_rules.h keep_need) fits under what is set.
// Produces: where the article goes. One rule: the make-up that places the article and the
// fill step that runs the articles before it long or short both ask it.
#pragma once
#include <cstdint>

#include "model/layout.h"

namespace wz::typeset {

enum class StartAt : std::uint8_t {
  Here,      // the first article: under the issue opening, no separator
  RunOn,     // after a blank row (a rule in it: [article] start = "rule", or columns)
  NextPage,  // the page is filled to its foot (feathering) and the article heads the next
  NewPage,   // [article] start = "new-page": the page ends where its text ends
};

struct PageState {
  bool first = false;        // the first article
  double free_share = 1;     // grid cells free on the page (Flow::free_share)
  bool opening_fits = true;  // the opening fits under what is set (Flow::make_room)
};

// A new page only when less than new_page_below of the page is left (large print: a
// newspaper runs articles on and turns the page only near its foot) or when the opening
// will not fit; otherwise the article runs on.
StartAt article_start(const model::Layout& L, const PageState& s);

// Whether article_start sends the article to the next page from where the page stands:
// the page then ends short of its foot unless the articles before it fill it.
bool turns_page(const model::Layout& L, const PageState& s);

}  // namespace wz::typeset
