#include "ingest/reorder.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <optional>
#include <set>
#include <tuple>

#include "base/utf8.h"
#include "ingest/assignment.h"
#include "ingest/chars.h"

namespace wz::ingest {

namespace {

using model::BlockKind;

// A pair is joined when its score passes this threshold (points, as evidence.h).
constexpr double kJoinThreshold = 0.0;
// The prior that a cut sentence goes on in the next paragraph of its own article.
constexpr double kNextInArticle = 2.5;
// ...in another paragraph of its article / in another article (a displaced column).
constexpr double kSameArticle = 0.5;
constexpr double kOtherArticle = -0.5;
// Taking the first paragraph under another article's head away from it.
constexpr double kTakesLead = -2.0;
// A move resting only on a two-character word across the seam (地方|将 can be 方将).
constexpr double kWeakMove = -2.0;
// Unseating a paragraph that reads well where it stands, on weak evidence.
constexpr double kUnseat = -4.0;
// Shared vocabulary with the story (evidence.h shared_words): below the pivot a seam with
// no word or mark across it is likelier a gap in the page than a continuation.
constexpr double kTopicWeight = 6.0;
constexpr double kTopicPivot = 0.25;
// ...and counts half where the seam itself holds strong evidence.
constexpr double kTopicWithSeam = 0.5;
// Joins won by less than this are reported.
constexpr double kDoubtfulJoin = 1.5;

bool is_para(const ProtoBlock& b) {
  return b.kind == BlockKind::Paragraph;
}

// Blocks that may stand between the two halves of a cut sentence in file order: an
// in-article photo's caption or credit, a tip box or an editor's note dropped there.
bool may_stand_between(const ProtoBlock& b) {
  return b.kind == BlockKind::Caption || b.kind == BlockKind::ReadingTip ||
         b.kind == BlockKind::EditorNote || b.kind == BlockKind::Credit;
}

struct Ref {
  size_t art = 0, blk = 0;
  bool operator<(const Ref& o) const { return std::tie(art, blk) < std::tie(o.art, o.blk); }
  bool operator==(const Ref& o) const = default;
};

// The next paragraph of a's article after block k, skipping what may stand between.
std::optional<size_t> next_para(const ProtoArticle& a, size_t k) {
  for (size_t j = k + 1; j < a.blocks.size(); ++j) {
    if (is_para(a.blocks[j])) return j;
    if (!may_stand_between(a.blocks[j])) return std::nullopt;
  }
  return std::nullopt;
}

bool is_lead(const ProtoArticle& a, size_t k) {
  if (a.fragment) return false;
  for (size_t j = 0; j < k; ++j)
    if (is_para(a.blocks[j]) || a.blocks[j].kind == BlockKind::Caption) return false;
  return true;
}

struct Pair {
  Ref end, start;
  double score = 0;
  bool next = false;  // the start is the end's next paragraph in file order
  double join = 0;    // the seam's own evidence (Join::score), before priors and costs
};

class Matcher {
 public:
  Matcher(std::vector<ProtoArticle>& arts, const PageEvidence& ev, std::vector<Doubt>& doubts)
      : A_(arts), ev_(ev), doubts_(doubts), explain_(std::getenv("WZ_EXPLAIN") != nullptr) {
    // Every block gets a tag, so that it can be found after moves: block k of article a
    // starts out as first_tag_[a] + k.
    int next = 0;
    for (const auto& a : A_) {
      first_tag_.push_back(next);
      tags_.emplace_back();
      for (size_t k = 0; k < a.blocks.size(); ++k) tags_.back().push_back(next++);
    }
  }

  void run() {
    std::vector<Pair> cands = candidates();
    chosen_ = assign(cands);
    // A chain that closes on itself can't be read: drop its weakest link.
    std::sort(chosen_.begin(), chosen_.end(),
              [](const Pair& x, const Pair& y) { return x.score > y.score; });
    std::vector<Pair> kept;
    for (const Pair& p : chosen_)
      if (!closes_cycle(p, kept)) kept.push_back(p);
    chosen_ = std::move(kept);
    for (const Pair& p : chosen_)
      if (!p.next || p.score < kDoubtfulJoin) report_join(p);
    // Ends left without a continuation are reported once the moves show which of them
    // meet their rest after all (rejoin_after_moves).
    std::vector<std::pair<int, Doubt>> missing = missing_rests(cands);
    apply(cands);
    for (auto& [tag, d] : missing)
      if (!rejoined_.count(tag)) doubts_.push_back(std::move(d));
    for (Doubt& d : rejoin_doubts_) doubts_.push_back(std::move(d));
  }

