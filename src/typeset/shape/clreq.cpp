#include "typeset/shape/clreq.h"

#include <unicode/uchar.h>

#include <array>
#include <memory>
#include <string_view>

#include "base/error.h"
#include "base/utf8.h"

namespace wz::typeset::clreq {
namespace {

bool in(std::u32string_view set, char32_t c) {
  return set.find(c) != std::u32string_view::npos;
}

// clreq §3.1.1 punctuation kinds, Mainland repertoire.
constexpr std::u32string_view kOpen = U"“‘（《〈「『【〔［｛〖〘〚｟";
constexpr std::u32string_view kClose = U"”’）》〉」』】〕］｝〗〙〛｠";
constexpr std::u32string_view kComma = U"，、；：";
constexpr std::u32string_view kStop = U"。？！．";
constexpr std::u32string_view kInterpunct = U"·‧・･";
constexpr std::u32string_view kDash = U"—⸺";
constexpr std::u32string_view kEllipsis = U"…⋯";
constexpr std::u32string_view kConnector = U"–～〜‐‑‒";

// clreq §3.1.4 "basic" level, typography.md table: may not start a line. The ASCII
// closers and % come from UAX #14 (CL, IS, EX, PO) for the narrow forms Western words end
// with; the single — is a connector here (a 2-em pair is handled by `pair`).
constexpr std::u32string_view kNoStartBasic =
    U"、，；：。！？．”’」』）〕］｝】〗〙〛｠》〉-–—～〜‐‑‒·‧・･)]},.;:!?%";
// clreq §3.1.4 "basic": may not end a line (opening brackets and quotes, ASCII openers).
constexpr std::u32string_view kNoEndBasic = U"“‘「『（〔［｛【〖〘〚｟《〈([{";
// GB level adds the solidus to line ends.
constexpr std::u32string_view kNoEndGB = U"／/";

bool is_newline(char32_t c) {
  return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029;
}
bool is_latin_space(char32_t c) {
  return c == ' ' || c == '\t' || c == 0xA0 || (c >= 0x2000 && c <= 0x200A) || c == 0x202F;
}
bool is_kana_or_bopomofo(char32_t c) {
  return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3100 && c <= 0x312F) ||
         (c >= 0x31A0 && c <= 0x31FF);
}
bool is_extend(char32_t c) {
  auto t = u_charType(c);
  return t == U_NON_SPACING_MARK || t == U_ENCLOSING_MARK || t == U_COMBINING_SPACING_MARK ||
         u_hasBinaryProperty(c, UCHAR_VARIATION_SELECTOR) || c == 0x200D || c == 0x200C;
}
bool is_wide(char32_t c) {
  int w = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
  return w == U_EA_WIDE || w == U_EA_FULLWIDTH;
}

}  // namespace

