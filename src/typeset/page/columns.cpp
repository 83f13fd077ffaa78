#include <deque>
#include <map>

#include "typeset/page/article_start.h"
#include "typeset/page/flow.h"
#include "typeset/page/issue.h"
#include "typeset/page/tags.h"

namespace wz::typeset {
namespace {

// Articles run long (or short) to fill the page they end on gain (or lose) at most this
// many lines, one a paragraph (TeX's \looseness): past it the page is left short rather
// than loosened paragraph after paragraph.
constexpr int kMaxLinesGained = 8;
// The articles of text before a page's hole that may be run long or short to fill it: the
// one ending on the page and the two before it (about the page and the one before).
constexpr size_t kArticlesRunLong = 3;

// An article that is a picture or photo frame with its caption and credit (and a head).
bool is_photo_item(const std::vector<Row>& rows) {
  bool photo = false;
  for (const Row& r : rows) {
    photo |= r.kind == RowKind::Photo;
    if (r.kind != RowKind::Photo && r.kind != RowKind::Caption && r.kind != RowKind::Credit &&
        r.kind != RowKind::Blank && r.kind != RowKind::Head)
      return false;
  }
  return photo;
}

std::vector<Row> with_gap(const Row& gap, const std::vector<Row>& rows) {
  std::vector<Row> all{gap};
  all.insert(all.end(), rows.begin(), rows.end());
  return all;
}

// An article's opening: the rows that must start on one page (its headline group and the
// lines kept with it, column_rules.h keep_need).
std::vector<Row> opening(const std::vector<Row>& rows) {
  if (rows.empty()) return rows;
  int need = keep_need(rows, 0);
  size_t n = 0;
  for (int h = 0; n < rows.size() && h < need; ++n) h += rows[n].height;
  return {rows.begin(), rows.begin() + static_cast<long>(n)};
}

// Headline groups inside the columns, one continuous flow balanced at the issue's end.
class ColumnMakeup {
 public:
  ColumnMakeup(const model::Issue& is, Context& cx, Flow& flow) : is_(is), cx_(cx), flow_(flow) {}

  void run() {
    for (size_t n = 0; n < is_.articles.size(); ++n) {
      std::vector<Row> rows = rows_of(n, {});
      if (!marks_.empty() && leaves_hole(n, rows)) fill_page(n, rows);
      place_marked(n, std::move(rows));
    }
    flow_.finish(true);
  }

 private:
  struct Marked {
    size_t article = 0;
    Flow::Mark mark;  // before it was set
  };
  using Plan = std::map<size_t, Looseness>;  // by article number

  Row gap() const {
    Row g;
    g.kind = RowKind::Blank;
    g.rule = cx_.layout.article_start == model::ArticleStart::Rule || cx_.geo.columns > 1;
    return g;
  }
  bool runs_on() const { return cx_.layout.article_start != model::ArticleStart::NewPage; }

  // Article n's rows: its headline group (one tall row) and column material, tagged.
  std::vector<Row> rows_of(size_t n, const Looseness& loose) {
    const auto& a = is_.articles[n];
    Row head = head_row(a, cx_);
    head.anchor = static_cast<int>(n);
    std::vector<Row> rows = make_rows(a, cx_, loose);
    if (head.block.empty() && !rows.empty()) rows.front().anchor = static_cast<int>(n);
    tag_article(head, static_cast<int>(n)), tag_article(rows, static_cast<int>(n));
    if (!head.block.empty()) rows.insert(rows.begin(), std::move(head));
    return rows;
  }

  // A photo item that will not fit where the page stands floats to the next page's head
  // while the next article fills this one (a hole as tall as the item otherwise).
  bool floats(size_t n, const std::vector<Row>& rows) const {
    return runs_on() && n > 0 && n + 1 < is_.articles.size() && is_photo_item(rows);
  }

