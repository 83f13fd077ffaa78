// Structured Markdown source -> articles, parsed with md4c (conventions in markdown.h).
#include <md4c.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <functional>
#include <optional>

#include "base/error.h"
#include "base/utf8.h"
#include "ingest/assemble.h"
#include "ingest/chars.h"
#include "ingest/cues.h"
#include "ingest/ingest.h"
#include "ingest/lines.h"
#include "ingest/markdown.h"
#include "ingest/normalize.h"

namespace wz::ingest {

namespace {

using model::BlockKind;
using Style = model::Span::Style;

// One Markdown block as md4c reports it.
// An image in a block: ![alt](src "title"); the title is its caption.
struct MdImage {
  std::string src, alt, title;
  int line = 0;
};

struct MdBlock {
  enum Type { Heading, Para, Quote } type = Para;
  int level = 0;
  model::Inline spans;  // soft line breaks kept as '\n'
  int line = 0;
  std::vector<MdImage> images;
};

struct Collector {
  std::string_view doc;
  std::vector<size_t> line_starts;
  std::vector<MdBlock> blocks;
  bool open = false;
  int quote_depth = 0, html_depth = 0;
  std::vector<Style> styles{Style::Plain};
  std::vector<std::string> langs{""};  // <span lang="…"> open around the text (markdown.h)
  std::optional<MdImage> image;        // inside ![…](…): text is its alt

