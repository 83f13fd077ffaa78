// ingest/segment: the lines of a raw page -> proto-articles, furniture and doubts.
// Consumes SourceLine values (raw text). Weighs the page (evidence.h), decodes it against
// the article grammar (decode.h) and builds ProtoArticles in file order: headline-group
// lines with their roles, and blocks of raw text (bylines, tips, notes, paragraphs,
// section heads, captions, credits, jump markers). Lines that belong to no article are
// set aside as furniture with the reason, so that nothing disappears silently; decisions
// won by a small margin become doubts. Reading-order repair (reorder.h) and
// normalisation (assemble.h) come after.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "base/error.h"
#include "ingest/evidence.h"
#include "ingest/lines.h"
#include "ingest/report.h"
#include "model/document.h"

namespace wz::ingest {

struct ProtoBlock {
  model::BlockKind kind = model::BlockKind::Paragraph;
  std::string text;  // raw text
  SourcePos pos;
  int gap = 0;             // blank lines before it in the file
  int index = -1;          // index of its line in the page's non-empty lines (for evidence)
  std::vector<int> lines;  // page lines its text came from (joins add to it)
};

struct ProtoArticle {
  std::string kicker, headline, subheadline, genre;  // raw display text
  SourcePos pos;
  std::vector<ProtoBlock> blocks;
  bool has_inline_byline = false;  // first paragraph opened with 本报讯（…）
  bool fragment = false;           // no headline on the page: its start is elsewhere
  std::string jump_head;           // the short head over a (上接第X版) marker
  std::string jump_out, jump_in;   // page named by 下转第X版 / 上接第X版 ("" = none)
  std::vector<int> lines;          // page lines of its display group and apparatus
};

struct Segmentation {
  std::vector<ProtoArticle> articles;
  std::vector<Furniture> furniture;
  std::vector<Doubt> doubts;
  std::vector<std::string> roles;          // the role of every non-empty line, in order
  std::unique_ptr<PageEvidence> evidence;  // kept for the continuation repair
};

Segmentation segment_lines(const std::vector<SourceLine>& lines, const std::string& path);

// Byte offset in `t` (the text of paragraph line `c`) of its writer's name glued after its
// last sentence (…领域。（记者 万涛）, …。（钟 晴）, …。 林晚舟), or npos: where an item's last
// paragraph signs it.
size_t glued_signature_start(std::string_view t, const LineInfo& c);

// Roles of a headline group's lines (exposed for tests): fills kicker / headline /
// subheadline / genre of `a`; returns the indexes of lines judged furniture (column
// labels, banners).
std::vector<size_t> assign_roles(const std::vector<std::string>& group, const WordSegmenter& words,
                                 ProtoArticle& a);

}  // namespace wz::ingest
