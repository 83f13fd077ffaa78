#include "ingest/reorder.h"

#include <algorithm>
#include <climits>
#include <cstdlib>

#include "base/utf8.h"
#include "ingest/chars.h"
#include "ingest/features.h"

namespace wz::ingest {

namespace {

using model::BlockKind;

bool is_para(const ProtoBlock& b) {
  return b.kind == BlockKind::Paragraph;
}

// Cut off mid-sentence with a quote left open: waits for its fragment.
bool is_open_end(const ProtoBlock& b) {
  if (!is_para(b) || !ends_mid_sentence(b.text)) return false;
  QuoteBalance q = quote_balance(b.text);
  return q.unclosed > 0 || q.ascii % 2 == 1;
}

// Starts mid-quote: a closer with no opener (full width), or odd straight quotes.
bool is_orphan_start(const ProtoBlock& b) {
  if (!is_para(b)) return false;
  QuoteBalance q = quote_balance(b.text);
  return q.unopened > 0 || q.ascii % 2 == 1;
}

// Last character of a is Latin and first of b too: joining needs a word space.
bool needs_space(const std::string& a, const std::string& b) {
  char32_t x = last_char(a), y = first_char(b);
  return x < 0x80 && y < 0x80 && utf8::is_latin_or_digit(x) && utf8::is_latin_or_digit(y);
}

// D together with the paragraphs it continues (each cut mid-sentence before it): the
// quote balance of a sentence cut several times is the balance of the whole chain.
ProtoBlock chain_of(const std::vector<ProtoBlock>& B, size_t di) {
  ProtoBlock c = B[di];
  for (size_t k = di; k > 0 && is_para(B[k - 1]) && ends_mid_sentence(B[k - 1].text); --k)
    c.text = B[k - 1].text + c.text;
  return c;
}

}  // namespace

bool completes(const ProtoBlock& d, const ProtoBlock& f) {
  if (!is_open_end(d) || !is_orphan_start(f)) return false;
  QuoteBalance a = quote_balance(d.text), b = quote_balance(f.text);
  return (a.unclosed > 0 && b.unopened > 0) || (a.ascii % 2 == 1 && b.ascii % 2 == 1);
}

void move_text_before_byline(ProtoArticle& a) {
  auto& B = a.blocks;
  size_t s = 0;
  while (s < B.size() && B[s].kind == BlockKind::ReadingTip) ++s;
  auto by = std::find_if(B.begin() + s, B.end(),
                         [](const ProtoBlock& b) { return b.kind == BlockKind::Byline; });
  size_t b = by - B.begin();
  if (by == B.end() || b == s) return;
  if (std::none_of(by, B.end(), is_para)) return;  // a closing byline: nothing misplaced
  if (std::none_of(B.begin() + s, by, is_para)) return;
  std::vector<ProtoBlock> run(B.begin() + s, by);
  std::vector<ProtoBlock> tail(by, B.end());
  // Insert behind the paragraph the run's first fragment completes, else at the end.
  size_t at = tail.size();
  for (size_t k = 0; k < tail.size(); ++k)
    if (completes(tail[k], run.front())) at = k + 1;
  tail.insert(tail.begin() + at, run.begin(), run.end());
  B.resize(s);
  B.insert(B.end(), tail.begin(), tail.end());
}

void move_orphan_fragments(std::vector<ProtoArticle>& arts) {
  size_t budget = 0;  // each move settles one fragment; never more moves than blocks
  for (const auto& a : arts) budget += a.blocks.size();
  for (size_t fa = 0; fa < arts.size(); ++fa) {
    auto& FB = arts[fa].blocks;
    for (size_t fi = 1; fi < FB.size(); ++fi) {
      const ProtoBlock& f = FB[fi];
      const ProtoBlock& before = FB[fi - 1];
      // An orphan stands after finished text (a paragraph ending a sentence, a tip...).
      if (!is_orphan_start(f) || (is_para(before) && !ends_terminal(before.text))) continue;
      // The run: the fragment and the text after it, up to a byline or the article end.
      size_t end = fi + 1;
      while (end < FB.size() && FB[end].kind != BlockKind::Byline) ++end;
      // The nearest cut-off paragraph (by source line) that this fragment completes,
      // outside the run itself and not the paragraph already before it.
      size_t best_a = SIZE_MAX, best_i = 0;
      int best_dist = INT_MAX;
      for (size_t da = 0; da < arts.size(); ++da) {
        for (size_t di = 0; di < arts[da].blocks.size(); ++di) {
          ProtoBlock d = chain_of(arts[da].blocks, di);
          if ((da == fa && di + 1 >= fi && di < end) || !completes(d, f)) continue;
          // D's own next paragraph already completes it: D is not waiting for F.
          const auto& DB = arts[da].blocks;
          if (di + 1 < DB.size() && completes(d, DB[di + 1])) continue;
          d.pos = DB[di].pos;
          // Where a cut sentence has several parts, the fragment goes where the quote
          // opened: skip D when the chain was already open one paragraph earlier.
          if (di > 0 && is_para(DB[di - 1]) && ends_mid_sentence(DB[di - 1].text) &&
              is_open_end(chain_of(DB, di - 1)))
            continue;
          int dist = std::abs(d.pos.line - f.pos.line);
          if (dist < best_dist) best_dist = dist, best_a = da, best_i = di;
        }
      }
      if (best_a == SIZE_MAX || budget == 0) continue;
      --budget;
      std::vector<ProtoBlock> run(FB.begin() + fi, FB.begin() + end);
      FB.erase(FB.begin() + fi, FB.begin() + end);
      auto& DB = arts[best_a].blocks;
      if (best_a == fa && best_i > fi) best_i -= run.size();
      DB.insert(DB.begin() + best_i + 1, run.begin(), run.end());
      fi = 0;  // the article changed: look again from its start
    }
  }
}

void join_broken_paragraphs(ProtoArticle& a) {
  auto& B = a.blocks;
  for (size_t i = 0; i < B.size(); ++i) {
    while (is_para(B[i]) && ends_mid_sentence(B[i].text)) {
      size_t j = i + 1;
      while (j < B.size() && B[j].kind == BlockKind::Caption) ++j;
      if (j >= B.size() || !is_para(B[j])) break;
      if (needs_space(B[i].text, B[j].text)) B[i].text += ' ';
      B[i].text += B[j].text;
      B.erase(B.begin() + j);
    }
  }
}

void repair_reading_order(std::vector<ProtoArticle>& articles) {
  for (auto& a : articles) move_text_before_byline(a);
  move_orphan_fragments(articles);
  for (auto& a : articles) join_broken_paragraphs(a);
}

}  // namespace wz::ingest
