#include "ingest/segment.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "base/utf8.h"
#include "ingest/chars.h"
#include "ingest/decode.h"
#include "ingest/features.h"

namespace wz::ingest {

namespace {

using model::BlockKind;

// A role won by less than this many points is reported to the editor; between body text
// and a caption (one sentence either way) only a near tie is.
constexpr double kDoubtMargin = 1.5;
constexpr double kDoubtCaption = 0.5;

double doubt_margin(Role a, Role b) {
  bool text = (a == Role::Para || a == Role::Caption) && (b == Role::Para || b == Role::Caption);
  return text ? kDoubtCaption : kDoubtMargin;
}

std::string role_name(Role r) {
  switch (r) {
    case Role::Display:
    case Role::LateDisplay:
      return "a headline line";
    case Role::Section:
      return "a 小标题 (section head)";
    case Role::Para:
      return "body text";
    case Role::Furniture:
      return "page furniture";
    case Role::Caption:
      return "a photo caption";
    case Role::Byline:
      return "a byline";
    default:
      return to_string(r);
  }
}

std::string furniture_reason(const LineInfo& c) {
  if (c.furniture) return "page furniture (page label, staff credit or notice)";
  if (c.repeats >= 0) return "pull-quote repeating a body sentence";
  if (c.slogan) return "slogan banner";
  if (c.label) return "column label";
  return "display line belonging to no article";
}

class Builder {
 public:
  Builder(const std::vector<SourceLine>& L, const std::string& path, Segmentation& out)
      : L_(L), path_(path), out_(out), ev_(*out.evidence) {}

  void run(const Decoding& d) {
    d_ = &d;
    for (size_t i = 0; i < L_.size(); ++i) {
      Role r = d.roles[i];
      if (d.opens[i]) open(i);
      if (r != Role::Display && r != Role::LateDisplay && !note_inside_group(i)) flush_group();
      place(i, r);
      if (d.margin[i] < doubt_margin(r, d.second[i])) doubt(i, d);
    }
    flush_group();
  }

 private:
  const std::vector<SourceLine>& L_;
  std::string path_;
  Segmentation& out_;
  const PageEvidence& ev_;
  const Decoding* d_ = nullptr;
  std::vector<size_t> group_;  // lines of the display group being read
  bool late_ = false;          // ...printed after its article's dateline paragraph

  SourcePos pos(size_t i) const { return SourcePos{path_, L_[i].line, L_[i].byte}; }

  // An editor's note set between a column label and the head under it (最美退役军人 /
  // 编者按：… / 从“兵王”到“果王”): the group goes on past it.
  bool note_inside_group(size_t i) const {
    auto note = [&](size_t k) {
      return d_->roles[k] == Role::NoteLabel || d_->roles[k] == Role::Note;
    };
    if (group_.empty() || !note(i)) return false;
    size_t k = i + 1;
    while (k < L_.size() && note(k)) ++k;
    return k < L_.size() && d_->roles[k] == Role::Display && !d_->opens[k];
  }
  ProtoArticle& cur() {
    if (out_.articles.empty()) open(0);
    return out_.articles.back();
  }

  void open(size_t i) {
    flush_group();
    ProtoArticle a;
    a.pos = pos(i);
    a.fragment = true;  // until a display group gives it a head
    out_.articles.push_back(std::move(a));
  }

  void add(size_t i, BlockKind k, std::string text) {
    ProtoBlock b{k, std::move(text), pos(i), L_[i].gap, static_cast<int>(i), {L_[i].line}};
    cur().blocks.push_back(std::move(b));
  }

  void own(size_t i) { cur().lines.push_back(L_[i].line); }

  void set_aside(size_t i, std::string reason) {
    out_.furniture.push_back(Furniture{L_[i].line, L_[i].text, std::move(reason)});
  }
  // Part of a line (a label or marker glued to text that stays in the article).
  void set_aside_part(size_t i, std::string text, std::string reason) {
    out_.furniture.push_back(Furniture{L_[i].line, trim_spaces(text), std::move(reason), false});
  }

  void flush_group() {
    if (group_.empty()) return;
    ProtoArticle& a = cur();
    // A head with no text under it before the next head, set apart from it by furniture:
    // it was a label or masthead over the page, not this article's head.
    if (!a.headline.empty() && a.blocks.empty()) set_aside_head(a);
    if (!a.headline.empty()) {  // a second group in one article: its lines become 小标题
      for (size_t k : group_) add(k, BlockKind::SectionHead, L_[k].text);
      group_.clear();
      late_ = false;
      return;
    }
    std::vector<std::string> texts;
    for (size_t k : group_) texts.push_back(L_[k].text);
    ProtoArticle roles;
    std::vector<size_t> dropped = assign_roles(texts, ev_.words(), roles);
    for (size_t f : dropped) set_aside(group_[f], furniture_reason(ev_[group_[f]]));
    a.kicker = roles.kicker, a.headline = roles.headline, a.subheadline = roles.subheadline;
    a.genre = roles.genre;
    a.fragment = a.headline.empty();
    if (!late_) a.pos = pos(group_.front());
    for (size_t k = 0; k < group_.size(); ++k)
      if (std::find(dropped.begin(), dropped.end(), k) == dropped.end()) own(group_[k]);
    group_.clear();
    late_ = false;
  }