 private:
  std::vector<ProtoArticle>& A_;
  const PageEvidence& ev_;
  std::vector<Doubt>& doubts_;
  const bool explain_;  // WZ_EXPLAIN: print the candidate pairs
  std::vector<Pair> chosen_;
  std::vector<int> first_tag_;          // the tag of each article's first block
  std::vector<std::vector<int>> tags_;  // the tags of each article's blocks, as they move
  std::set<int> rejoined_;              // tags of cut ends joined after the moves
  std::vector<Doubt> rejoin_doubts_;

  int tag(Ref r) const { return first_tag_[r.art] + static_cast<int>(r.blk); }
  // Where the block tagged t stands now ({SIZE_MAX, 0}: merged into another).
  Ref locate(int t) const {
    for (size_t a = 0; a < tags_.size(); ++a)
      for (size_t k = 0; k < tags_[a].size(); ++k)
        if (tags_[a][k] == t) return {a, k};
    return {SIZE_MAX, 0};
  }

  const ProtoBlock& at(Ref r) const { return A_[r.art].blocks[r.blk]; }
  int line(Ref r) const { return at(r).pos.line; }

  // A paragraph that ends inside a sentence and is not the last text before a jump-out.
  bool open_end(Ref r) const {
    const ProtoBlock& b = at(r);
    if (!is_para(b) || b.index < 0) return false;
    // (A closed quoted phrase may end a cut line too: the seam's evidence decides.)
    if (!ev_[b.index].open_end && !ev_[b.index].phrase_closed) return false;
    // The last paragraph of an article that jumps (下转第X版) goes on on another page.
    const ProtoArticle& a = A_[r.art];
    if (!a.jump_out.empty() && !next_para(a, r.blk)) {
      for (size_t j = r.blk + 1; j < a.blocks.size(); ++j)
        if (is_para(a.blocks[j])) return true;
      return false;
    }
    return true;
  }

  std::vector<Pair> candidates() const {
    std::vector<Pair> out;
    for (size_t a = 0; a < A_.size(); ++a) {
      for (size_t k = 0; k < A_[a].blocks.size(); ++k) {
        Ref e{a, k};
        if (!open_end(e)) continue;
        auto nx = next_para(A_[a], k);
        for (size_t b = 0; b < A_.size(); ++b) {
          for (size_t j = 0; j < A_[b].blocks.size(); ++j) {
            Ref s{b, j};
            if (s == e || !is_para(at(s)) || at(s).index < 0) continue;
            bool next = a == b && nx && *nx == j;
            // Away from its neighbour a join needs evidence at the seam (see may_join).
            if (!next && !ev_.may_join(at(e).index, at(s).index)) continue;
            auto jd = ev_.join_detail(at(e).index, at(s).index);
            double sc = jd.score;
            if (sc == -INFINITY) continue;
            sc += next ? kNextInArticle : a == b ? kSameArticle : kOtherArticle;
            if (!next && is_lead(A_[b], j)) sc += kTakesLead;
            if (!next) sc += move_cost(e, s, jd);
            // Text moved from elsewhere must belong to the story it joins. (Measured on
            // the corpus, shared words do not tell a gap in the page from a column break
            // between neighbours: both follow a paragraph of a few lines.)
            bool weigh_topic = !next && sc > kJoinThreshold;
            double tp = weigh_topic || explain_ ? topic(e, s) : 0;
            if (weigh_topic) sc += tp * (jd.strong() ? kTopicWithSeam : 1.0);
            if (explain_)
              std::fprintf(stderr,
                           "PAIR %d->%d join=%.1f word=%d bound=%d mark=%d quote=%d next=%d "
                           "topic=%.2f score=%.2f\n",
                           line(e), line(s), jd.score, jd.word, jd.bound, jd.mark, jd.quote, next,
                           tp, sc);
            out.push_back(Pair{e, s, sc, next, jd.score});
          }
        }
      }
    }
    return out;
  }

