// ingest/decode: one decoding of a page against the grammar of an article.
// Consumes the evidence of every line (evidence.h). Produces the role of each line and
// where articles open, chosen together as the best-scoring reading of the whole page
// (Viterbi over a small automaton): an article is [note] display-group [byline] [tip]
// body (paragraphs, 小标题, captions) [credit] [closing byline], furniture may stand
// anywhere, a fragment is body with no display group (page top, after a jump-in marker),
// and a headline may come after its own dateline paragraph. Every line also gets the
// margin by which its role won (max-marginals), so doubtful calls can be reported.
#pragma once
#include <vector>

#include "ingest/evidence.h"

namespace wz::ingest {

enum class Role : unsigned char {
  Furniture,    // banner, page label, staff credits, pull-quote: in no article
  Display,      // a line of a headline group (引题 / 主题 / 副题, label over one item)
  LateDisplay,  // a headline printed after its article's dateline paragraph
  Byline,       // a separate byline or author line
  TipLabel,     // 阅读提示 (the label line, maybe with the tip's text)
  Tip,          // the text of a reading tip
  NoteLabel,    // 编者按 (the label line, maybe with the note's text)
  Note,         // the text of an editor's note
  Para,         // body paragraph
  Section,      // 小标题 (also a link box label such as 新闻链接)
  Caption,      // photo caption
  Credit,       // photo credit
  JumpOut,      // 下转第X版
  JumpIn,       // (上接第X版)
  JumpHead,     // the short head over a jump-in marker
};
inline constexpr int kRoleCount = 15;
const char* to_string(Role r);

struct Decoding {
  std::vector<Role> roles;     // per line
  std::vector<bool> opens;     // the line opens a new article (or fragment)
  std::vector<double> margin;  // best total score minus the best with another role here
  std::vector<Role> second;    // that other role
  std::vector<double> gain;    // what line i added to the best total (for explaining)
};

Decoding decode_page(const PageEvidence& ev);

}  // namespace wz::ingest