  int line_of(const char* p) const {
    if (p < doc.data() || p > doc.data() + doc.size()) return 0;
    size_t off = p - doc.data();
    return static_cast<int>(std::upper_bound(line_starts.begin(), line_starts.end(), off) -
                            line_starts.begin());
  }
  void start(MdBlock::Type t, int level) {
    blocks.push_back(MdBlock{t, level, {}, 0});
    open = true;
  }
  void append(std::string_view s, const char* where) {
    if (html_depth) return;  // HTML blocks (comments) are not content
    if (image) return void(image->alt += s);
    if (!open) start(quote_depth ? MdBlock::Quote : MdBlock::Para, 0);
    MdBlock& b = blocks.back();
    if (b.line == 0) b.line = line_of(where);
    if (b.spans.empty() || b.spans.back().style != styles.back() ||
        b.spans.back().lang != langs.back())
      b.spans.push_back(model::Span{"", styles.back(), langs.back()});
    b.spans.back().text += s;
  }
};

// &amp; &#12345; &#x4E2D; … -> UTF-8 (unknown entities stay as written).
std::string decode_entity(std::string_view e) {
  if (e == "&amp;") return "&";
  if (e == "&lt;") return "<";
  if (e == "&gt;") return ">";
  if (e == "&quot;") return "\"";
  if (e == "&apos;") return "'";
  if (e == "&nbsp;") return "\xC2\xA0";
  if (e.size() > 3 && e[1] == '#') {
    bool hex = e[2] == 'x' || e[2] == 'X';
    std::string digits(e.substr(hex ? 3 : 2, e.size() - (hex ? 4 : 3)));
    char32_t c = static_cast<char32_t>(std::strtoul(digits.c_str(), nullptr, hex ? 16 : 10));
    if (c > 0 && c <= 0x10FFFF && !(c >= 0xD800 && c <= 0xDFFF)) return utf8::encode(c);
  }
  return std::string(e);
}

int enter_block(MD_BLOCKTYPE t, void* detail, void* u) {
  auto* c = static_cast<Collector*>(u);
  if (t == MD_BLOCK_QUOTE) ++c->quote_depth;
  if (t == MD_BLOCK_HTML) ++c->html_depth;
  if (t == MD_BLOCK_H) c->start(MdBlock::Heading, static_cast<MD_BLOCK_H_DETAIL*>(detail)->level);
  if (t == MD_BLOCK_P) c->start(c->quote_depth ? MdBlock::Quote : MdBlock::Para, 0);
  return 0;
}

int leave_block(MD_BLOCKTYPE t, void*, void* u) {
  auto* c = static_cast<Collector*>(u);
  if (t == MD_BLOCK_QUOTE) --c->quote_depth;
  if (t == MD_BLOCK_HTML) --c->html_depth;
  if (t == MD_BLOCK_H || t == MD_BLOCK_P || t == MD_BLOCK_LI || t == MD_BLOCK_CODE) c->open = false;
  return 0;
}

std::string attribute(const MD_ATTRIBUTE& a) {
  return std::string(a.text ? a.text : "", a.size);
}

int enter_span(MD_SPANTYPE t, void* detail, void* u) {
  auto* c = static_cast<Collector*>(u);
  if (t == MD_SPAN_IMG && !c->html_depth) {
    auto* d = static_cast<MD_SPAN_IMG_DETAIL*>(detail);
    if (!c->open) c->start(c->quote_depth ? MdBlock::Quote : MdBlock::Para, 0);
    c->image = MdImage{attribute(d->src), "", attribute(d->title), c->line_of(d->src.text)};
  }
  if (t == MD_SPAN_STRONG) c->styles.push_back(Style::Strong);
  if (t == MD_SPAN_EM) c->styles.push_back(Style::Emphasis);
  return 0;
}

int leave_span(MD_SPANTYPE t, void*, void* u) {
  auto* c = static_cast<Collector*>(u);
  if (t == MD_SPAN_IMG && c->image) {
    MdBlock& b = c->blocks.back();
    if (b.line == 0) b.line = c->image->line;
    b.images.push_back(std::move(*c->image));
    c->image.reset();
  }
  if ((t == MD_SPAN_STRONG || t == MD_SPAN_EM) && c->styles.size() > 1) c->styles.pop_back();
  return 0;
}

// <br>, <br/>, <br /> in any case.
bool is_br_tag(std::string_view v) {
  std::string t;
  for (char ch : v)
    if (ch != ' ' && ch != '/')
      t += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return t == "<br>";
}

// <span lang="en"> (or lang='en'): the text up to </span> is in that language. The tag
// must be a plain BCP 47 form (letters, digits, '-', starting with a letter); anything
// else is no language span and stays text, where the editor sees it.
bool span_lang_tag(std::string_view v, std::string* lang) {
  constexpr std::string_view kOpen = "<span lang=";
  if (v.size() < kOpen.size() + 3 || v.substr(0, kOpen.size()) != kOpen || v.back() != '>')
    return false;
  std::string_view q = v.substr(kOpen.size(), v.size() - kOpen.size() - 1);
  if (q.size() < 3 || (q.front() != '"' && q.front() != '\'') || q.back() != q.front())
    return false;
  q = q.substr(1, q.size() - 2);
  constexpr size_t kMaxTag = 35;  // RFC 5646 §4.4.1: 35 characters suffice for any use
  if (q.empty() || q.size() > kMaxTag || !std::isalpha(static_cast<unsigned char>(q[0])))
    return false;
  for (char ch : q)
    if (!std::isalnum(static_cast<unsigned char>(ch)) && ch != '-') return false;
  *lang = std::string(q);
  return true;
}

int text(MD_TEXTTYPE t, const MD_CHAR* s, MD_SIZE n, void* u) {
  auto* c = static_cast<Collector*>(u);
  std::string_view v(s, n);
  switch (t) {
    case MD_TEXT_SOFTBR:
    case MD_TEXT_BR:
      c->append("\n", s);
      break;
    case MD_TEXT_ENTITY:
      c->append(decode_entity(v), s);
      break;
    case MD_TEXT_HTML:  // <br> breaks a head where the editor wants it; <span lang="…">
                        // marks text in another language; other tags stay text
      if (std::string lang; span_lang_tag(v, &lang)) {
        c->langs.push_back(lang);
      } else if (v == "</span>" && c->langs.size() > 1) {
        c->langs.pop_back();
      } else {
        c->append(is_br_tag(v) ? std::string(model::kLineBreak) : std::string(v), s);
      }
      break;
    case MD_TEXT_NULLCHAR:
      c->append("\xEF\xBF\xBD", s);
      break;
    default:
      c->append(v, s);
      break;
  }
  return 0;
}

// An explicit break (<br>) is kept in the headline group only (model::kLineBreak); in a
// 小标题 or the text it is a line break like any other.
std::string soft_breaks(std::string s) {
  for (size_t k; (k = s.find(model::kLineBreak)) != std::string::npos;)
    s.replace(k, model::kLineBreak.size(), "\n");
  return s;
}

// Soft line breaks of hand-wrapped paragraphs: nothing between Chinese, a space between
// Latin words (as the raw reader's stray-space rule does).
std::string join_lines(const std::string& s) {
  std::string out;
  size_t start = 0;
  while (true) {
    size_t nl = s.find('\n', start);
    std::string part = trim_spaces(s.substr(start, nl == std::string::npos ? nl : nl - start));
    if (!out.empty() && !part.empty() && !is_cjkish(last_char(out)) && !is_cjkish(first_char(part)))
      out += ' ';
    out += part;
    if (nl == std::string::npos) return out;
    start = nl + 1;
  }
}

// "label：value" (full-width or ASCII colon) -> value, if `line` carries `label`.
bool take_field(std::string_view line, std::string_view label, std::string* value) {
  if (line.substr(0, label.size()) != label) return false;
  std::string_view rest = line.substr(label.size());
  if (rest.substr(0, md::kColon.size()) == md::kColon) {
    rest.remove_prefix(md::kColon.size());
  } else if (!rest.empty() && rest[0] == ':') {
    rest.remove_prefix(1);
  } else {
    return false;
  }
  *value = trim_spaces(rest);
  return true;
}

// The degraded ellipsis forms normalize_punctuation turns into "……" start with these.
bool is_ellipsis_char(char32_t c) {
  return c == '.' || c == U'…' || c == U'⋯' || c == U'。' || c == U'·';
}

size_t run_length(const std::u32string& u, size_t i) {
  size_t e = i;
  while (e < u.size() && u[e] == u[i]) ++e;
  return e - i;
}

// Styled spans normalised as one text (a quote opened in one span closes in the next; a
// space between spans is judged by the characters around it), then cut again where the
// spans met. The normalisers delete spaces and replace marks, an ellipsis "..." or "…"
// becoming "……", and never reorder, so one walk over the text and the result finds the cuts.
model::Inline normalize_spans(const model::Inline& spans,
                              const std::function<std::string(std::string_view)>& f) {
  std::u32string src;
  std::vector<size_t> ends;  // where each span ends in src
  for (const auto& s : spans) {
    src += utf8::decode(s.text);
    ends.push_back(src.size());
  }
  std::u32string out = utf8::decode(f(utf8::encode(src)));
  std::vector<size_t> cuts;  // where each span ends in out
  size_t i = 0, j = 0;
  auto settle = [&] {
    while (cuts.size() < ends.size() && ends[cuts.size()] <= i) cuts.push_back(j);
  };
  settle();
  while (i < src.size()) {
    if (utf8::is_space(src[i])) {  // a run of spaces: gone, or one ASCII space
      while (i < src.size() && utf8::is_space(src[i])) ++i;
      if (j < out.size() && out[j] == ' ') ++j;
    } else if (j < out.size() && is_ellipsis_char(src[i]) && out[j] == U'…') {
      size_t n = run_length(src, i), m = run_length(out, j);
      bool kept = src[i] == U'…' && n == m;
      i += n;
      j += kept ? m : 2;
    } else {  // the same character, or its replacement
      ++i;
      ++j;
    }
    settle();
  }
  while (cuts.size() < ends.size()) cuts.push_back(out.size());
  if (cuts.empty()) return {};  // no spans: nothing to cut
  cuts.back() = out.size();
  model::Inline result;
  size_t from = 0;
  for (size_t k = 0; k < spans.size(); ++k) {
    size_t to = std::max(from, std::min(cuts[k], out.size()));
    if (to > from) {
      model::Span s = spans[k];
      s.text = utf8::encode(out.substr(from, to - from));
      result.push_back(std::move(s));
    }
    from = to;
  }
  return result;
}

// Reads the blocks as written, then normalises them as ingest of a raw page does, block
// kind by block kind (normalize.h), once the first paragraph's inline byline is split off
// (it keeps its name spaces, the rest of the paragraph is body text).
class Builder {
 public:
  Builder(const std::string& path, const Options& opt) : path_(path), opt_(opt) {}

