// ingest/reorder_measure: a careless copy of a PDF page interleaves two columns: a brief
// wrapped at its narrow measure stands inside a lead wrapped at a wider one, and the
// lead's text after the brief reads as the brief's. Consumes the segmented articles and
// the page evidence (each line's measure, ingest/unwrap.h); moves such text back to the
// article whose measure it has, and says so.
#include <algorithm>
#include <string>

#include "ingest/features.h"
#include "ingest/reorder.h"

namespace wz::ingest {

namespace {

using model::BlockKind;

// Two measures are one column's within this many half-em units (a digit pair, a hanging
// mark: unwrap's slack).
constexpr int kMeasureSlack = 2;

int measure_of(const ProtoBlock& b, const PageEvidence& ev) {
  if (b.kind != BlockKind::Paragraph || b.index < 0) return 0;
  return ev.lines()[static_cast<size_t>(b.index)].measure;
}

bool same_measure(int a, int b) {
  return a > 0 && b > 0 && std::abs(a - b) <= kMeasureSlack;
}

// The article before `j` whose last paragraph is finished and wrapped at measure `m`, or
// -1: the story the text left behind goes on.
int story_at_measure(const std::vector<ProtoArticle>& articles, size_t j, int m,
                     const PageEvidence& ev) {
  for (size_t a = j; a-- > 0;) {
    const auto& B = articles[a].blocks;
    auto last = std::find_if(B.rbegin(), B.rend(),
                             [](const ProtoBlock& b) { return b.kind == BlockKind::Paragraph; });
    if (last == B.rend()) continue;
    if (same_measure(measure_of(*last, ev), m) && ends_terminal(last->text))
      return static_cast<int>(a);
  }
  return -1;
}

// In article j, the first paragraph after one that ends its item (signed, or its source
// given) whose measure is no paragraph's of its own before it; and the run of paragraphs
// at that measure from there. Returns [from, to) in its blocks, or an empty range.
std::pair<size_t, size_t> text_left_behind(const ProtoArticle& art, const PageEvidence& ev) {
  const auto& B = art.blocks;
  for (size_t q = 1; q < B.size(); ++q) {
    const ProtoBlock& prev = B[q - 1];
    if (prev.kind != BlockKind::Paragraph || prev.index < 0 ||
        !ev[static_cast<size_t>(prev.index)].ends_item())
      continue;
    int m = measure_of(B[q], ev);
    if (m == 0) continue;
    bool own = std::any_of(B.begin(), B.begin() + q,
                           [&](const ProtoBlock& b) { return same_measure(measure_of(b, ev), m); });
    if (own) continue;
    size_t e = q;
    while (e < B.size() && same_measure(measure_of(B[e], ev), m)) ++e;
    return {q, e};
  }
  return {0, 0};
}

// After the move the item ends where it was signed: a signature glued to what is now its last
// paragraph (…领域。（记者 万涛）) is its byline, as segment reads one on an item's last line.
void sign_off(ProtoArticle& art, const PageEvidence& ev) {
  auto& B = art.blocks;
  bool signed_already = art.has_inline_byline || std::any_of(B.begin(), B.end(), [](const auto& b) {
                          return b.kind == BlockKind::Byline;
                        });
  if (signed_already || B.empty() || B.back().kind != BlockKind::Paragraph || B.back().index < 0)
    return;
  ProtoBlock& last = B.back();
  size_t g = glued_signature_start(last.text, ev[static_cast<size_t>(last.index)]);
  if (g == std::string::npos || g == 0) return;
  ProtoBlock by = last;
  by.kind = BlockKind::Byline, by.text = trim_spaces(last.text.substr(g));
  last.text = trim_spaces(last.text.substr(0, g));
  B.push_back(std::move(by));
}

}  // namespace

void return_interleaved_text(std::vector<ProtoArticle>& articles, const PageEvidence& ev,
                             std::vector<Doubt>& doubts) {
  for (size_t j = 1; j < articles.size(); ++j) {
    auto [from, to] = text_left_behind(articles[j], ev);
    if (from == to) continue;
    auto& B = articles[j].blocks;
    int target = story_at_measure(articles, j, measure_of(B[from], ev), ev);
    if (target < 0) continue;
    auto& T = articles[static_cast<size_t>(target)].blocks;
    Doubt d;
    d.kind = Doubt::Kind::Join;
    d.first_line = B[from].pos.line;
    d.last_line = B[to - 1].lines.empty() ? B[to - 1].pos.line : B[to - 1].lines.back();
    d.message = "lines " + std::to_string(d.first_line) + "-" + std::to_string(d.last_line) +
                " are wrapped at the measure of the story above, not of the item they follow: "
                "moved back to that story (two columns interleaved in the copy)";
    doubts.push_back(std::move(d));
    T.insert(T.end(), std::make_move_iterator(B.begin() + static_cast<long>(from)),
             std::make_move_iterator(B.begin() + static_cast<long>(to)));
    B.erase(B.begin() + static_cast<long>(from), B.begin() + static_cast<long>(to));
    if (from == B.size()) sign_off(articles[j], ev);  // (the item now ends where it was signed)
  }
}

}  // namespace wz::ingest
