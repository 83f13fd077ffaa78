#include "ingest/assemble.h"

#include <algorithm>

#include "ingest/features.h"
#include "ingest/lines.h"
#include "ingest/normalize.h"

namespace wz::ingest {

namespace {

using model::BlockKind;

// Photo items have at most this many caption paragraphs (see segment.cpp).
constexpr int kMaxPhotoCaptions = 3;

// One rule per block kind, shared with the structured-source reader (normalize.h).
struct Norm {
  const Options& opt;
  std::string body(const std::string& s) const {
    return normalize_body(s, opt.normalize_punctuation);
  }
  std::string names(const std::string& s) const {
    return normalize_byline(s, opt.normalize_punctuation);
  }
  std::string display(const std::string& s) const {
    return normalize_display(s, opt.normalize_punctuation);
  }
};

int count(const ProtoArticle& a, BlockKind k) {
  return static_cast<int>(std::count_if(a.blocks.begin(), a.blocks.end(),
                                        [k](const ProtoBlock& b) { return b.kind == k; }));
}

// news: inline byline copy; photo: title + captions + credit; feature: everything with
// the apparatus of a feature (separate byline, 小标题, reading tip, genre, dash display).
std::string decide_kind(const ProtoArticle& a) {
  if (a.headline.empty() && a.kicker.empty()) return "fragment";
  int paras = count(a, BlockKind::Paragraph) + count(a, BlockKind::Caption);
  if (count(a, BlockKind::Credit) > 0 && count(a, BlockKind::Byline) == 0 && !a.has_inline_byline &&
      !a.headline.empty() && paras <= kMaxPhotoCaptions)
    return "photo";
  if (a.has_inline_byline) return "news";
  bool dash = ends_with_dash(a.kicker) || starts_with_dash(a.subheadline);
  if (!a.genre.empty() || dash || count(a, BlockKind::Byline) || count(a, BlockKind::SectionHead) ||
      count(a, BlockKind::ReadingTip))
    return "feature";
  return "news";
}

model::Inline first_paragraph_spans(const std::string& raw, bool allow_tail, const Norm& n) {
  size_t len = inline_byline_length(raw, allow_tail);
  if (len == 0) return {model::Span{n.body(raw)}};
  model::Inline out{
      model::Span{n.names(trim_spaces(raw.substr(0, len))), model::Span::Style::Byline}};
  std::string rest = n.body(raw.substr(len));
  if (!rest.empty()) out.push_back(model::Span{rest});
  return out;
}

model::Article assemble_one(const ProtoArticle& p, const Norm& n) {
  model::Article a;
  a.kind = decide_kind(p);
  a.genre = p.genre.empty() ? "" : n.display(p.genre);
  a.head = model::HeadlineGroup{n.display(p.kicker), n.display(p.headline),
                                n.display(p.subheadline), p.pos};
  a.pos = p.pos;
  bool first_para = true;
  bool allow_tail = !p.headline.empty() && count(p, BlockKind::Byline) == 0;
  for (const ProtoBlock& b : p.blocks) {
    model::Block out{b.kind, {}, b.pos};
    switch (b.kind) {
      case BlockKind::Byline:
      case BlockKind::Credit:
        out.text = {model::Span{n.names(b.text)}};
        break;
      case BlockKind::SectionHead:
        out.text = {model::Span{n.display(b.text)}};
        break;
      case BlockKind::Paragraph:
        if (a.kind == "photo") {
          out.kind = BlockKind::Caption;
          out.text = {model::Span{n.body(b.text)}};
        } else if (first_para) {
          out.text = first_paragraph_spans(b.text, allow_tail, n);
          first_para = false;
        } else {
          out.text = {model::Span{n.body(b.text)}};
        }
        break;
      default:
        out.text = {model::Span{n.body(b.text)}};
        break;
    }
    if (model::plain_text(out.text).empty()) continue;
    a.blocks.push_back(std::move(out));
  }
  return a;
}

}  // namespace

model::Inline split_inline_byline(const std::string& text, bool allow_tail) {
  size_t len = inline_byline_length(text, allow_tail);
  if (len == 0) return {model::Span{text}};
  model::Inline out{model::Span{text.substr(0, len), model::Span::Style::Byline}};
  if (len < text.size()) out.push_back(model::Span{text.substr(len)});
  return out;
}

std::vector<model::Article> assemble(std::vector<ProtoArticle> protos, const Options& opt) {
  Norm n{opt};
  std::vector<model::Article> out;
  for (const auto& p : protos) out.push_back(assemble_one(p, n));
  return out;
}

}  // namespace wz::ingest
