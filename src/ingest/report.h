// ingest/report: what ingest found on one page, with its doubts, for the editor.
// Produced by read_page_report (ingest.h) from a raw page; consumed by the CLI (`segment`
// writes its Markdown review comments, its JSON "review" list and the HTML review page;
// `build` prints the doubts on stderr) and by the tests of the page invariants.
#pragma once
#include <string>
#include <vector>

#include "model/document.h"

namespace wz::ingest {

// A decision ingest took with a small margin, or could not take: the editor should look.
struct Doubt {
  enum class Kind {
    Role,       // which role a line plays (headline / 小标题 / body / byline / furniture)
    Boundary,   // where one article ends and the next begins
    Join,       // text joined across a column break or a jump, or not joined
    Missing,    // a sentence that ends unfinished: its continuation is not on the page
    Fragment,   // text whose article start is not on the page (or not in the issue)
    Furniture,  // a line set aside as page furniture (banner, label, notice)
  };
  Kind kind = Kind::Role;
  int first_line = 0;  // page lines it concerns (1-based, inclusive)
  int last_line = 0;
  std::string message;  // one sentence, in English, naming the lines
  double margin = 0;    // score margin of the decision (small = doubtful; 0 = none taken)
};
const char* to_string(Doubt::Kind k);
// A doubt's margin as its messages print it ("1.5").
std::string margin_text(double margin);

// A page line that belongs to no article.
struct Furniture {
  int line = 0;
  std::string text;    // the raw line, or the part of it set aside
  std::string reason;  // "slogan banner", "column label", "jump marker", ...
  bool whole = true;   // false: the rest of the line belongs to an article
};

// Where an article's text jumps to or from another page of the source paper.
struct JumpEnds {
  std::string out;   // page named by its 下转第X版 ("?" when unnamed; "" = none)
  std::string in;    // page named by its (上接第X版)
  std::string head;  // the short jump head over the (上接…) marker
};

struct PageReport {
  std::string path;
  std::vector<std::string> raw_lines;    // every line of the page as decoded (blank ones too)
  std::vector<model::Article> articles;  // reading order; kind "fragment" for headless text
  std::vector<Furniture> furniture;
  std::vector<JumpEnds> jumps;  // parallel to `articles`
  std::vector<Doubt> doubts;    // in page line order
  // For every raw line (index = line - 1): the index into `articles` of the article that
  // holds it, -1 for furniture, -2 for a blank line.
  std::vector<int> line_owner;
  // For every raw line: the role ingest read it in ("display", "paragraph", "byline", ...;
  // "" for a blank line, or for a structured source).
  std::vector<std::string> line_role;
};

}  // namespace wz::ingest