  // The pairing of cut ends with starts that scores best over the whole page.
  std::vector<Pair> assign(const std::vector<Pair>& cands) const {
    std::map<Ref, int> ends, starts;
    for (const Pair& p : cands) {
      ends.emplace(p.end, static_cast<int>(ends.size()));
      starts.emplace(p.start, static_cast<int>(starts.size()));
    }
    std::vector<Candidate> cs;
    for (const Pair& p : cands)
      cs.push_back(Candidate{ends[p.end], starts[p.start], p.score - kJoinThreshold});
    std::vector<int> match =
        best_assignment(static_cast<int>(ends.size()), static_cast<int>(starts.size()), cs);
    std::vector<Pair> out;
    for (const Pair& p : cands)
      if (match[ends[p.end]] == starts[p.start]) out.push_back(p);
    return out;
  }

  // The chosen pairs, each chain from its head on: a link is placed after the one before it.
  std::vector<Pair> in_chain_order() const {
    std::vector<Pair> out;
    std::set<Ref> starts;
    for (const Pair& p : chosen_) starts.insert(p.start);
    for (const Pair& head : chosen_) {
      if (starts.count(head.end)) continue;
      for (Ref cur = head.end;;) {
        auto it = std::find_if(chosen_.begin(), chosen_.end(),
                               [&](const Pair& q) { return q.end == cur; });
        if (it == chosen_.end() || out.size() > chosen_.size()) break;
        out.push_back(*it);
        cur = it->start;
      }
    }
    return out;
  }

  // How well the text of s goes with the story that e ends, beyond chance.
  double topic(Ref e, Ref s) const {
    std::vector<int> context;
    const auto& B = A_[e.art].blocks;
    for (size_t k = 0; k <= e.blk; ++k)
      if (is_para(B[k]) && B[k].index >= 0) context.push_back(B[k].index);
    double share = ev_.shared_words(context, at(s).index);
    return std::min(0.0, kTopicWeight * (share - kTopicPivot));  // it only argues against
  }

  // Is s where a paragraph belongs: the first text of its article, or after text that
  // ends a sentence?
  bool seated(Ref s) const {
    const auto& B = A_[s.art].blocks;
    for (size_t k = s.blk; k-- > 0;) {
      if (may_stand_between(B[k])) continue;
      return !is_para(B[k]) || B[k].index < 0 || !ev_[B[k].index].open_end;
    }
    return true;
  }

  // What moving s away from where it stands costs. Moving needs evidence a coincidence
  // rarely gives; taking a paragraph from a seat where it reads well needs the strongest:
  // a start that can't open a sentence (a mark, a particle, a closing quote), a word of
  // three characters or more across the seam, or, within one article (a column of it
  // extracted out of order), two halves that are no words alone (茶|叶).
  double move_cost(Ref e, Ref s, const Join& jd) const {
    bool strong_start =
        ev_[at(s).index].start_open > 0 || jd.word >= 3 || (jd.bound && e.art == s.art);
    if (seated(s)) return strong_start ? 0 : kUnseat;
    return jd.strong() ? 0 : kWeakMove;
  }

  // Following the links of `kept` from p.start must not lead back to p.end.
  static bool closes_cycle(const Pair& p, const std::vector<Pair>& kept) {
    Ref cur = p.start;
    for (size_t guard = 0; guard <= kept.size(); ++guard) {
      if (cur == p.end) return true;
      auto it = std::find_if(kept.begin(), kept.end(), [&](const Pair& q) { return q.end == cur; });
      if (it == kept.end()) return false;
      cur = it->start;
    }
    return false;
  }

  void report_join(const Pair& p) {
    Doubt d;
    d.kind = Doubt::Kind::Join;
    d.first_line = d.last_line = line(p.start);  // the text joined on; the message names both
    d.margin = p.score - kJoinThreshold;
    d.message = "line " + std::to_string(line(p.start)) +
                " read as the rest of the sentence cut at the end of line " +
                std::to_string(line(p.end)) +
                (p.next                     ? ""
                 : p.end.art == p.start.art ? " (moved within its article)"
                                            : " (moved from another article)") +
                " (margin " + margin_text(d.margin) + ")";
    doubts_.push_back(std::move(d));
  }

