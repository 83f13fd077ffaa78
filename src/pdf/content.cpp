#include "pdf/content.h"

#include <cmath>

#include "base/utf8.h"
#include "pdf/num.h"

namespace wz::pdf {
namespace {

using Dir = pages::GlyphRun::Dir;

class PageWriter {
 public:
  PageWriter(const pages::Page& page, const std::vector<FontSlot>& slots, FontUses& uses,
             pages::Conformance conformance, const std::vector<int>* pictures)
      : pictures_(pictures),
        h_(page.height),
        slots_(slots),
        uses_(uses),
        cmyk_(conformance == pages::Conformance::PdfX4) {
    s_.reserve(16384);
    if (double off = page.bleed + page.slug; off > 0) {  // trim corner of the grown MediaBox
      s_ += "1 0 0 1 ";
      num(off), num(off);
      s_ += "cm\n";
    }
  }
  bool registration() const { return registration_; }
  void item(const pages::Item& it, const Mark* m) {
    if (it.kind() == pages::Item::Kind::Run && it.run().glyphs.empty()) return;
    if (m) mark(*m, it.kind() == pages::Item::Kind::Run);
    switch (it.kind()) {
      case pages::Item::Kind::Run:
        run(it.run(), m ? m->actual_text : std::string());
        break;
      case pages::Item::Kind::Rule:
        end_text(), rule(it.rule());
        break;
      case pages::Item::Kind::Box:
        end_text(), box(it.box());
        break;
      case pages::Item::Kind::Picture:
        end_text(), picture(it.picture(), xobject(it.picture()));
        break;
    }
  }
  std::string finish() {
    close_mark();
    end_text();
    return std::move(s_);
  }

 private:
  void num(double v, int decimals = 3) {
    append_num(s_, v, decimals);
    s_ += ' ';
  }
  // `stroke`: the stroking colour (G RG K CS/SCN), else the fill colour.
  void color(const pages::Color& c, bool stroke) {
    using K = pages::Color::Kind;
    if (c.kind == K::Registration && cmyk_) {
      s_ += '/';
      s_ += kRegistrationSpace;
      s_ += stroke ? " CS 1 SCN\n" : " cs 1 scn\n";
      registration_ = true;
      return;
    }
    if (c.kind == K::Process && cmyk_) {
      num(c.c), num(c.m), num(c.y), num(c.k);
      s_ += stroke ? "K\n" : "k\n";
    } else if (c.kind == K::Process) {
      num(c.r), num(c.g), num(c.b);
      s_ += stroke ? "RG\n" : "rg\n";
    } else {  // gray; registration off-press is black
      num(c.kind == K::Gray ? c.level : 0);
      s_ += stroke ? "G\n" : "g\n";
    }
  }
  void begin_text() {
    if (in_text_) return;
    s_ += "q BT\n";
    in_text_ = true;
    font_.clear();
    has_color_ = false;
    stroke_ = 0;
  }
  void end_text() {
    if (!in_text_) return;
    if (marked_ && mark_in_text_) s_ += "EMC\n", marked_ = false;
    s_ += "ET Q\n";
    in_text_ = false;
  }
  void close_hex() {
    if (hex_open_) s_ += '>', hex_open_ = false;
  }
  void close_array() {
    close_hex();
    if (array_open_) s_ += "] TJ\n", array_open_ = false;
  }

  // Opens the item's marked-content sequence unless it continues the open one: a run's
  // inside the text object (BT … BDC … EMC … ET), a rule's or box's outside it.
  void mark(const Mark& m, bool text) {
    if (marked_ && m.mcid == mcid_ && (text || !mark_in_text_)) return;
    close_mark();
    if (text)
      begin_text();
    else
      end_text();
    if (m.mcid < 0) {
      s_ += "/Artifact BMC\n";
    } else {
      s_ += '/' + m.type + " <</MCID " + std::to_string(m.mcid) + ">> BDC\n";
    }
    marked_ = true, mcid_ = m.mcid, mark_in_text_ = text;
  }
  void close_mark() {
    if (!marked_) return;
    if (!mark_in_text_) end_text();  // a text object opened inside this sequence ends in it
    s_ += "EMC\n";
    marked_ = false;
  }

  void run(const pages::GlyphRun& r, const std::string& actual_text = {});
  void rule(const pages::Rule& r);
  void box(const pages::Box& b);
  void picture(const pages::Picture& p, int xobject);
  // The XObject the page's next Picture item draws (page_content's `pictures`).
  int xobject(const pages::Picture& p) {
    return pictures_ ? pictures_->at(next_picture_++) : p.image;
  }

