// ingest/segment: non-empty lines of a raw page -> proto-articles in file order.
// Consumes SourceLine values (raw text). Produces ProtoArticle values: headline-group
// lines with their roles, and blocks of raw text (bylines, tips, paragraphs, section
// heads, captions, credits). Page furniture (continuation lines, slogan banners, column
// labels) is set aside in `dropped` so that nothing disappears silently. Reading-order
// repair (reorder.h) and normalisation (assemble) come after.
#pragma once
#include <string>
#include <vector>

#include "base/error.h"
#include "ingest/lines.h"
#include "model/document.h"

namespace wz::ingest {

struct ProtoBlock {
  model::BlockKind kind = model::BlockKind::Paragraph;
  std::string text;  // raw text
  SourcePos pos;
  int gap = 0;  // blank lines before it in the file
};

struct ProtoArticle {
  std::string kicker, headline, subheadline, genre;  // raw display text
  SourcePos pos;
  std::vector<ProtoBlock> blocks;
  bool has_inline_byline = false;  // first paragraph opened with 本报讯（…）
  bool closed = false;             // a photo credit ended the item
};

struct Segmentation {
  std::vector<ProtoArticle> articles;
  std::vector<SourceLine> dropped;  // furniture: continuation lines, banners, labels
};

Segmentation segment_lines(const std::vector<SourceLine>& lines, const std::string& path);

// Roles of a headline group's lines (exposed for tests): fills kicker / headline /
// subheadline / genre of `a`; returns lines judged furniture (banners, labels).
std::vector<size_t> assign_roles(const std::vector<std::string>& group, ProtoArticle& a);

}  // namespace wz::ingest