Cls classify_uncached(char32_t c) {
  if (c < 0x80) {  // fast path for ASCII
    if (c == ' ' || c == '\t') return Cls::Space;
    if (is_newline(c)) return Cls::Newline;
    if ((c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) return Cls::Latin;
    return Cls::LatinPunct;
  }
  if (utf8::is_han(c) || is_kana_or_bopomofo(c)) return Cls::Han;
  if (in(kComma, c)) return Cls::Comma;
  if (in(kStop, c)) return Cls::Stop;
  if (in(kOpen, c)) return Cls::Open;
  if (in(kClose, c)) return Cls::Close;
  if (in(kDash, c)) return Cls::Dash;
  if (in(kEllipsis, c)) return Cls::Ellipsis;
  if (in(kInterpunct, c)) return Cls::Interpunct;
  if (in(kConnector, c)) return Cls::Connector;
  if (c == 0xFF0F) return Cls::Solidus;
  if (is_newline(c)) return Cls::Newline;
  if (is_latin_space(c)) return Cls::Space;
  if (is_extend(c)) return Cls::Extend;
  if (is_wide(c)) return Cls::Wide;  // ％ ＃ ideographic space, full-width letters
  return u_isalnum(c) ? Cls::Latin : Cls::LatinPunct;
}

Cls classify(char32_t c) {
  // BMP results are cached: the ICU property look-ups cost more than the rest of shaping.
  thread_local auto cache = [] {
    auto t = std::make_unique<std::array<std::uint8_t, 0x10000>>();
    t->fill(0xFF);
    return t;
  }();
  if (c >= 0x10000) return classify_uncached(c);
  std::uint8_t& k = (*cache)[c];
  if (k == 0xFF) k = static_cast<std::uint8_t>(classify_uncached(c));
  return static_cast<Cls>(k);
}

bool is_cjk_mark(Cls k) {
  switch (k) {
    case Cls::Open:
    case Cls::Close:
    case Cls::Comma:
    case Cls::Stop:
    case Cls::Interpunct:
    case Cls::Dash:
    case Cls::Ellipsis:
    case Cls::Connector:
    case Cls::Solidus:
      return true;
    default:
      return false;
  }
}

bool is_cjk(Cls k) {
  return k == Cls::Han || k == Cls::Wide || is_cjk_mark(k);
}

namespace {
// Prohibition flags per BMP code point, built once from the tables above.
enum : std::uint8_t { kNoStart = 1, kNoEnd = 2, kNoEndGb = 4 };
std::uint8_t prohibition_flags(char32_t c) {
  static const auto table = [] {
    auto t = std::make_unique<std::array<std::uint8_t, 0x10000>>();
    t->fill(0);
    for (char32_t x : kNoStartBasic) (*t)[x] |= kNoStart;
    for (char32_t x : kNoEndBasic) (*t)[x] |= kNoEnd;
    for (char32_t x : kNoEndGB) (*t)[x] |= kNoEndGb;
    return t;
  }();
  return c < 0x10000 ? (*table)[c] : 0;
}
}  // namespace

bool may_not_start(char32_t c, bool pair, Level level) {
  if (pair) return level == Level::Strict;  // strict: GB + —— ……
  return prohibition_flags(c) & kNoStart;   // GB starts as basic
}

bool may_not_end(char32_t c, Level level) {
  auto f = prohibition_flags(c);
  return (f & kNoEnd) || (level != Level::Basic && (f & kNoEndGb));
}

Blank blank_side(Cls k, bool centred) {
  if (centred && (k == Cls::Comma || k == Cls::Stop)) return Blank::None;
  switch (k) {
    case Cls::Open:
      return Blank::Left;
    case Cls::Close:
    case Cls::Comma:
    case Cls::Stop:
      return Blank::Right;
    default:
      return Blank::None;
  }
}

MarkSet mark_set(Cls k, model::PunctStyle style, bool centred) {
  using model::PunctStyle;
  Blank blank = blank_side(k, centred);
  if (blank == Blank::None || style == PunctStyle::Plain) return {-1, 0, ShrinkClass::None};
  // 开明 keeps 。？！ full; 半角 sets everything half; 全角 everything full.
  bool full = style == PunctStyle::Quanjiao || (style == PunctStyle::Kaiming && k == Cls::Stop);
  if (!full) return {0.5f, 0, ShrinkClass::None};
  MarkSet m;
  m.natural = 1;
  m.shrink = 0.5f;  // clreq §3.5: marks shrink to 1/2 em
  m.shrink_class = k == Cls::Comma  ? ShrinkClass::Comma
                   : k == Cls::Stop ? ShrinkClass::Stop
                                    : ShrinkClass::Bracket;
  m.end_trim = blank == Blank::Right ? 0.5f : 0;   // GB/T 15834 §5.1.10
  m.start_trim = blank == Blank::Left ? 0.5f : 0;  // clreq §3.1.6.3
  m.compressible = true;
  return m;
}

float interpunct_width(model::PunctStyle style) {
  return style == model::PunctStyle::Plain ? -1.f : 0.5f;
}

int compressed_member(Blank first, Blank second) {
  if (first == Blank::Right) return 1;  // 。” ，“ ）（ : the first's blank faces the second
  if (second == Blank::Left) return 2;  // （《 : the second's blank faces the first
  return 0;                             // “” （。 : nothing between them to take
}

}  // namespace wz::typeset::clreq
