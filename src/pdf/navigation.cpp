#include "pdf/navigation.h"

#include <podofo/podofo.h>

#include <ctime>

namespace wz::pdf {
namespace {

using PoDoFo::pdf_int64;
using PoDoFo::PdfArray;
using PoDoFo::PdfDictionary;
using PoDoFo::PdfName;
using PoDoFo::PdfObject;
using PoDoFo::PdfString;

// Producer written into every file: fixed, so that output does not depend on the clock
// or the PoDoFo build string.
constexpr const char* kProducer = "wenzhai PDF writer (PoDoFo 0.9.8)";
constexpr pdf_int64 kAnnotPrint = 4;  // annotation flag bit 3: print (PDF 1.7 §12.5.3)

PdfString utf8_string(const std::string& s) {
  return PdfString(reinterpret_cast<const PoDoFo::pdf_utf8*>(s.c_str()));
}

PdfObject real(double v) {
  double r = std::round(v * 1000) / 1000;
  if (r == std::round(r)) return PdfObject(static_cast<pdf_int64>(r));
  return PdfObject(r);
}

// Distance from the MediaBox's corner to the trim's (pages.h: bleed and slug around the page).
double trim_offset(const pages::Page& p) {
  return p.bleed + p.slug;
}

// [page /XYZ null top null]: keep the reader's zoom and horizontal scroll.
PdfArray xyz(const PoDoFo::PdfPage* page, const pages::Page& p, double y) {
  PdfArray a;
  a.push_back(page->GetObject()->Reference());
  a.push_back(PdfName("XYZ"));
  a.push_back(PoDoFo::PdfVariant::NullValue);
  a.push_back(real(trim_offset(p) + p.height - y));
  a.push_back(PoDoFo::PdfVariant::NullValue);
  return a;
}

struct Built {
  PdfObject* first = nullptr;
  PdfObject* last = nullptr;
  long visible = 0;  // items shown when this level is shown (for the parent's /Count)
};

Built build_items(PoDoFo::PdfVecObjects& objs, PdfObject* parent,
                  const std::vector<pages::Bookmark>& items, const pages::Document& doc,
                  const std::vector<PoDoFo::PdfPage*>& pages) {
  Built b;
  PdfObject* prev = nullptr;
  for (const pages::Bookmark& bm : items) {
    PdfObject* o = objs.CreateObject();
    PdfDictionary& d = o->GetDictionary();
    d.AddKey(PdfName("Title"), utf8_string(bm.title));
    d.AddKey(PdfName("Parent"), parent->Reference());
    d.AddKey(PdfName("Dest"), xyz(pages[bm.page], doc.pages[bm.page], bm.y));
    if (prev) {
      d.AddKey(PdfName("Prev"), prev->Reference());
      prev->GetDictionary().AddKey(PdfName("Next"), o->Reference());
    }
    if (!bm.children.empty()) {
      Built kids = build_items(objs, o, bm.children, doc, pages);
      d.AddKey(PdfName("First"), kids.first->Reference());
      d.AddKey(PdfName("Last"), kids.last->Reference());
      // Open: positive count of visible descendants; closed: negative.
      d.AddKey(PdfName("Count"),
               PdfObject(static_cast<pdf_int64>(bm.open ? kids.visible : -kids.visible)));
      if (bm.open) b.visible += kids.visible;
    }
    ++b.visible;
    if (!b.first) b.first = o;
    b.last = prev = o;
  }
  return b;
}

}  // namespace

std::string pdf_date(long long t) {
  std::time_t tt = static_cast<std::time_t>(t);
  std::tm tm{};
  gmtime_r(&tt, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "D:%Y%m%d%H%M%SZ", &tm);
  return buf;
}

int roman_value(const std::string& s, bool upper) {
  static const std::pair<int, const char*> kParts[] = {
      {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
      {40, "xl"},  {10, "x"},   {9, "ix"},  {5, "v"},    {4, "iv"},  {1, "i"}};
  auto to_roman = [&](int v) {
    std::string r;
    for (auto& [val, sym] : kParts)
      for (; v >= val; v -= val) r += sym;
    if (upper)
      for (char& c : r) c = static_cast<char>(c - 'a' + 'A');
    return r;
  };
  if (s.empty() || s.size() > 15) return 0;
  int v = 0;
  size_t i = 0;
  for (auto& [val, sym] : kParts) {
    std::string p = to_roman(val);
    while (s.compare(i, p.size(), p) == 0) v += val, i += p.size();
  }
  // Only the canonical spelling counts ("iiii" is a literal label, not 4).
  return i == s.size() && to_roman(v) == s ? v : 0;
}

void add_links(PoDoFo::PdfMemDocument& pdf, const pages::Document& doc,
               const std::vector<PoDoFo::PdfPage*>& pages) {
  // The printer's file has no links (PDF/X keeps annotations off the printed sheet); the
  // archive's are flagged Print, as PDF/A asks of every annotation.
  if (doc.conformance == pages::Conformance::PdfX4) return;
  PoDoFo::PdfVecObjects& objs = pdf.GetObjects();
  for (size_t i = 0; i < doc.pages.size(); ++i) {
    if (doc.pages[i].links.empty()) continue;
    const double h = doc.pages[i].height, off = trim_offset(doc.pages[i]);
    PdfArray annots;
    for (const pages::Link& l : doc.pages[i].links) {
      PdfObject* a = objs.CreateObject("Annot");
      PdfDictionary& d = a->GetDictionary();
      d.AddKey(PdfName("Subtype"), PdfName("Link"));
      PdfArray rect;
      for (double v : {l.x, h - l.y - l.h, l.x + l.w, h - l.y}) rect.push_back(real(off + v));
      d.AddKey(PdfName("Rect"), rect);
      PdfArray border;
      for (int k = 0; k < 3; ++k) border.push_back(PdfObject(static_cast<pdf_int64>(0)));
      d.AddKey(PdfName("Border"), border);
      if (doc.conformance == pages::Conformance::PdfA2u)
        d.AddKey(PdfName("F"), PdfObject(static_cast<pdf_int64>(kAnnotPrint)));
      d.AddKey(PdfName("Dest"), xyz(pages[l.target_page], doc.pages[l.target_page], l.target_y));
      annots.push_back(a->Reference());
    }
    pages[i]->GetObject()->GetDictionary().AddKey(PdfName("Annots"), annots);
  }
}

void add_outline(PoDoFo::PdfMemDocument& pdf, const pages::Document& doc,
                 const std::vector<PoDoFo::PdfPage*>& pages) {
  if (doc.outline.empty()) return;
  PoDoFo::PdfVecObjects& objs = pdf.GetObjects();
  PdfObject* root = objs.CreateObject("Outlines");
  Built top = build_items(objs, root, doc.outline, doc, pages);
  PdfDictionary& d = root->GetDictionary();
  d.AddKey(PdfName("First"), top.first->Reference());
  d.AddKey(PdfName("Last"), top.last->Reference());
  d.AddKey(PdfName("Count"), PdfObject(static_cast<pdf_int64>(top.visible)));
  PdfDictionary& cat = pdf.GetCatalog()->GetDictionary();
  cat.AddKey(PdfName("Outlines"), root->Reference());
  cat.AddKey(PdfName("PageMode"), PdfName("UseOutlines"));
}

void add_page_labels(PoDoFo::PdfMemDocument& pdf, const pages::Document& doc) {
  bool any = false;
  for (const pages::Page& p : doc.pages) any = any || !p.label.empty();
  if (!any) return;
  PdfArray nums;
  char style = 0;  // of the open range: 'D', 'r', 'R', or 'P' (literal)
  long next = 0;   // value the open range gives the next page
  for (size_t i = 0; i < doc.pages.size(); ++i) {
    const std::string& l = doc.pages[i].label;
    char st = 'P';
    long v = 0;
    if (l.empty()) {
      st = 'D', v = static_cast<long>(i) + 1;  // unlabeled: the physical page number
    } else if (l.find_first_not_of("0123456789") == std::string::npos && l[0] != '0' &&
               l.size() < 10) {
      st = 'D', v = std::stol(l);
    } else if ((v = roman_value(l, false)) > 0) {
      st = 'r';
    } else if ((v = roman_value(l, true)) > 0) {
      st = 'R';
    }
    if (st != 'P' && st == style && v == next) {
      ++next;
      continue;
    }
    PdfDictionary d;
    if (st == 'P') {
      d.AddKey(PdfName("P"), utf8_string(l));
    } else {
      d.AddKey(PdfName("S"), PdfName(std::string(1, st)));
      if (v != 1) d.AddKey(PdfName("St"), PdfObject(static_cast<pdf_int64>(v)));
    }
    nums.push_back(PdfObject(static_cast<pdf_int64>(i)));
    nums.push_back(d);
    style = st, next = v + 1;
  }
  PdfDictionary labels;
  labels.AddKey(PdfName("Nums"), nums);
  pdf.GetCatalog()->GetDictionary().AddKey(PdfName("PageLabels"), labels);
}

void add_info_and_catalog(PoDoFo::PdfMemDocument& pdf, const pages::Metadata& meta) {
  PoDoFo::PdfInfo* info = pdf.GetInfo();
  PdfDictionary& d = info->GetObject()->GetDictionary();
  auto set = [&d](const char* key, const std::string& v) {
    if (v.empty())
      d.RemoveKey(PdfName(key));
    else
      d.AddKey(PdfName(key), utf8_string(v));
  };
  set("Title", meta.title);
  set("Author", meta.author);
  set("Subject", meta.subject);
  set("Keywords", meta.keywords);
  set("Creator", meta.creator);
  d.AddKey(PdfName("Producer"), PdfString(kProducer));
  d.RemoveKey(PdfName("CreationDate"));  // PoDoFo stamps the clock here
  d.RemoveKey(PdfName("ModDate"));
  if (meta.date > 0) {
    d.AddKey(PdfName("CreationDate"), PdfString(pdf_date(meta.date)));
    d.AddKey(PdfName("ModDate"), PdfString(pdf_date(meta.date)));
  }
  PdfDictionary& cat = pdf.GetCatalog()->GetDictionary();
  if (!meta.language.empty()) cat.AddKey(PdfName("Lang"), PdfString(meta.language));
  if (meta.right_to_left) {
    PdfDictionary vp;
    vp.AddKey(PdfName("Direction"), PdfName("R2L"));
    cat.AddKey(PdfName("ViewerPreferences"), vp);
  }
}

}  // namespace wz::pdf