  void add(const MdBlock& b) {
    SourcePos pos{path_, b.line, -1};
    if (b.type == MdBlock::Heading && !b.images.empty())
      throw Error(pos, "an image inside a heading: put ![…](…) on a line of its own");
    if (b.type == MdBlock::Heading && b.level == 1) {
      out_.push_back(model::Article{});
      out_.back().head.headline = join_lines(model::plain_text(b.spans));
      out_.back().head.pos = out_.back().pos = pos;
      return;
    }
    model::Article& a = article(pos);
    for (const auto& im : b.images) picture(a, im);
    std::string plain = join_lines(soft_breaks(model::plain_text(b.spans)));
    if (!b.images.empty() && trim_spaces(plain).empty()) return;
    if (b.type == MdBlock::Heading) return push(a, BlockKind::SectionHead, plain, pos);
    if (b.type == MdBlock::Quote) {
      // > 编者按：… is the editor's note (its label kept); any other quote a reading tip.
      std::string rest;
      bool after_label = !a.blocks.empty() && a.blocks.back().kind == BlockKind::EditorNote &&
                         is_note_label(model::plain_text(a.blocks.back().text), &rest) &&
                         rest.empty();  // "> 编者按" alone, the note's text in the next quote
      if (after_label || is_note_label(plain, nullptr))
        return push(a, BlockKind::EditorNote, plain, pos);
      std::string v;
      return push(a, BlockKind::ReadingTip, take_field(plain, md::kTip, &v) ? v : plain, pos);
    }
    if (fields(a, model::plain_text(b.spans), pos)) return;
    model::Inline spans;
    for (const auto& s : b.spans)
      spans.push_back(model::Span{join_lines(soft_breaks(s.text)), s.style, s.lang});
    a.blocks.push_back(model::Block{BlockKind::Paragraph, std::move(spans), pos});
  }

