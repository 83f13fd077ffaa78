// The PDF-object half of CidFont (see cid_font.h): font file, descriptor, CIDFont with
// W/W2, ToUnicode CMap and the Type0 fonts.
#include <podofo/podofo.h>

#include <algorithm>
#include <cmath>
#include <map>

#include "base/utf8.h"
#include "pdf/cid_font.h"
#include "pdf/num.h"

namespace wz::pdf {
namespace {

using PoDoFo::pdf_int64;
using PoDoFo::PdfArray;
using PoDoFo::PdfDictionary;
using PoDoFo::PdfName;
using PoDoFo::PdfObject;

// StemV is not derivable from the font tables; readers use it only for substitution.
constexpr double kStemRegular = 80, kStemBold = 120;
constexpr int kBoldWeight = 600;      // OS/2 usWeightClass from which StemV is "bold"
constexpr size_t kBfcharBlock = 100;  // entries per beginbfchar block (PDF/CMap limit)

// Most frequent value (ties: the smaller one), for DW / DW2.
template <class T>
T most_common(const std::vector<T>& vals, T fallback) {
  std::map<T, int> count;
  for (const T& v : vals) ++count[v];
  T best = fallback;
  int n = 0;
  for (auto& [v, c] : count)
    if (c > n) best = v, n = c;
  return best;
}

PdfObject real(double v) {
  if (v == std::round(v)) return PdfObject(static_cast<pdf_int64>(v));
  return PdfObject(v);
}

PdfObject integer(long long v) {
  return PdfObject(static_cast<pdf_int64>(v));
}

void set_stream(PdfObject* obj, const std::string& compressed) {
  PoDoFo::TVecFilters none;  // already Flate-compressed by us
  obj->GetStream()->Set(compressed.data(), static_cast<PoDoFo::pdf_long>(compressed.size()), none);
  obj->GetDictionary().AddKey(PdfName("Filter"), PdfName("FlateDecode"));
}

using Rows = std::vector<std::pair<std::uint16_t, std::vector<double>>>;

// `c [v v v …]` groups for runs of consecutive codes (the W / W2 array form; Ghostscript
// misreads W2's range form, see the notes).
PdfArray grouped(const Rows& rows) {
  PdfArray out, group;
  int prev = -2;
  for (auto& [c, vals] : rows) {
    if (c != prev + 1) {
      if (!group.empty()) out.push_back(group), group.Clear();
      out.push_back(integer(c));
    }
    for (double v : vals) group.push_back(real(v));
    prev = c;
  }
  if (!group.empty()) out.push_back(group);
  return out;
}

}  // namespace

std::string CidFont::tounicode_cmap() const {
  std::vector<std::pair<std::uint16_t, const std::string*>> entries;
  for (auto& [gid, text] : text_) entries.emplace_back(code(gid), &text);
  std::sort(entries.begin(), entries.end());
  std::string s =
      "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
  for (size_t i = 0; i < entries.size(); i += kBfcharBlock) {
    size_t n = std::min(kBfcharBlock, entries.size() - i);
    s += std::to_string(n) + " beginbfchar\n";
    for (size_t k = i; k < i + n; ++k) {
      s += '<';
      append_hex16(s, entries[k].first);
      s += "> <";
      s += utf16be_hex(utf8::decode(*entries[k].second));
      s += ">\n";
    }
    s += "endbfchar\n";
  }
  s += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
  return s;
}

PoDoFo::PdfObject* CidFont::add_descriptor(PoDoFo::PdfVecObjects& objs) const {
  const bool cff = !truetype_program();
  PdfObject* file = objs.CreateObject();
  set_stream(file, program_z_);
  if (cff)
    file->GetDictionary().AddKey(PdfName("Subtype"), PdfName("CIDFontType0C"));
  else  // PoDoFo does not add /Length1 (the uncompressed length) itself
    file->GetDictionary().AddKey(PdfName("Length1"), integer(program_len_));

  PdfObject* desc = objs.CreateObject("FontDescriptor");
  PdfDictionary& d = desc->GetDictionary();
  d.AddKey(PdfName("FontName"), PdfName(base_font()));
  d.AddKey(PdfName("Flags"), integer(4));  // symbolic: glyphs outside the standard set
  PdfArray bbox;
  for (double b : bbox_) bbox.push_back(real(b));
  d.AddKey(PdfName("FontBBox"), bbox);
  d.AddKey(PdfName("ItalicAngle"), real(rounded(italic_, 2)));
  d.AddKey(PdfName("Ascent"), real(std::round(ascent_)));
  d.AddKey(PdfName("Descent"), real(std::round(descent_)));
  d.AddKey(PdfName("CapHeight"), real(std::round(cap_height_)));
  d.AddKey(PdfName("StemV"), real(weight_ >= kBoldWeight ? kStemBold : kStemRegular));
  d.AddKey(PdfName(cff ? "FontFile3" : "FontFile2"), file->Reference());
  return desc;
}

// DW and W: the codes whose width differs from the most common one.
void CidFont::add_widths(PoDoFo::PdfDictionary& cd) const {
  std::vector<std::pair<std::uint16_t, double>> widths;
  for (std::uint32_t g : gids_) widths.emplace_back(code(g), width(g));
  std::sort(widths.begin(), widths.end());
  // DW must be an integer: poppler reads a real DW as absent (and then uses 1000).
  std::vector<double> integral;
  for (auto& w : widths)
    if (w.second == std::round(w.second)) integral.push_back(w.second);
  const double dw = most_common(integral, 1000.0);
  Rows rows;
  for (auto& [c, w] : widths)
    if (w != dw) rows.push_back({c, {w}});
  cd.AddKey(PdfName("DW"), real(dw));
  if (!rows.empty()) cd.AddKey(PdfName("W"), grouped(rows));
}

// DW2 and W2 for the glyphs set vertically: vy / w1y of the most common kind in DW2, the
// rest (e.g. Noto's 2-em dash, [-2000 500 1380]) in W2.
void CidFont::add_vertical_metrics(PoDoFo::PdfDictionary& cd) const {
  std::vector<std::pair<std::uint16_t, VMetric>> vm;
  std::vector<std::pair<double, double>> kinds;
  for (std::uint32_t g : vgids_) {
    vm.emplace_back(code(g), vmetric(g));
    kinds.emplace_back(vm.back().second.vy, vm.back().second.w1y);
  }
  std::sort(vm.begin(), vm.end(), [](auto& a, auto& b) { return a.first < b.first; });
  auto [dvy, dw1] = most_common(kinds, std::pair<double, double>(880, -1000));
  PdfArray dw2;
  dw2.push_back(real(dvy));
  dw2.push_back(real(dw1));
  cd.AddKey(PdfName("DW2"), dw2);
  Rows rows;
  for (auto& [c, m] : vm)  // vx is always w0/2 (the PDF default); vy/w1y may differ
    if (m.vy != dvy || m.w1y != dw1) rows.push_back({c, {m.w1y, m.vx, m.vy}});
  if (!rows.empty()) cd.AddKey(PdfName("W2"), grouped(rows));
}

void CidFont::emit(PoDoFo::PdfMemDocument& doc, PoDoFo::PdfReference* h,
                   PoDoFo::PdfReference* v) const {
  PoDoFo::PdfVecObjects& objs = doc.GetObjects();
  const std::string name = base_font();
  const bool cff = !truetype_program();

  PdfObject* cid = objs.CreateObject("Font");
  PdfDictionary& cd = cid->GetDictionary();
  cd.AddKey(PdfName("Subtype"), PdfName(cff ? "CIDFontType0" : "CIDFontType2"));
  cd.AddKey(PdfName("BaseFont"), PdfName(name));
  PdfDictionary info;
  info.AddKey(PdfName("Registry"), PoDoFo::PdfString("Adobe"));
  info.AddKey(PdfName("Ordering"), PoDoFo::PdfString("Identity"));
  info.AddKey(PdfName("Supplement"), integer(0));
  cd.AddKey(PdfName("CIDSystemInfo"), info);
  cd.AddKey(PdfName("FontDescriptor"), add_descriptor(objs)->Reference());
  add_widths(cd);
  if (!vgids_.empty()) add_vertical_metrics(cd);
  if (!cff) {  // codes are original GIDs; the map gives the subset's GIDs
    PdfObject* map = objs.CreateObject();
    set_stream(map, cid2gid_z_);
    cd.AddKey(PdfName("CIDToGIDMap"), map->Reference());
  }
  PdfObject* tu = objs.CreateObject();
  set_stream(tu, tounicode_z_);

  // One Type0 per writing mode, both on the same CIDFont and ToUnicode.
  auto type0 = [&](const char* encoding) {
    PdfObject* f = objs.CreateObject("Font");
    PdfDictionary& d = f->GetDictionary();
    d.AddKey(PdfName("Subtype"), PdfName("Type0"));
    d.AddKey(PdfName("BaseFont"), PdfName(name));
    d.AddKey(PdfName("Encoding"), PdfName(encoding));
    PdfArray desc_fonts;
    desc_fonts.push_back(cid->Reference());
    d.AddKey(PdfName("DescendantFonts"), desc_fonts);
    d.AddKey(PdfName("ToUnicode"), tu->Reference());
    return f->Reference();
  };
  if (used_h_ && h) *h = type0("Identity-H");
  if (!vgids_.empty() && v) *v = type0("Identity-V");
}

}  // namespace wz::pdf
