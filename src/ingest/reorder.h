// ingest/reorder: reading-order repair of a segmented page.
// Consumes proto-articles in file order (segment.h). Produces the same articles with
// text put back in reading order: runs of text placed before an article's byline move
// behind it, fragments that complete a sentence cut by a column jump (even in another
// article) move to that sentence, and paragraphs broken mid-sentence are rejoined.
// Evidence is structural: quote balance and how paragraphs end, never strings.
#pragma once
#include <vector>

#include "ingest/segment.h"

namespace wz::ingest {

// Does fragment `f` continue the cut-off paragraph `d` (quote evidence)?
bool completes(const ProtoBlock& d, const ProtoBlock& f);

// Text between the headline group (and reading tip) and a separate byline belongs after
// the byline: move it behind the paragraph it completes, else to the article's end.
void move_text_before_byline(ProtoArticle& a);

// Move orphan fragments (starting mid-quote) behind the cut-off paragraph they complete.
void move_orphan_fragments(std::vector<ProtoArticle>& articles);

// Join each paragraph that ends mid-sentence with the next paragraph of its article
// (in-article captions standing between are skipped).
void join_broken_paragraphs(ProtoArticle& a);

void repair_reading_order(std::vector<ProtoArticle>& articles);

}  // namespace wz::ingest
