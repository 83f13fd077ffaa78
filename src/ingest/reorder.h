// ingest/reorder: reading-order repair of a segmented page, as a matching with a "no".
// Consumes proto-articles in file order (segment.h) and the page evidence. Pairs every
// paragraph that ends inside a sentence with the paragraph that carries the rest of it
// — anywhere on the page — by a scored assignment (evidence.h join: a word across the
// seam, marks and particles that can't open a sentence, quotations left open; plus the
// prior that text goes on in the next paragraph of its own article). Produces the same
// articles with displaced runs moved behind the text they continue and each pair joined
// into one paragraph. When no candidate is plausible the paragraph ends there: the rest
// is not on the page, and a doubt says so. Text printed above its byline moves below it.
#pragma once
#include <vector>

#include "ingest/report.h"
#include "ingest/segment.h"

namespace wz::ingest {

void repair_reading_order(std::vector<ProtoArticle>& articles, const PageEvidence& ev,
                          std::vector<Doubt>& doubts);

// Paragraphs after an item's signed end, wrapped at the measure of a finished story above
// and at none of the item's own (a brief interleaved in a lead by a careless copy), go back
// to that story, with a doubt naming their lines (reorder_measure.cpp).
void return_interleaved_text(std::vector<ProtoArticle>& articles, const PageEvidence& ev,
                             std::vector<Doubt>& doubts);

}  // namespace wz::ingest
