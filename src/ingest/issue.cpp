// ingest/issue: the pages of one issue -> its articles, with jumps joined across pages.
// Consumes pages (paths or bytes) in the issue's order. Reads each page on its own
// (read_page_report), then pairs every article that jumps out (下转第X版) with a fragment
// on a later page that jumps in ((上接第Y版)) by a scored assignment: the seam of the two
// texts (a word across it, a mark that can't open a sentence, a quotation carried on),
// and the jump head's words in the article's head. A pair is joined into one article and
// reported; an article whose continuation is not among the pages, and a fragment whose
// start is not, stay as they are and are reported too.
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <exception>
#include <numeric>
#include <optional>
#include <thread>

#include "base/file.h"
#include "base/utf8.h"
#include "ingest/chars.h"
#include "ingest/encoding.h"
#include "ingest/evidence.h"
#include "ingest/features.h"
#include "ingest/ingest.h"
#include "ingest/seams.h"

namespace wz::ingest {

namespace {

using model::BlockKind;

// A jump is joined when its score passes this threshold.
constexpr double kJumpThreshold = 0.0;
// The jump head repeats the story's key phrase (its headline's words).
constexpr double kHeadInHeadline = 3.0;
constexpr double kHeadInBody = 1.5;
// With no word, mark or quotation at the seam, one candidate of each is still likely the pair.
constexpr double kOnlyCandidates = 1.0;

struct Loc {
  size_t page = 0, art = 0;
};

std::string han_of(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    char32_t c = utf8::next(s, i);
    if (utf8::is_han(c)) utf8::append(out, c);
  }
  return out;
}

// The article's last paragraph (const or not, as the article), or null.
template <class Article>
auto last_para(Article& a) -> decltype(&a.blocks.front()) {
  for (auto it = a.blocks.rbegin(); it != a.blocks.rend(); ++it)
    if (it->kind == BlockKind::Paragraph) return &*it;
  return nullptr;
}

const model::Block* first_para(const model::Article& a) {
  for (const auto& b : a.blocks)
    if (b.kind == BlockKind::Paragraph) return &b;
  return nullptr;
}

int first_line(const model::Article& a) {
  return a.blocks.empty() ? a.pos.line : a.blocks.front().pos.line;
}

class Jumps {
 public:
  explicit Jumps(IssueReport& ir) : ir_(ir) {}

  void run() {
    for (size_t p = 0; p < ir_.pages.size(); ++p) {
      const auto& pg = ir_.pages[p];
      for (size_t a = 0; a < pg.articles.size() && a < pg.jumps.size(); ++a) {
        if (!pg.jumps[a].out.empty()) outs_.push_back({p, a});
        if (!pg.jumps[a].in.empty() && pg.articles[a].kind == "fragment") ins_.push_back({p, a});
      }
    }
    std::vector<std::tuple<double, size_t, size_t>> cands;
    for (size_t o = 0; o < outs_.size(); ++o)
      for (size_t i = 0; i < ins_.size(); ++i)
        if (follows(ins_[i], outs_[o])) cands.emplace_back(score(outs_[o], ins_[i]), o, i);
    std::sort(cands.begin(), cands.end(),
              [](auto& x, auto& y) { return std::get<0>(x) > std::get<0>(y); });
    std::vector<bool> out_used(outs_.size()), in_used(ins_.size());
    std::vector<std::pair<size_t, size_t>> pairs;
    for (auto [s, o, i] : cands) {
      if (s <= kJumpThreshold || out_used[o] || in_used[i]) continue;
      out_used[o] = in_used[i] = true;
      pairs.push_back({o, i});
      report_join(outs_[o], ins_[i], s);
    }
    for (size_t o = 0; o < outs_.size(); ++o)
      if (!out_used[o]) report_open_out(outs_[o]);
    for (size_t i = 0; i < ins_.size(); ++i)
      if (!in_used[i]) report_open_in(ins_[i]);
    assemble_articles(pairs);
  }

 private:
  IssueReport& ir_;
  std::vector<Loc> outs_, ins_;
  mutable std::optional<WordSegmenter> words_;  // built for the first seam weighed

