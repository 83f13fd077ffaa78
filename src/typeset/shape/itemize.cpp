// Steps 1-2 and 4-5 of shape_paragraph (step 3, orient_chars, is in orient.cpp): decode
// the runs, give each character a face (per-character font fallback), split the text into
// shaping items (script, face, orientation), shape each item once with HarfBuzz.
#include <memory>

#include "base/error.h"
#include "base/utf8.h"
#include "typeset/shape/steps.h"

namespace wz::typeset::detail {
namespace {

bool needs_font(clreq::Cls k) {
  return k != clreq::Cls::Space && k != clreq::Cls::Newline && k != clreq::Cls::Extend;
}

// HarfBuzz's script, with CJK punctuation (Common) counted as Han so that a Chinese
// sentence is one item; other Common/Inherited characters take the script before them.
hb_script_t script_of(const Char& ch, hb_script_t prev) {
  if (clreq::is_cjk(ch.cls)) return HB_SCRIPT_HAN;
  hb_script_t s = hb_unicode_script(hb_unicode_funcs_get_default(), ch.c);
  if (s == HB_SCRIPT_COMMON || s == HB_SCRIPT_INHERITED || s == HB_SCRIPT_UNKNOWN) return prev;
  return s;
}

// Characters that must not show as a box even though the font has no glyph for them.
void fix_glyph(ShapedGlyph& g, const Char& ch, FontLibrary& fonts) {
  if (ch.missing) {
    g.gid = 0;  // the .notdef box of the run's face: visible, never dropped
    if (g.advance <= 0) g.advance = ch.size;
  } else if (ch.cls == clreq::Cls::Newline || (ch.cls == clreq::Cls::Space && g.gid == 0)) {
    hb_codepoint_t space = 0;
    hb_font_get_nominal_glyph(fonts.face(g.face).hb(), ' ', &space);
    g.gid = space;
    if (ch.cls == clreq::Cls::Newline) g.advance = 0;
  }
}

// 纵中横 digits: the font's half-width forms (Noto CJK `hwid`), two to a cell.
constexpr hb_feature_t kHalfWidths = {HB_TAG('h', 'w', 'i', 'd'), 1, 0, ~0u};
// … and three to a cell in their third-width forms (`twid`), when the face has them.
constexpr hb_feature_t kThirdWidths = {HB_TAG('t', 'w', 'i', 'd'), 1, 0, ~0u};

// The item's text into the buffer. A character with a presentation form to shape in its
// place (vertical brackets of a face whose `vert` lacks them) is added as that code point
// with its own byte offset as the cluster, so the glyph still extracts as the original.
void fill_buffer(hb_buffer_t* buf, const std::string& text, const Item& it,
                 const std::vector<Char>& chars, size_t ci) {
  size_t k = ci;
  while (k < chars.size() && chars[k].byte < it.begin) ++k;
  bool mapped = false;
  for (size_t j = k; j < chars.size() && chars[j].byte < it.end; ++j)
    mapped |= chars[j].shape_as != 0;
  if (!mapped) {
    hb_buffer_add_utf8(buf, text.data(), static_cast<int>(text.size()), it.begin,
                       static_cast<int>(it.end - it.begin));
    return;
  }
  hb_buffer_set_content_type(buf, HB_BUFFER_CONTENT_TYPE_UNICODE);
  for (size_t j = k; j < chars.size() && chars[j].byte < it.end; ++j)
    hb_buffer_add(buf, chars[j].shape_as ? chars[j].shape_as : chars[j].c, chars[j].byte);
}

}  // namespace

std::vector<Char> decode_runs(const std::vector<StyledRun>& runs, std::string& text) {
  std::vector<Char> chars;
  for (size_t r = 0; r < runs.size(); ++r) {
    const std::string& s = runs[r].text;
    if (auto bad = utf8::first_invalid(s); bad >= 0)
      throw Error("invalid UTF-8 in text run " + std::to_string(r) + " at byte " +
                  std::to_string(bad));
    const auto base = static_cast<std::uint32_t>(text.size());
    text += s;
    for (size_t i = 0; i < s.size();) {
      Char ch;
      ch.byte = base + static_cast<std::uint32_t>(i);
      ch.c = utf8::next(s, i);
      ch.len = base + static_cast<std::uint32_t>(i) - ch.byte;
      ch.cls = clreq::classify(ch.c);
      ch.face = runs[r].face;
      ch.size = runs[r].size;
      chars.push_back(ch);
    }
  }
  return chars;
}

void assign_faces(std::vector<Char>& chars, FontLibrary& fonts) {
  for (size_t i = 0; i < chars.size(); ++i) {
    Char& ch = chars[i];
    if (ch.cls == clreq::Cls::Extend && i > 0) {
      ch.face = chars[i - 1].face;  // a combining mark / selector stays with its base
    } else if (needs_font(ch.cls)) {
      int f = fonts.fallback_for(ch.c, ch.face);
      if (f >= 0) {
        ch.face = f;
      } else {  // boxed in a face whose .notdef is visible, and listed
        ch.missing = true;
        ch.face = fonts.box_face(ch.face);
        fonts.note_missing(ch.c);
      }
    }
  }
}

std::vector<Item> itemize(const std::vector<Char>& chars) {
  std::vector<Item> items;
  hb_script_t script = HB_SCRIPT_HAN;  // a leading Common character counts as Han
  for (const Char& ch : chars) {
    script = script_of(ch, script);
    Item* last = items.empty() ? nullptr : &items.back();
    if (last && last->face == ch.face && last->size == ch.size && last->script == script &&
        last->orient == ch.orient) {
      last->end = ch.byte + ch.len;
    } else {
      items.push_back({ch.byte, ch.byte + ch.len, ch.face, ch.size, script, ch.orient});
    }
  }
  return items;
}

const hb_feature_t* tcy_feature(size_t digits) {
  return digits >= 3 ? &kThirdWidths : &kHalfWidths;
}

std::vector<ShapedGlyph> shape_items(const std::string& text, const std::vector<Item>& items,
                                     const std::vector<Char>& chars, FontLibrary& fonts,
                                     model::Variant variant) {
  std::vector<ShapedGlyph> glyphs;
  glyphs.reserve(chars.size());
  HbBuffer buf(hb_buffer_create());
  const hb_language_t zh = hb_language_from_string(model::to_string(variant), -1);
  size_t ci = 0;  // walks chars alongside the glyphs (clusters are monotone)
  for (const Item& it : items) {
    const bool vertical = it.orient == Orient::Upright;
    hb_buffer_clear_contents(buf.get());
    fill_buffer(buf.get(), text, it, chars, ci);
    hb_buffer_set_direction(buf.get(), vertical ? HB_DIRECTION_TTB : HB_DIRECTION_LTR);
    hb_buffer_set_script(buf.get(), it.script);
    hb_buffer_set_language(buf.get(), zh);
    hb_buffer_set_cluster_level(buf.get(), HB_BUFFER_CLUSTER_LEVEL_MONOTONE_CHARACTERS);
    hb_font_t* font = vertical ? fonts.vertical_font(it.face) : fonts.face(it.face).hb();
    const hb_feature_t* tcy = tcy_feature(it.end - it.begin);
    hb_shape(font, buf.get(), it.orient == Orient::Tcy ? tcy : nullptr,
             it.orient == Orient::Tcy ? 1 : 0);
    unsigned n = 0;
    hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buf.get(), &n);
    hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buf.get(), &n);
    const float scale = it.size / static_cast<float>(fonts.face(it.face).upem);
    for (unsigned i = 0; i < n; ++i) {
      ShapedGlyph g;
      g.gid = info[i].codepoint;
      g.face = it.face;
      g.size = it.size;
      g.advance = (vertical ? -pos[i].y_advance : pos[i].x_advance) * scale;
      g.x_offset = pos[i].x_offset * scale;
      g.y_offset = pos[i].y_offset * scale;
      g.cluster = info[i].cluster;
      g.orient = it.orient;
      while (ci + 1 < chars.size() && chars[ci + 1].byte <= g.cluster) ++ci;
      fix_glyph(g, chars[ci], fonts);
      glyphs.push_back(g);
    }
  }
  return glyphs;
}

}  // namespace wz::typeset::detail