  void set_aside_head(ProtoArticle& a) {
    for (int line : a.lines) {
      size_t i = index_of(line);
      set_aside(i, "a head with no text under it, over the next head (label or masthead)");
      Doubt x;
      x.kind = Doubt::Kind::Furniture;
      x.first_line = x.last_line = line;
      x.message = "line " + std::to_string(line) +
                  " read as a head, but no text follows it before the next head: set aside "
                  "as a label";
      out_.doubts.push_back(std::move(x));
    }
    a.lines.clear();
    a.kicker.clear(), a.headline.clear(), a.subheadline.clear(), a.genre.clear();
    a.fragment = true;
  }

  size_t index_of(int line) const {
    for (size_t i = 0; i < L_.size(); ++i)
      if (L_[i].line == line) return i;
    return 0;
  }

  void place(size_t i, Role r) {
    const std::string& t = L_[i].text;
    const LineInfo& c = ev_[i];
    switch (r) {
      case Role::Display:
      case Role::LateDisplay:
        if (group_.empty()) late_ = r == Role::LateDisplay;
        group_.push_back(i);
        if (out_.articles.empty()) open(i);
        return;
      case Role::Furniture:
        set_aside(i, furniture_reason(c));
        return;
      case Role::Byline:
        // The source line of a reprint (（摘自《…》，…出版社）) signs a piece no one else signs;
        // under a piece its author signed, it is the end of the text, as 据《…》报道 is.
        add(i, c.sourced_off && has_byline(cur()) ? BlockKind::Paragraph : BlockKind::Byline, t);
        return;
      case Role::TipLabel:
        // The box prints its own label; the page's label line is set aside.
        if (c.tip_rest.empty()) {
          set_aside(i, "reading-tip label (the tip box prints its own)");
        } else {
          own(i);
          add(i, BlockKind::ReadingTip, c.tip_rest);
          set_aside_part(i, t.substr(0, t.size() - c.tip_rest.size()), "reading-tip label");
        }
        return;
      case Role::Tip:
        add(i, BlockKind::ReadingTip, t);
        return;
      case Role::NoteLabel:
      case Role::Note:
        add(i, BlockKind::EditorNote, t);
        return;
      case Role::Section:
        add(i, BlockKind::SectionHead, t);
        return;
      case Role::Caption:
      case Role::Para:
        text_block(i, r);
        return;
      case Role::Credit:
        add(i, BlockKind::Credit, t);
        return;
      case Role::JumpOut:
        cur().jump_out = c.jump_page.empty() ? "?" : c.jump_page;
        set_aside(i, "jump marker");
        return;
      case Role::JumpIn:
        cur().jump_in = c.jump_page.empty() ? "?" : c.jump_page;
        if (c.jump_end == 0) {
          set_aside(i, "jump marker");
          return;
        }
        set_aside_part(i, t.substr(0, c.jump_end), "jump marker");  // (上接第2版)脱贫户…
        text_block(i, Role::Para, c.jump_end);
        return;
      case Role::JumpHead:
        cur().jump_head = t;
        set_aside(i, "jump head (the continued story's key phrase)");
        return;
    }
  }

  bool has_byline(const ProtoArticle& a) const {
    for (const auto& b : a.blocks)
      if (b.kind == BlockKind::Byline) return true;
    return a.has_inline_byline;
  }

  // A paragraph or caption, with what a line can carry glued to its end: a photo credit,
  // a jump-out marker, a commentary's author, a brief's reporter in brackets.
  void text_block(size_t i, Role r, size_t from = 0) {
    std::string t = L_[i].text.substr(from);
    const LineInfo& c = ev_[i];
    ProtoArticle& a = cur();
    bool first = true;
    for (const auto& b : a.blocks)
      first &= b.kind != BlockKind::Paragraph && b.kind != BlockKind::Caption;
    if (first && c.inline_byline) a.has_inline_byline = true;
    if (first && from == 0 && a.headline.empty() && c.titled_lead) title_by_lead(a, t, c.title_end);
    BlockKind k = r == Role::Caption ? BlockKind::Caption : BlockKind::Paragraph;
    std::string tail;
    BlockKind tail_kind = BlockKind::Credit;
    if (c.credit_tail != std::string::npos && c.credit_tail >= from) {
      tail = t.substr(c.credit_tail - from), t = t.substr(0, c.credit_tail - from);
    } else if (size_t j = trailing_jump_start(t); j != std::string::npos) {
      std::string page;
      jump_marker(t.substr(j), &page);
      a.jump_out = page.empty() ? "?" : page;
      set_aside_part(i, t.substr(j), "jump marker");
      t = t.substr(0, j);
    } else if (!has_byline(a) && last_text_line(i)) {
      if (size_t g = glued_signature_start(t, c); g != std::string::npos)
        tail = t.substr(g), t = t.substr(0, g), tail_kind = BlockKind::Byline;
    }
    add(i, k, trim_spaces(t));
    if (!tail.empty()) add(i, tail_kind, trim_spaces(tail));
  }