  const std::vector<int>* pictures_;
  size_t next_picture_ = 0;
  double h_;
  const std::vector<FontSlot>& slots_;
  FontUses& uses_;
  std::string s_;
  bool cmyk_ = false, registration_ = false;
  bool in_text_ = false, hex_open_ = false, array_open_ = false, has_color_ = false;
  bool marked_ = false, mark_in_text_ = false;  // a marked-content sequence is open (in BT)
  int mcid_ = -1;                               // its MCID (-1: an artifact)
  std::string font_;
  double size_ = 0, stroke_ = 0;
  pages::Color color_;
};

void PageWriter::run(const pages::GlyphRun& r, const std::string& actual_text) {
  if (r.glyphs.empty()) return;
  begin_text();
  if (!actual_text.empty()) {  // the text the glyphs do not say, as UTF-16BE
    s_ += "/Span <</ActualText <FEFF";
    s_ += utf16be_hex(utf8::decode(actual_text));
    s_ += ">>> BDC\n";
  }
  const FontSlot& slot = slots_[r.font];
  const CidFont& f = *slot.font;
  const bool vert = r.dir == Dir::Vertical, horiz = r.dir == Dir::Horizontal;
  std::string res = font_resource_name(slot.face, vert);
  uses_.insert({slot.face, vert});
  if (res != font_ || r.size != size_) {
    s_ += '/' + res + ' ';
    num(r.size);
    s_ += "Tf\n";
    font_ = res, size_ = r.size;
  }
  if (!has_color_ || !(r.color == color_))
    color(r.color, false), color(r.color, true), color_ = r.color, has_color_ = true;
  if (r.stroke != stroke_) {  // synthetic bold: fill and stroke (render mode 2)
    if (r.stroke > 0)
      num(r.stroke), s_ += "w 2 Tr\n";
    else
      s_ += "0 Tr\n";
    stroke_ = r.stroke;
  }

  const double em = r.size / 1000;  // points per glyph-space unit
  bool have_pen = false;
  double along = 0, cross = 0;  // where the PDF's text position is, page coordinates
  for (const pages::Glyph& g : r.glyphs) {
    const double x = rounded(r.x + g.x), y = rounded(r.y + g.y);
    const double want_along = horiz ? x : y, want_cross = horiz ? y : x;
    double k = have_pen ? (want_along - along) / em : 0;  // thousandths of an em to move
    if (!have_pen || std::abs(want_cross - cross) / em >= kMinAdjust || std::abs(k) > kMaxAdjust) {
      close_array();
      s_ += r.dir == Dir::RotatedCW ? "0 -1 1 0 " : "1 0 0 1 ";
      num(x), num(h_ - y);
      s_ += "Tm\n";
      along = want_along, cross = want_cross, have_pen = true;
    } else if (std::abs(k) >= kMinAdjust) {
      double n = rounded(vert ? k : -k, 2);  // TJ: +n moves down (V), left (H, rotated)
      close_hex();
      num(n, 2);
      along += (vert ? n : -n) * em;
    }
    if (!array_open_) s_ += '[', array_open_ = true;
    if (!hex_open_) s_ += '<', hex_open_ = true;
    append_hex16(s_, f.code(g.gid));
    along += (vert ? -f.vmetric(g.gid).w1y : f.width(g.gid)) * em;
  }
  close_array();
  if (!actual_text.empty()) s_ += "EMC\n";
}

void PageWriter::rule(const pages::Rule& r) {
  s_ += "q ";
  num(r.width);
  s_ += "w ";
  color(r.color, true);
  num(r.x0), num(h_ - r.y0);
  s_ += "m ";
  num(r.x1), num(h_ - r.y1);
  s_ += "l S Q\n";
}

void PageWriter::box(const pages::Box& b) {
  if (!b.stroke && !b.fill) return;
  s_ += "q ";
  if (b.stroke) {
    num(b.line_width);
    s_ += "w ";
    color(b.stroke_color, true);
  }
  if (b.fill) color(b.fill_color, false);
  num(b.x), num(h_ - b.y - b.h), num(b.w), num(b.h);
  s_ += "re ";
  s_ += b.stroke && b.fill ? "B" : b.stroke ? "S" : "f";
  s_ += " Q\n";
}

// The image XObject scaled to its rectangle (pdf/pictures.h names the resource).
void PageWriter::picture(const pages::Picture& p, int xobject) {
  s_ += "q ";
  if (p.clip_w > 0) {  // grown into the bleed: cut off at its frame
    num(p.clip_x), num(h_ - p.clip_y - p.clip_h), num(p.clip_w), num(p.clip_h);
    s_ += "re W n ";
  }
  num(p.w), s_ += "0 0 ", num(p.h), num(p.x), num(h_ - p.y - p.h);
  s_ += "cm /" + picture_resource_name(xobject) + " Do Q\n";
}

}  // namespace

std::string picture_resource_name(int index) {
  return "Im" + std::to_string(index);
}

std::string font_resource_name(int face, bool vertical) {
  return "F" + std::to_string(face) + (vertical ? "V" : "");
}

std::string page_content(const pages::Page& page, const std::vector<FontSlot>& slots,
                         FontUses& uses, pages::Conformance conformance, bool* registration,
                         const std::vector<Mark>* marks, const std::vector<int>* pictures) {
  PageWriter w(page, slots, uses, conformance, pictures);
  for (size_t i = 0; i < page.items.size(); ++i)
    w.item(page.items[i], marks ? &(*marks)[i] : nullptr);
  if (registration) *registration = w.registration();
  return w.finish();
}

}  // namespace wz::pdf