  std::vector<model::Article> finish() {
    for (auto& a : out_) {
      split_first_byline(a);
      normalize(a);
    }
    return std::move(out_);
  }

 private:
  std::string path_;
  Options opt_;
  std::vector<model::Article> out_;

  model::Article& article(const SourcePos& pos) {
    if (out_.empty()) {  // text before any "#": an article without headline
      out_.push_back(model::Article{});
      out_.back().pos = out_.back().head.pos = pos;
    }
    return out_.back();
  }
  // ![alt](file "caption"): the picture (its path relative to the source), then the title
  // as its caption block (or write no title and a 图注：… line after the image).
  void picture(model::Article& a, const MdImage& im) {
    SourcePos pos{path_, im.line, -1};
    if (trim_spaces(im.src).empty()) throw Error(pos, "image without a file name: ![…]()");
    namespace fs = std::filesystem;
    model::Block b{BlockKind::Image, {}, pos, {}};
    b.image.file = (fs::path(path_).parent_path() / im.src).lexically_normal().string();
    b.image.alt = join_lines(soft_breaks(im.alt));
    a.blocks.push_back(std::move(b));
    if (!trim_spaces(im.title).empty()) push(a, BlockKind::Caption, im.title, pos);
  }
  static void push(model::Article& a, BlockKind k, const std::string& t, const SourcePos& pos) {
    a.blocks.push_back(model::Block{k, {model::Span{t, model::Span::Style::Plain, {}}}, pos});
  }

  // A paragraph whose every line is "label：value" is a set of fields.
  bool fields(model::Article& a, const std::string& raw, const SourcePos& pos) {
    std::vector<std::pair<std::string_view, std::string>> got;
    static const std::string_view kLabels[] = {md::kKicker, md::kSubheadline, md::kGenre,
                                               md::kKind,   md::kByline,      md::kCaption,
                                               md::kCredit, md::kContinuation};
    size_t start = 0;
    while (start <= raw.size()) {
      size_t nl = raw.find('\n', start);
      std::string line = trim_spaces(raw.substr(start, nl == std::string::npos ? nl : nl - start));
      std::string v;
      auto it = std::find_if(std::begin(kLabels), std::end(kLabels),
                             [&](std::string_view l) { return take_field(line, l, &v); });
      if (it == std::end(kLabels)) return false;
      got.emplace_back(*it, v);
      if (nl == std::string::npos) break;
      start = nl + 1;
    }
    for (auto& [label, v] : got) {
      if (label == md::kKicker) a.head.kicker = v;
      if (label == md::kSubheadline) a.head.subheadline = v;
      if (label == md::kGenre) a.genre = v;
      if (label == md::kKind) a.kind = v;
      if (label == md::kByline) push(a, BlockKind::Byline, v, pos);
      if (label == md::kCaption) push(a, BlockKind::Caption, v, pos);
      if (label == md::kCredit) push(a, BlockKind::Credit, v, pos);
      if (label == md::kContinuation) push(a, BlockKind::Continuation, v, pos);
    }
    return true;
  }