  // A brief printed with its title in its first line (【石门乡】6月5日，…, or a run-in head
  // 县图书馆延长开放时间  即日起，…): that title heads the item (its text is not repeated).
  static void title_by_lead(ProtoArticle& a, std::string& t, size_t end) {
    if (end == 0 || end > t.size()) return;
    std::string head = trim_spaces(t.substr(0, end));
    for (std::string_view colon : {"：", ":"})
      if (head.ends_with(colon)) head = trim_spaces(head.substr(0, head.size() - colon.size()));
    a.headline = head;
    a.fragment = false;
    t = t.substr(end);
  }

  // Is line i the last text of its article (what follows opens another or is no text)?
  bool last_text_line(size_t i) const {
    if (i + 1 >= L_.size()) return true;
    Role n = d_->roles[i + 1];
    return d_->opens[i + 1] || n == Role::Display || n == Role::Byline || n == Role::Furniture;
  }

  void doubt(size_t i, const Decoding& d) {
    Role r = d.roles[i], s = d.second[i];
    if (r == Role::Tip || r == Role::Note) return;
    Doubt x;
    x.kind = r == Role::Furniture || s == Role::Furniture ? Doubt::Kind::Furniture
             : d.opens[i]                                 ? Doubt::Kind::Boundary
                                                          : Doubt::Kind::Role;
    x.first_line = x.last_line = L_[i].line;
    x.margin = d.margin[i];
    x.message = "line " + std::to_string(L_[i].line) + " read as " + role_name(r) +
                (d.opens[i] ? ", opening an article" : "") + "; " + role_name(s) +
                " was close (margin " + margin_text(d.margin[i]) + ")";
    out_.doubts.push_back(std::move(x));
  }
};

// The first characters of a line, cut between characters (for the explain lines).
std::string text_start(std::string_view t) {
  constexpr size_t kShownChars = 10;
  size_t i = 0;
  for (size_t k = 0; k < kShownChars && i < t.size(); ++k) utf8::next(t, i);
  return std::string(t.substr(0, i));
}

// The line's forms that hold, as short names (for the explain lines).
std::string form_flags(const LineInfo& c) {
  std::string f;
  auto add = [&](bool on, const char* name) {
    if (on) f += f.empty() ? name : std::string(",") + name;
  };
  add(c.display, "display"), add(c.terminal, "terminal"), add(c.open_end, "open");
  add(c.label, "label"), add(c.genre, "genre"), add(c.column_word, "column");
  add(c.series_label, "series"), add(c.brief_head, "brief-head"), add(c.byline, "byline");
  add(c.author, "author"), add(c.credit, "credit"), add(c.furniture, "furniture");
  add(c.data, "data"), add(c.field, "field"), add(c.signed_off, "signed"), add(c.note, "note");
  add(c.link, "link"), add(c.titled_lead, "titled-lead"), add(c.in_text_run, "text-run");
  return f.empty() ? "-" : f;
}

// WZ_EXPLAIN=1: print each line's decoded role and evidence on stderr (development aid).
void explain(const std::vector<SourceLine>& lines, const PageEvidence& ev, const Decoding& d) {
  for (size_t i = 0; i < lines.size(); ++i) {
    const LineInfo& c = ev[i];
    std::fprintf(stderr,
                 "EXPLAIN %d\t%s\t%s\t%.1f\t%s\tg=%.1f nj=%.1f pj=%.1f so=%.1f bj=%.1f@%d "
                 "coh=%.2f\t%s\t%s\n",
                 lines[i].line, to_string(d.roles[i]), d.opens[i] ? "OPEN" : "-", d.margin[i],
                 to_string(d.second[i]), d.gain[i], c.next_join, c.prev_join, c.start_open,
                 c.best_join, c.best_from >= 0 ? lines[c.best_from].line : 0, c.cohesion,
                 text_start(lines[i].text).c_str(), form_flags(c).c_str());
  }
}

}  // namespace

size_t glued_signature_start(std::string_view t, const LineInfo& c) {
  size_t g = glued_author_start(t);
  if (g == std::string::npos) g = glued_attribution_start(t);
  std::string inside;  // …。（钟 晴）: the writer's bare name (evidence.cpp signed_off)
  if (g == std::string::npos && c.signed_off) g = glued_bracket_start(t, &inside);
  return g;
}

Segmentation segment_lines(const std::vector<SourceLine>& lines, const std::string& path) {
  Segmentation out;
  out.evidence = std::make_unique<PageEvidence>(lines);
  Decoding d = decode_page(*out.evidence);
  if (std::getenv("WZ_EXPLAIN")) explain(lines, *out.evidence, d);
  Builder(lines, path, out).run(d);
  for (Role r : d.roles) out.roles.push_back(to_string(r));
  return out;
}

}  // namespace wz::ingest