  // A continuation is on a later page, or later in the same file when the copy holds two
  // pages of the paper: the folio of the page the jump names (第3版) stands between them.
  bool follows(Loc in, Loc out) const {
    if (in.page != out.page) return in.page > out.page;
    if (in.art <= out.art) return false;
    const std::string& page = jump(out).out;
    if (page.empty() || page == "?") return false;
    std::string folio = "第" + page + "版";
    int from = first_line(art(out)), to = first_line(art(in));
    const auto& F = ir_.pages[out.page].furniture;
    return std::any_of(F.begin(), F.end(), [&](const Furniture& f) {
      return f.line > from && f.line < to && f.text.find(folio) != std::string::npos &&
             jump_marker(f.text) == Jump::None;  // (下转第3版 names it too)
    });
  }

  const model::Article& art(Loc l) const { return ir_.pages[l.page].articles[l.art]; }
  const JumpEnds& jump(Loc l) const { return ir_.pages[l.page].jumps[l.art]; }

  double score(Loc o, Loc i) const {
    const model::Article &a = art(o), &f = art(i);
    const model::Block *x = last_para(a), *y = first_para(f);
    double s = 0;
    if (x && y) {
      std::string xt = model::plain_text(x->text), yt = model::plain_text(y->text);
      if (ends_mid_sentence(xt)) {
        if (!words_) words_.emplace();
        Join j = join_texts(*words_, xt, yt);
        s += j.score;
      }
    }
    std::string head = han_of(jump(i).head);
    if (utf8::length(head) >= 2) {
      std::string heads = han_of(a.head.kicker + a.head.headline + a.head.subheadline);
      std::string body;
      for (const auto& b : a.blocks) body += han_of(model::plain_text(b.text));
      if (heads.find(head) != std::string::npos)
        s += kHeadInHeadline;
      else if (body.find(head) != std::string::npos)
        s += kHeadInBody;
    }
    if (outs_.size() == 1 && ins_.size() == 1) s += kOnlyCandidates;
    return s;
  }

  void report_join(Loc o, Loc i, double s) {
    Doubt d;
    d.kind = Doubt::Kind::Join;
    d.first_line = first_line(art(i));
    d.last_line = d.first_line;
    d.margin = s - kJumpThreshold;
    d.message = "\"" + art(o).head.headline + "\" (" + ir_.pages[o.page].path +
                ") jumps to its continuation on " + ir_.pages[i.page].path + " line " +
                std::to_string(d.first_line) +
                (jump(i).head.empty() ? "" : " under the jump head \"" + jump(i).head + "\"") +
                ": joined into one article (margin " + margin_text(d.margin) + ")";
    ir_.doubts.push_back(std::move(d));
  }

  void report_open_out(Loc o) {
    Doubt d;
    d.kind = Doubt::Kind::Fragment;
    d.first_line = d.last_line = art(o).pos.line;
    d.message = "\"" + art(o).head.headline + "\" (" + ir_.pages[o.page].path +
                ") continues on page " + jump(o).out +
                " of the paper, which is not among this issue's pages: it ends unfinished";
    ir_.doubts.push_back(std::move(d));
  }

  void report_open_in(Loc i) {
    Doubt d;
    d.kind = Doubt::Kind::Fragment;
    d.first_line = d.last_line = first_line(art(i));
    d.message = "text continued from page " + jump(i).in + " of the paper (" +
                ir_.pages[i.page].path + " line " + std::to_string(d.first_line) +
                ") has its start on no page of this issue: kept as a fragment";
    ir_.doubts.push_back(std::move(d));
  }

  // The issue's articles in page order, each continuation appended to its article (the
  // seam paragraph joined when the article's text stops inside a sentence).
  void assemble_articles(const std::vector<std::pair<size_t, size_t>>& pairs) {
    std::vector<std::vector<bool>> joined(ir_.pages.size());
    for (size_t p = 0; p < ir_.pages.size(); ++p)
      joined[p].assign(ir_.pages[p].articles.size(), false);
    for (auto [o, i] : pairs) joined[ins_[i].page][ins_[i].art] = true;
    ir_.articles.clear();
    ir_.article_of.assign(ir_.pages.size(), {});
    for (size_t p = 0; p < ir_.pages.size(); ++p)
      ir_.article_of[p].assign(ir_.pages[p].articles.size(), 0);
    for (size_t p = 0; p < ir_.pages.size(); ++p) {
      for (size_t a = 0; a < ir_.pages[p].articles.size(); ++a) {
        if (joined[p][a]) continue;
        size_t k = ir_.articles.size();
        ir_.article_of[p][a] = k;
        model::Article out = ir_.pages[p].articles[a];
        for (auto [o, i] : pairs) {
          if (outs_[o].page != p || outs_[o].art != a) continue;
          append(out, art(ins_[i]));
          ir_.article_of[ins_[i].page][ins_[i].art] = k;
        }
        ir_.articles.push_back(std::move(out));
      }
    }
  }

