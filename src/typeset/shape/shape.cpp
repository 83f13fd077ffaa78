#include "typeset/shape/shape.h"

#include "typeset/shape/steps.h"

namespace wz::typeset {

ShapedParagraph shape_paragraph(const std::vector<StyledRun>& runs, FontLibrary& fonts,
                                const ShapeOptions& opt) {
  using namespace detail;
  const clreq::Level level = opt.prohibition;
  ShapedParagraph p;
  std::vector<Char> chars = decode_runs(runs, p.text);               // UTF-8 -> classed chars
  assign_faces(chars, fonts);                                        // font fallback
  orient_chars(chars, fonts, opt.vertical);                          // upright, turned, 纵中横
  std::vector<Item> items = itemize(chars);                          // script, face, orient
  p.glyphs = shape_items(p.text, items, chars, fonts, opt.variant);  // HarfBuzz per item
  std::vector<Unit> units = segment(chars);                          // Han char, mark, word…
  attach_glyphs(units, p.glyphs);                                    // natural widths
  set_mark_widths(units, p.glyphs, opt.punct, model::traditional(opt.variant));  // §3.1.2, §3.1.6
  set_cells(units);                  // 纵中横: one cell
  set_gaps(units, p.glyphs);         // §3.2 ¼ em, spaces, §3.5
  set_breaks(units, p.text, level);  // UAX #14 + §3.1.4
  emit(units, p);                    // atoms + atom_text
  return p;
}

}  // namespace wz::typeset
