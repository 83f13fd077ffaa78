// Step 3 of shape_paragraph, vertical text only: how each character is set in the column
// (typography.md "Vertical text", clreq §3.2.3 / jlreq §3.1.6 and §3.2.2).
//  - Han, kana and marks stand upright; HarfBuzz's `vert` turns the marks.
//  - A bracket, dash or quote that the face's `vert` leaves horizontal is shaped as its
//    Unicode vertical presentation form when the face draws one (AR PL UKai), or else set
//    as the horizontal glyph turned 90° clockwise (AR PL KaitiM GB, whose forms are empty)
//    — pdf-font-epub.md "Vertical (TTB shaping, Identity-V)".
//  - A Latin word is turned 90° clockwise; a single letter or digit and an acronym of up to
//    kUprightAcronym capitals stand upright; a 2–3 digit number is set across the column in
//    one cell (纵中横) when it keeps 0.8 of its width there, else upright one digit per cell,
//    as a 4-digit number (a year) is.
#include <hb.h>

#include <map>
#include <memory>
#include <string>
#include <utility>

#include "typeset/shape/steps.h"

namespace wz::typeset::detail {
namespace {

using clreq::Cls;

// Acronyms of up to this many capitals stand upright, letter under letter (APP, GDP);
// longer ones and words with lower case are turned.
constexpr int kUprightAcronym = 3;
// Numbers of this many digits are set 纵中横 (two half-width digits fill one cell; three
// third-width ones too, or are narrowed by the page builder to fit it).
constexpr int kTcyMin = 2, kTcyMax = 3;
// A 纵中横 number is not squeezed below this share of its natural width (typography.md:
// about 0.8 of the cell); a wider one is set upright, one digit per cell.
constexpr double kTcyMinScale = 0.8;
// Four digits (a year) stand upright, one digit per cell (typography.md).
constexpr int kUprightDigits = 4;

// Vertical presentation forms of brackets, dashes, ellipses and quotes (HarfBuzz's own
// fallback table for ，。 brackets and dashes, plus the corner-bracket forms that GB/T
// 15834 §4.1.3 and the SC fonts' `vert` use for “”‘’ in vertical text). ：；！？ are left
// out on purpose: UKai's FE13–FE16 draw outside their advance (pdf-font-epub.md).
char32_t vertical_form(char32_t c) {
  static const std::map<char32_t, char32_t> kForms = {
      {U'（', 0xFE35}, {U'）', 0xFE36}, {U'｛', 0xFE37}, {U'｝', 0xFE38}, {U'〔', 0xFE39},
      {U'〕', 0xFE3A}, {U'【', 0xFE3B}, {U'】', 0xFE3C}, {U'《', 0xFE3D}, {U'》', 0xFE3E},
      {U'〈', 0xFE3F}, {U'〉', 0xFE40}, {U'「', 0xFE41}, {U'」', 0xFE42}, {U'『', 0xFE43},
      {U'』', 0xFE44}, {U'〖', 0xFE17}, {U'〗', 0xFE18}, {U'—', 0xFE31},  {U'–', 0xFE32},
      {U'…', 0xFE19},  {U'‥', 0xFE30},  {U'“', 0xFE43},  {U'”', 0xFE44},  {U'‘', 0xFE41},
      {U'’', 0xFE42}};
  auto it = kForms.find(c);
  return it == kForms.end() ? 0 : it->second;
}

// The glyph HarfBuzz gives c alone in one direction.
hb_codepoint_t glyph_alone(hb_font_t* font, char32_t c, hb_direction_t dir) {
  HbBuffer buf(hb_buffer_create());
  hb_buffer_t* b = buf.get();
  hb_buffer_set_content_type(b, HB_BUFFER_CONTENT_TYPE_UNICODE);
  hb_buffer_add(b, c, 0);
  hb_buffer_set_direction(b, dir);
  hb_buffer_set_script(b, HB_SCRIPT_HAN);
  hb_buffer_set_language(b, hb_language_from_string("zh-Hans", -1));
  hb_shape(font, b, nullptr, 0);
  unsigned n = 0;
  hb_glyph_info_t* info = hb_buffer_get_glyph_infos(b, &n);
  return n ? info[0].codepoint : 0;
}

enum class MarkSetting { Turned, Form, Rotate };

// How a face sets a mark that has a vertical form, found once per face file and mark.
MarkSetting mark_setting(const Char& ch, FontLibrary& fonts) {
  thread_local std::map<std::pair<std::string, char32_t>, MarkSetting> cache;
  const Face& f = fonts.face(ch.face);
  auto key = std::pair{f.path + "#" + std::to_string(f.index), ch.c};
  if (auto it = cache.find(key); it != cache.end()) return it->second;
  MarkSetting s = MarkSetting::Turned;
  if (glyph_alone(fonts.vertical_font(ch.face), ch.c, HB_DIRECTION_TTB) ==
      glyph_alone(f.hb(), ch.c, HB_DIRECTION_LTR))
    s = fonts.has_glyph(ch.face, vertical_form(ch.c)) ? MarkSetting::Form : MarkSetting::Rotate;
  cache[key] = s;
  return s;
}

bool is_digit(char32_t c) {
  return c >= '0' && c <= '9';
}
bool is_capital(char32_t c) {
  return c >= 'A' && c <= 'Z';
}
bool in_word(Cls k) {
  return k == Cls::Latin || k == Cls::LatinPunct || k == Cls::Extend;
}

// Whether the digits [b, e) fit one cell at kTcyMinScale or more: their width as the
// page builder sets them (hwid / twid forms, itemize.cpp), found once per face and count.
bool tcy_fits(const std::vector<Char>& chars, size_t b, size_t e, FontLibrary& fonts) {
  thread_local std::map<std::pair<std::string, size_t>, bool> cache;
  const Face& f = fonts.face(chars[b].face);
  auto key = std::pair{f.path + "#" + std::to_string(f.index), e - b};
  if (auto it = cache.find(key); it != cache.end()) return it->second;
  HbBuffer buf(hb_buffer_create());
  for (size_t i = b; i < e; ++i) hb_buffer_add(buf.get(), chars[i].c, static_cast<unsigned>(i - b));
  hb_buffer_set_content_type(buf.get(), HB_BUFFER_CONTENT_TYPE_UNICODE);
  hb_buffer_guess_segment_properties(buf.get());
  hb_shape(f.hb(), buf.get(), tcy_feature(e - b), 1);
  unsigned n = 0;
  hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buf.get(), &n);
  double w = 0;
  for (unsigned i = 0; i < n; ++i) w += pos[i].x_advance;
  bool fits = w <= f.upem / kTcyMinScale + 0.5;
  cache[key] = fits;
  return fits;
}

// A Latin word (letters, digits, narrow punctuation; no spaces) of chars [b, e).
Orient word_orient(const std::vector<Char>& chars, size_t b, size_t e, FontLibrary& fonts) {
  int n = 0, digits = 0, capitals = 0;
  for (size_t i = b; i < e; ++i) {
    if (chars[i].cls == Cls::Extend) continue;
    ++n;
    digits += is_digit(chars[i].c);
    capitals += is_capital(chars[i].c);
  }
  if (n == digits && n == static_cast<int>(e - b) && n >= kTcyMin && n <= kTcyMax)
    return tcy_fits(chars, b, e, fonts) ? Orient::Tcy : Orient::Upright;
  if (n == digits && n == kUprightDigits) return Orient::Upright;
  if (n == 1 || (n == capitals && n <= kUprightAcronym)) return Orient::Upright;
  return Orient::Rotated;
}

}  // namespace

void orient_chars(std::vector<Char>& chars, FontLibrary& fonts, bool vertical) {
  if (!vertical) return;
  for (size_t i = 0; i < chars.size();) {
    Char& ch = chars[i];
    if (!in_word(ch.cls) || ch.cls == Cls::Extend) {
      ch.orient = Orient::Upright;
      if (clreq::is_cjk_mark(ch.cls) && !ch.missing && vertical_form(ch.c)) {
        MarkSetting s = mark_setting(ch, fonts);
        if (s == MarkSetting::Form) ch.shape_as = vertical_form(ch.c);
        if (s == MarkSetting::Rotate) ch.orient = Orient::Rotated;
      }
      // Spaces after a turned word stay in its run (the word space, the Han–Latin gap).
      if ((ch.cls == Cls::Space || ch.cls == Cls::Extend) && i > 0 &&
          chars[i - 1].orient == Orient::Rotated)
        ch.orient = Orient::Rotated;
      ++i;
      continue;
    }
    size_t e = i;
    while (e < chars.size() && in_word(chars[e].cls)) ++e;
    Orient o = word_orient(chars, i, e, fonts);
    for (; i < e; ++i) chars[i].orient = o;
  }
}

}  // namespace wz::typeset::detail
