// ingest: the first pipeline stage.
// Consumes raw newspaper page text (the seeds' form: headlines as short lines, body
// paragraphs, bylines, captions, page furniture, extraction faults) or the structured
// Markdown source (docs/structured-source.md). Produces model::Article values in reading
// order, with text normalised (stray spaces removed, punctuation converted) and every
// block carrying its SourcePos. Writers for the structured source and the JSON of
// `wenzhai segment --format json` live here too, so that segment -> build round-trips.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "ingest/report.h"
#include "model/document.h"

namespace wz::ingest {

struct Options {
  bool normalize_punctuation = true;  // ASCII punctuation in Chinese text -> full width
  // Encoding of raw pages: "" = detect (UTF-8, UTF-16 with BOM, else GB18030 when the
  // bytes decode cleanly as such), or a name ICU knows ("GB18030", "GBK", "UTF-16LE"...).
  std::string encoding;
};

// One page (raw text, or structured source when `structured` or the name ends in .md)
// with what ingest found on it: articles in reading order, furniture, doubtful decisions
// and the owner of every line.
PageReport read_page_report(std::string_view bytes, const std::string& path, const Options& opt,
                            bool structured = false);

// The pages of one issue, in order. Each page is read on its own; then an article whose
// text ends with a jump marker (下转第X版) is joined with its continuation ((上接第Y版))
// on a later page of the issue, and the join is reported. `articles` is the issue's
// articles in reading order (fragments included, kind "fragment"); `doubts` holds the
// issue-level decisions (jumps joined or left open).
struct IssueReport {
  std::vector<PageReport> pages;
  std::vector<model::Article> articles;
  std::vector<Doubt> doubts;
  // Per page, per article of that page: the index in `articles` of the article it is or
  // was joined into (a continuation joins the article it continues).
  std::vector<std::vector<size_t>> article_of;
  size_t doubt_count() const;  // the issue's and every page's
};
IssueReport read_issue(const std::vector<std::string>& paths, const Options& opt);

// A page given as bytes rather than as a path (e.g. read from stdin).
struct PageInput {
  std::string name;         // shown in messages: a path, or "<stdin>"
  std::string bytes;        // as read, in any encoding page_to_utf8 (encoding.h) accepts
  bool structured = false;  // structured Markdown source; false = dispatch on the name's extension
};
// The same for pages given as bytes; read_issue reads its files and calls this.
IssueReport read_issue_pages(const std::vector<PageInput>& pages, const Options& opt);

// Raw page text -> articles in reading order. Throws wz::Error with file and byte offset
// on invalid UTF-8, and wz::Error("<path>: empty page") when the page has no text. Text
// before the first headline (or a page with no headline at all) becomes an article with
// an empty headline: its text is never dropped.
std::vector<model::Article> read_raw_page(std::string_view bytes, const std::string& path,
                                          const Options& opt);

// Structured Markdown source -> articles (conventions: docs/structured-source.md). Text is
// normalised as on raw pages (spaces by block kind; punctuation unless
// opt.normalize_punctuation is false); text that is already clean reads back unchanged.
std::vector<model::Article> read_structured(std::string_view bytes, const std::string& path,
                                            const Options& opt = {});

// Articles -> structured Markdown (what `wenzhai segment` prints by default).
std::string write_structured(const std::vector<model::Article>& articles);
// An issue -> the same, with every doubtful decision as a <!-- review: … --> comment
// before the article it concerns.
std::string write_structured(const IssueReport& issue);

// Articles -> {"articles": [...], "fragments": [...]} (fragments: text whose article start
// is not on the page, kind "fragment").
std::string write_segment_json(const std::vector<model::Article>& articles);
// An issue -> what `wenzhai segment --format json` prints: articles, fragments, the
// furniture set aside ({page, line, text, reason}) and the "review" list of doubtful
// decisions ({page, kind, lines: [first, last], margin, message}).
std::string write_segment_json(const IssueReport& issue);

// Articles -> plain text in reading order, one display line or block per line, a blank
// line between articles, no markup (`wenzhai segment --format text`): what a reader
// should find in the digest, e.g. as the reference for a text-fidelity check.
std::string write_plain_text(const std::vector<model::Article>& articles);

// Reads `path` and dispatches on its extension: .md / .markdown = structured source,
// anything else = raw page text.
std::vector<model::Article> read_source(const std::string& path, const Options& opt);

}  // namespace wz::ingest