  // Article n of text would go to the next page and leave this one-column page more than a
  // tolerable hole short: its opening does not fit (even with the page's frames shortened),
  // or so little is left that the layout starts a new page.
  bool leaves_hole(size_t n, const std::vector<Row>& rows) {
    if (n == 0 || !runs_on() || cx_.geo.columns != 1 || is_photo_item(rows)) return false;
    if (flow_.free_rows() <= kTolerableHoleRows) return false;
    return turns_page(cx_.layout, page_state(n, rows));
  }

  // Where the page stands for article n (article_start.h). Whether its opening fits is
  // asked only of a one-column page that the share left does not already turn: making room
  // shortens the page's frames.
  // A page that so little is left of that it would turn, headed by a floated item over
  // too little text, sends the item on first (Flow::wait_head_item).
  PageState page_state(size_t n, const std::vector<Row>& rows) {
    PageState s{n == 0, flow_.free_share(), true};
    if (s.first || !runs_on() || cx_.geo.columns != 1) return s;
    const std::vector<Row> start = with_gap(gap(), opening(rows));
    if (turns_page(cx_.layout, {false, s.free_share, true}) && flow_.wait_head_item(start))
      s.free_share = flow_.free_share();
    if (!turns_page(cx_.layout, {false, s.free_share, true}))
      s.opening_fits = flow_.make_room(start);
    return s;
  }

  // As a typesetter runs a story long or short to fill a page: the articles of text set
  // last (marks_) are set again with paragraphs near their ends broken a line longer each
  // (looseness +1, within the breaker's tolerance) until the page no longer ends short of
  // the foot, or else a line shorter each until article n's opening fits under them. The
  // paragraphs may lie on the pages before: the lines they gain or lose carry over. A
  // setting that leaves a page before this one shorter than it was is not taken; if none
  // serves, the articles are set again as they were.
  void fill_page(size_t n, const std::vector<Row>& next) {
    const int short_by = flow_.free_rows();
    const bool too_little = turns_page(cx_.layout, {false, flow_.free_share(), true});
    int need = 0;  // the rows article n's opening lacks
    for (const Row& r : with_gap(gap(), opening(next))) need += r.height;
    need -= short_by;
    replay();
    const int was = std::max(flow_.worst_hole(), kTolerableHoleRows);
    const Plan set = plan_;
    auto serves = [&](int looseness, int lines) {
      plan_ = set;
      std::vector<std::pair<size_t, size_t>> paras = changeable(looseness);
      if (lines <= 0 || lines > std::min<int>(kMaxLinesGained, static_cast<int>(paras.size())))
        return false;
      for (int k = 0; k < lines; ++k) {
        auto [article, block] = paras[static_cast<size_t>(k)];
        looseness_of(article)[block] = looseness;
      }
      replay();
      return !leaves_hole(n, next) && flow_.worst_hole() <= was;
    };
    // A line more than the page lacks may be what a widow needs; a line fewer leaves a
    // tolerable hole. Lines lost on the pages before do not all reach this page (their
    // breaks move too): up to two more than the opening lacks.
    for (int lines : {short_by, short_by + 1, short_by - kTolerableHoleRows})
      if (serves(1, lines)) return;
    if (!too_little)
      for (int lines : {need, need + 1, need + 2})
        if (serves(-1, lines)) return;
    plan_ = set;
    replay();
  }

  // Body paragraphs of the marked articles, not yet changed, that a looseness of
  // `looseness` sets in one line more (or fewer), as (article, block): the last first.
  std::vector<std::pair<size_t, size_t>> changeable(int looseness) {
    std::vector<std::pair<size_t, size_t>> out;
    for (auto m = marks_.rbegin(); m != marks_.rend(); ++m) {
      const auto& a = is_.articles[m->article];
      const Looseness& now = looseness_of(m->article);
      Looseness changed = now;
      for (int& l : changed) l = l == 0 ? looseness : l;
      std::vector<int> base(a.blocks.size(), 0), other(a.blocks.size(), 0);
      for (const Row& r : make_rows(a, cx_, now))
        if (r.kind == RowKind::Paragraph) ++base[static_cast<size_t>(r.line.tag.block)];
      for (const Row& r : make_rows(a, cx_, changed))
        if (r.kind == RowKind::Paragraph) ++other[static_cast<size_t>(r.line.tag.block)];
      for (size_t i = a.blocks.size(); i-- > 0;)
        if (now[i] == 0 && other[i] == base[i] + looseness) out.emplace_back(m->article, i);
    }
    return out;
  }