  static void append(model::Article& a, const model::Article& f) {
    auto it = f.blocks.begin();
    model::Block* x = last_para(a);
    if (x && it != f.blocks.end() && it->kind == BlockKind::Paragraph &&
        ends_mid_sentence(model::plain_text(x->text))) {
      x->text.insert(x->text.end(), it->text.begin(), it->text.end());
      ++it;
    }
    a.blocks.insert(a.blocks.end(), it, f.blocks.end());
  }
};

}  // namespace

size_t IssueReport::doubt_count() const {
  size_t n = doubts.size();
  for (const auto& p : pages) n += p.doubts.size();
  return n;
}

namespace {

// The pages in the order the workers take them: largest first (by bytes; ties in page
// order), so that the last page taken is a small one and no core waits long for another.
std::vector<size_t> largest_first(const std::vector<PageInput>& pages) {
  std::vector<size_t> order(pages.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return pages[a].bytes.size() > pages[b].bytes.size();
  });
  return order;
}

// How many workers read an issue's pages: one per kBytesPerWorker of page text, at most one
// per core and one per page. A worker reads ~20 KB of text in ~2 ms; below a few hundred KB
// a second one costs more than it saves: on the 2-core machine `build/wenzhai bench
// tests/data/five-pages.toml -n 15` reads its five pages (38 KB) in 8.7-9.1 ms with one
// worker and 14.0 ms with two (their CPU time 8.7 against 23.7 ms: the two cores share their
// caches and slow each other), while `bench --scale 260` reads 100 pages (750 KB) faster
// with two (the whole build 1,027 against 1,209 ms) and 20 pages (150 KB) the same.
size_t worker_count(const std::vector<PageInput>& pages) {
  constexpr size_t kBytesPerWorker = 256 * 1024;
  size_t bytes = 0;
  for (const auto& p : pages) bytes += p.bytes.size();
  size_t cores = std::max(1u, std::thread::hardware_concurrency());
  return std::min({cores, pages.size(), 1 + bytes / kBytesPerWorker});
}

// Each page's report, in page order. Pages are read side by side (they share nothing until
// their jumps are joined) by worker_count workers, this thread the first, each taking the
// next page largest first: a thread per page made five pages wait for two cores, and a
// large page read last made the others wait. A page's error is rethrown once all are read,
// the first page's in page order first.
std::vector<PageReport> read_pages(const std::vector<PageInput>& pages, const Options& opt) {
  const std::vector<size_t> order = largest_first(pages);
  std::vector<PageReport> reports(pages.size());
  std::vector<std::exception_ptr> failed(pages.size());
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t k; (k = next++) < order.size();) {
      const PageInput& p = pages[order[k]];
      try {
        reports[order[k]] = read_page_report(p.bytes, p.name, opt, p.structured);
      } catch (...) {
        failed[order[k]] = std::current_exception();
      }
    }
  };
  {
    std::vector<std::jthread> workers;  // (each joined as the block ends)
    for (size_t w = 1; w < worker_count(pages); ++w) workers.emplace_back(work);
    work();
  }
  for (const auto& e : failed)
    if (e) std::rethrow_exception(e);
  return reports;
}

}  // namespace

IssueReport read_issue_pages(const std::vector<PageInput>& pages, const Options& opt) {
  IssueReport ir;
  ir.pages = read_pages(pages, opt);
  Jumps(ir).run();
  return ir;
}

IssueReport read_issue(const std::vector<std::string>& paths, const Options& opt) {
  std::vector<PageInput> in;
  for (const auto& p : paths) in.push_back(PageInput{p, read_file(p), false});
  return read_issue_pages(in, opt);
}

}  // namespace wz::ingest