  // The first paragraph's inline byline, by the raw reader's rule (assemble.h), found in
  // the text as written (before normalisation, as the raw reader does).
  static void split_first_byline(model::Article& a) {
    bool has_byline = std::any_of(a.blocks.begin(), a.blocks.end(), [](const model::Block& b) {
      return b.kind == BlockKind::Byline;
    });
    for (auto& b : a.blocks) {
      if (b.kind != BlockKind::Paragraph) continue;
      if (b.text.empty() || b.text[0].style != Style::Plain) return;
      model::Inline first =
          split_inline_byline(b.text[0].text, !a.head.headline.empty() && !has_byline);
      b.text.erase(b.text.begin());
      b.text.insert(b.text.begin(), first.begin(), first.end());
      return;
    }
  }

  // Each block by the rule of its kind, as assemble.cpp does for raw pages: display lines,
  // bylines and credits (names keep their spaces), body text. Blocks left empty go.
  void normalize(model::Article& a) const {
    bool p = opt_.normalize_punctuation;
    auto display = [p](std::string_view s) { return normalize_display(s, p); };
    auto names = [p](std::string_view s) { return normalize_byline(s, p); };
    auto body = [p](std::string_view s) { return normalize_body(s, p); };
    a.head.kicker = display(a.head.kicker);
    a.head.headline = display(a.head.headline);
    a.head.subheadline = display(a.head.subheadline);
    a.genre = display(a.genre);
    std::vector<model::Block> kept;
    for (auto& b : a.blocks) {
      switch (b.kind) {
        case BlockKind::Byline:
        case BlockKind::Credit:
          b.text = normalize_spans(b.text, names);
          break;
        case BlockKind::SectionHead:
          b.text = normalize_spans(b.text, display);
          break;
        default:
          if (!b.text.empty() && b.text[0].style == Style::Byline) {
            model::Inline rest(b.text.begin() + 1, b.text.end());
            model::Span byline{names(trim_spaces(b.text[0].text)), Style::Byline, {}};
            b.text = normalize_spans(rest, body);
            if (!byline.text.empty()) b.text.insert(b.text.begin(), std::move(byline));
          } else {
            b.text = normalize_spans(b.text, body);
          }
          break;
      }
      if (b.kind == BlockKind::Image) b.image.alt = display(b.image.alt);
      if (b.kind == BlockKind::Image || !model::plain_text(b.text).empty())
        kept.push_back(std::move(b));
    }
    a.blocks = std::move(kept);
  }
};

}  // namespace

std::vector<model::Article> read_structured(std::string_view bytes, const std::string& path,
                                            const Options& opt) {
  // A structured source is read in time and memory linear in its size (1.4 MB: 1.7 s,
  // 117 MB); beyond this it is refused rather than left to exhaust memory.
  constexpr size_t kMaxStructuredBytes = size_t{8} << 20;
  if (bytes.size() > kMaxStructuredBytes)
    throw Error(SourcePos{path}, "structured source too large: " + std::to_string(bytes.size()) +
                                     " bytes; the limit is " + std::to_string(kMaxStructuredBytes) +
                                     " bytes (8 MB) a file: split it into several sources");
  std::int64_t bad = utf8::first_invalid(bytes);
  if (bad >= 0)
    throw Error(SourcePos{path, 0, bad}, "invalid UTF-8 at byte " + std::to_string(bad));
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  Collector c;
  c.doc = bytes;
  c.line_starts.push_back(0);
  for (size_t i = 0; i < bytes.size(); ++i)
    if (bytes[i] == '\n') c.line_starts.push_back(i + 1);
  MD_PARSER p{};
  p.flags = MD_FLAG_NOINDENTEDCODEBLOCKS;
  p.enter_block = enter_block;
  p.leave_block = leave_block;
  p.enter_span = enter_span;
  p.leave_span = leave_span;
  p.text = text;
  if (md_parse(bytes.data(), static_cast<MD_SIZE>(bytes.size()), &p, &c) != 0)
    throw Error(SourcePos{path, 0, -1}, "cannot parse the Markdown source");
  Builder b(path, opt);
  for (const auto& blk : c.blocks) b.add(blk);
  std::vector<model::Article> out = b.finish();
  if (out.empty()) throw Error(SourcePos{path, 0, 0}, "empty page (no articles in the source)");
  return out;
}

}  // namespace wz::ingest