  // A doubt, with its end's tag, for every cut end the assignment left without a rest.
  std::vector<std::pair<int, Doubt>> missing_rests(const std::vector<Pair>& cands) const {
    std::set<Ref> ends;
    for (const Pair& p : chosen_) ends.insert(p.end);
    std::map<Ref, double> best;  // each end's best candidate
    for (const Pair& p : cands) {
      auto [it, fresh] = best.emplace(p.end, p.score);
      if (!fresh) it->second = std::max(it->second, p.score);
    }
    std::vector<std::pair<int, Doubt>> out;
    for (size_t a = 0; a < A_.size(); ++a) {
      for (size_t k = 0; k < A_[a].blocks.size(); ++k) {
        Ref e{a, k};
        if (!open_end(e) || ends.count(e)) continue;
        auto b = best.find(e);
        Doubt d;
        d.kind = Doubt::Kind::Missing;
        d.first_line = d.last_line = line(e);
        d.margin = b != best.end() && std::isfinite(b->second) ? kJoinThreshold - b->second : 0;
        d.message = "line " + std::to_string(line(e)) +
                    " ends inside a sentence and nothing on the page goes on from it: "
                    "the rest is missing, the paragraph ends there";
        out.emplace_back(tag(e), std::move(d));
      }
    }
    return out;
  }

  // Move displaced runs behind the text they continue, then join each pair.
  void apply(const std::vector<Pair>& cands) {
    std::map<int, int> link;  // end tag -> start tag
    std::set<int> targets;    // starts that come from elsewhere: a run stops before them
    for (const Pair& p : chosen_) {
      link[tag(p.end)] = tag(p.start);
      if (!p.next) targets.insert(tag(p.start));
    }
    // Starts that the seam alone joins to a cut end left without a continuation: a run
    // displaced from before its own end stops there (the columns of s02: 34-38 go after
    // 48, and 40 stays, the rest of 32).
    std::set<Ref> unpaired;
    for (const Pair& p : cands) unpaired.insert(p.end);
    for (const Pair& p : chosen_) unpaired.erase(p.end);
    std::set<int> resumes;
    for (const Pair& p : cands)
      if (unpaired.count(p.end) && p.join > kJoinThreshold) resumes.insert(tag(p.start));
    for (const Pair& p : in_chain_order()) move_run(p, targets, resumes);
    // Join each pair: the start is now the next paragraph after its end.
    for (size_t a = 0; a < A_.size(); ++a) {
      for (size_t k = 0; k < A_[a].blocks.size(); ++k) {
        while (link.count(tags_[a][k])) {
          int want = link[tags_[a][k]];
          auto nx = next_para(A_[a], k);
          if (!nx || tags_[a][*nx] != want) break;
          link.erase(tags_[a][k]);
          merge_next(a, k, *nx);
        }
      }
    }
    rejoin_after_moves(cands, unpaired);
  }

  // Moves the run that starts at p.start behind p.end: the start and what follows it in
  // its article, up to a byline, a jump marker, or text that is itself the rest of another
  // cut sentence.
  void move_run(const Pair& p, const std::set<int>& targets, const std::set<int>& resumes) {
    Ref e = locate(tag(p.end)), s = locate(tag(p.start));
    if (e.art == SIZE_MAX || s.art == SIZE_MAX) return;
    auto nx = next_para(A_[e.art], e.blk);
    if (s.art == e.art && nx && *nx == s.blk) return;  // already in place
    auto& SB = A_[s.art].blocks;
    auto& ST = tags_[s.art];
    size_t end = s.blk + 1;
    while (end < SB.size() && SB[end].kind != BlockKind::Byline &&
           SB[end].kind != BlockKind::Continuation && !targets.count(ST[end]))
      ++end;
    if (s.art == e.art && e.blk >= s.blk && e.blk < end) {  // e inside the run: cut it short
      size_t cut = s.blk + 1;
      while (cut <= e.blk && !resumes.count(ST[cut])) ++cut;
      if (cut > e.blk) return;
      end = cut;
    }
    std::vector<ProtoBlock> run(SB.begin() + s.blk, SB.begin() + end);
    std::vector<int> run_tags(ST.begin() + s.blk, ST.begin() + end);
    SB.erase(SB.begin() + s.blk, SB.begin() + end);
    ST.erase(ST.begin() + s.blk, ST.begin() + end);
    e = locate(tag(p.end));
    auto& EB = A_[e.art].blocks;
    size_t at = e.blk + 1;
    while (at < EB.size() && may_stand_between(EB[at]) && EB[at].kind != BlockKind::Credit) ++at;
    EB.insert(EB.begin() + at, run.begin(), run.end());
    tags_[e.art].insert(tags_[e.art].begin() + at, run_tags.begin(), run_tags.end());
  }

