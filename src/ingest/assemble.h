// ingest/assemble: proto-articles (raw text) -> model articles (normalised text).
// Consumes the repaired proto-articles and the ingest options. Produces model::Article
// values: display lines, bylines and body text normalised by their own rules
// (normalize.h), the inline byline split into its own span, the article's kind decided
// (news / feature / photo), photo captions as Caption blocks.
#pragma once
#include <string>
#include <vector>

#include "ingest/ingest.h"
#include "ingest/segment.h"
#include "model/document.h"

namespace wz::ingest {

// Spans of a first paragraph: its inline byline (Style::Byline) and the rest (Plain).
// `text` is already normalised; the split is the same one the raw reader makes, so that
// structured source read back gives equal spans.
model::Inline split_inline_byline(const std::string& text, bool allow_tail);

std::vector<model::Article> assemble(std::vector<ProtoArticle> protos, const Options& opt);

}  // namespace wz::ingest