  Looseness& looseness_of(size_t n) {
    Looseness& l = plan_[n];
    l.resize(is_.articles[n].blocks.size(), 0);
    return l;
  }

  // Back to before the first marked article; it and the articles after it (up to the one
  // being placed) set again by plan_.
  void replay() {
    const size_t from = marks_.front().article, to = last_placed_ + 1;
    flow_.restore(marks_.front().mark);
    marks_.clear();
    for (size_t m = from; m < to; ++m) {
      place_marked(m, rows_of(m, looseness_of(m)));
    }
  }

  // Place article n, marking where the flow stood first if it is an article of text.
  void place_marked(size_t n, std::vector<Row> rows) {
    if (!is_photo_item(rows)) {
      marks_.push_back({n, flow_.mark()});
      if (marks_.size() > kArticlesRunLong) marks_.pop_front();
    }
    last_placed_ = n;
    place(n, std::move(rows));
  }

  // A photo item that fits where the page stands but would leave it holding text over a
  // third of its rows at most (Flow::starves_page) floats on while the articles of text
  // after it are enough to fill the page: the page takes their text, the item heads the
  // next (seeds, large print p36: the end of an article, the item, an opening and two lines).
  bool starves(size_t n, const std::vector<Row>& rows) {
    const std::vector<Row> item = with_gap(gap(), rows);
    const int free = flow_.free_rows();
    if (!flow_.starves_page(item, free)) return false;  // the articles after it set only then
    int to_come = 0;  // rows of the articles of text after it, up to what the page has free
    for (size_t m = n + 1; m < is_.articles.size() && to_come < free; ++m) {
      std::vector<Row> next = rows_of(m, {});
      if (is_photo_item(next)) continue;
      to_come += 1;  // its separator
      for (const Row& r : next) to_come += r.height;
    }
    return flow_.starves_page(item, to_come);
  }

  void place(size_t n, std::vector<Row> rows) {
    if (floats(n, rows) && (starves(n, rows) || !flow_.make_room(with_gap(gap(), rows)))) {
      Row separator = gap();  // the item interrupts the text: a rule sets it apart
      separator.rule = true;
      flow_.defer(std::move(rows), separator);
      return;
    }
    // A new page when less than the layout's share of the page is left ([article]
    // new_page_below) or the opening will not fit even with the page's frames shortened
    // (its separator goes with it: a rule at the page's foot would stand under nothing);
    // that page is filled to the foot (it ends a run of text, not an article's page).
    switch (article_start(cx_.layout, page_state(n, rows))) {
      case StartAt::Here:
        break;
      case StartAt::NewPage:
        flow_.finish(false);
        flow_.new_page();
        break;
      case StartAt::NextPage:
        flow_.break_page();
        break;
      case StartAt::RunOn:
        flow_.add(gap());
        break;
    }
    for (auto& r : rows) flow_.add(std::move(r));
  }

  const model::Issue& is_;
  Context& cx_;
  Flow& flow_;
  Plan plan_;                 // the looseness each article is set with (none: 0)
  std::deque<Marked> marks_;  // the last kArticlesRunLong articles of text, oldest first
  size_t last_placed_ = 0;
};

}  // namespace

void set_issue_columns(const model::Issue& is, Context& cx, pages::Document& doc,
                       std::vector<LineRecord>& lines, TocIssue& toc) {
  Flow flow(doc, lines, cx.geo);
  flow.new_page();
  Anchor at = flow.place_span(issue_opening(is, cx), kKeepLines);
  toc.page = at.page, toc.y = at.y;
  ColumnMakeup(is, cx, flow).run();
  add_toc_articles(is, flow.anchors(), cx.layout.labels.untitled, toc);
}

}  // namespace wz::typeset