  // x's text goes on in y (the next paragraph of its article): one paragraph, carrying
  // y's tag.
  void merge_next(size_t a, size_t k, size_t nx) {
    auto& B = A_[a].blocks;
    ProtoBlock& x = B[k];
    const ProtoBlock& y = B[nx];
    bool space = is_ascii_alnum(last_char(x.text)) && is_ascii_alnum(first_char(y.text));
    x.text += (space ? " " : "") + y.text;
    x.lines.insert(x.lines.end(), y.lines.begin(), y.lines.end());
    x.index = y.index;  // the joined paragraph ends where its last part ends
    tags_[a][k] = tags_[a][nx];
    B.erase(B.begin() + nx);
    tags_[a].erase(tags_[a].begin() + nx);
  }

  // A cut end left without a continuation whose rest was kept from it by a displaced run:
  // with the run moved away, it meets the text the seam alone joins it to. They are one
  // paragraph, and the rest is not missing after all.
  void rejoin_after_moves(const std::vector<Pair>& cands, const std::set<Ref>& unpaired) {
    for (const Pair& p : cands) {
      if (!unpaired.count(p.end) || p.join <= kJoinThreshold || p.next) continue;
      Ref e = locate(tag(p.end));
      if (e.art == SIZE_MAX) continue;
      auto nx = next_para(A_[e.art], e.blk);
      if (!nx || tags_[e.art][*nx] != tag(p.start)) continue;
      const auto& B = A_[e.art].blocks;
      int end_line = B[e.blk].pos.line, start_line = B[*nx].pos.line;
      rejoined_.insert(tag(p.end));
      merge_next(e.art, e.blk, *nx);
      Doubt d;
      d.kind = Doubt::Kind::Join;
      d.first_line = d.last_line = start_line;
      d.margin = p.join - kJoinThreshold;
      d.message = "line " + std::to_string(start_line) +
                  " read as the rest of the sentence cut at the end of line " +
                  std::to_string(end_line) + ", once the run between them moved (margin " +
                  margin_text(d.margin) + ")";
      rejoin_doubts_.push_back(std::move(d));
    }
  }
};

// Text between the headline group (and reading tip) and a separate byline belongs after
// the byline: move it to the article's end -- unless the byline is a signature (读者 陶 然,
// 宁 溪): a signature signs the text above it, and what follows (编辑回复：…) comes after.
void move_text_before_byline(ProtoArticle& a, const PageEvidence& ev) {
  auto& B = a.blocks;
  size_t s = 0;
  while (s < B.size() && (B[s].kind == BlockKind::ReadingTip || B[s].kind == BlockKind::EditorNote))
    ++s;
  auto by = std::find_if(B.begin() + s, B.end(),
                         [](const ProtoBlock& b) { return b.kind == BlockKind::Byline; });
  if (by == B.end() || by == B.begin() + s) return;
  if (by->index >= 0 && ev[static_cast<size_t>(by->index)].author) return;
  if (std::none_of(by, B.end(), is_para)) return;  // a closing byline: nothing misplaced
  if (std::none_of(B.begin() + s, by, is_para)) return;
  std::vector<ProtoBlock> run(B.begin() + s, by);
  std::vector<ProtoBlock> tail(by, B.end());
  tail.insert(tail.end(), run.begin(), run.end());
  B.resize(s);
  B.insert(B.end(), tail.begin(), tail.end());
}

}  // namespace

void repair_reading_order(std::vector<ProtoArticle>& articles, const PageEvidence& ev,
                          std::vector<Doubt>& doubts) {
  Matcher(articles, ev, doubts).run();
  return_interleaved_text(articles, ev, doubts);
  for (auto& a : articles) move_text_before_byline(a, ev);
  // An article emptied by the moves (a displaced run that was all it had) goes.
  articles.erase(std::remove_if(articles.begin(), articles.end(),
                                [](const ProtoArticle& a) {
                                  return a.blocks.empty() && a.headline.empty() &&
                                         a.kicker.empty() && a.lines.empty();
                                }),
                 articles.end());
}

}  // namespace wz::ingest
