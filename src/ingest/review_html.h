// ingest/review_html: the editor's review page of what ingest found on raw newspaper pages.
// Consumes the PageReport of one or several pages of one issue (report.h): raw lines, their
// owners, the articles in reading order, the furniture and the doubtful decisions.
// Produces one self-contained HTML5 document (UTF-8, lang="zh-CN", inline CSS, no scripts,
// no external resources) that is also well-formed XML: a summary, the list of doubts with
// links to their lines and articles, then per page the raw lines (numbered, coloured by the
// article that owns them, doubtful lines outlined and marked ⚠) beside the article cards
// (headline group, blocks with their kind and source line) and the furniture list.
#pragma once
#include <string>
#include <vector>

#include "ingest/report.h"

namespace wz::ingest {

// The review page for `pages` (in issue order; page n's anchors are prefixed "pN-").
// Anchors: a raw line "pN-L<line>", an article card "pN-a<index+1>", a doubt "pN-d<index+1>",
// a furniture entry "pN-f<line>"; every in-page link points to one of them. All text is
// escaped; control characters are shown as control pictures (␛), noncharacters and bytes
// that are not UTF-8 as U+FFFD, so the page shows every line and never breaks. Owners, doubt
// lines or block positions outside a page are shown without a link. Never throws for bad
// report content; an empty `pages` gives a page that says so.
std::string write_review_html(const std::vector<PageReport>& pages);

}  // namespace wz::ingest
