#include "preflight/preflight.h"

#include <podofo/podofo.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>

#include "base/error.h"
#include "base/file.h"
#include "preflight/scan.h"
#include "preflight/xmp.h"

namespace wz::preflight {
namespace {

using namespace PoDoFo;

constexpr double kPtPerMm = 72.0 / 25.4;
constexpr double kBoxSlack = 0.01;  // pt: rounding in written boxes

// The file as PoDoFo's parser reads it. (Not PdfMemDocument: loading one rewrites the
// document info in memory — Producer, ModDate — which is what the checks read.)
struct Doc {
  PdfVecObjects objects;
  PdfParser parser{&objects};
  std::unique_ptr<PdfPagesTree> pages;
  const PdfObject* GetTrailer() const { return parser.GetTrailer(); }
  const PdfObject* GetCatalog() const;
  int GetPageCount() const { return pages ? pages->GetTotalNumberOfPages() : 0; }
  PdfPage* GetPage(int i) { return pages->GetPage(i); }
};

const PdfObject* resolve(const Doc& pdf, const PdfObject* o) {
  if (o && o->IsReference())
    return const_cast<PdfVecObjects&>(pdf.objects).GetObject(o->GetReference());
  return o;
}

const PdfObject* key(const Doc& pdf, const PdfObject* dict, const char* k) {
  dict = resolve(pdf, dict);
  if (!dict || !dict->IsDictionary()) return nullptr;
  return resolve(pdf, dict->GetDictionary().GetKey(PdfName(k)));
}

const PdfObject* Doc::GetCatalog() const {
  return key(*this, GetTrailer(), "Root");
}

std::string name_of(const PdfObject* o) {
  return o && o->IsName() ? o->GetName().GetName() : "";
}

std::string stream_bytes(const PdfObject* o) {
  if (!o || !o->HasStream()) return "";
  char* buf = nullptr;
  pdf_long len = 0;
  o->GetStream()->GetFilteredCopy(&buf, &len);
  std::string s(buf ? buf : "", static_cast<size_t>(len));
  podofo_free(buf);
  return s;
}

struct Ctx {
  Doc& pdf;
  Target target;
  std::vector<Check>& out;
  void add(bool ok, const std::string& name, const std::string& detail) {
    out.push_back({ok, name, detail});
  }
  bool print() const { return target == Target::Print; }
};

void check_file(Ctx& c) {
  const PdfObject* trailer = c.pdf.GetTrailer();
  bool encrypted = c.pdf.parser.GetEncrypted() || key(c.pdf, trailer, "Encrypt");
  c.add(!encrypted, "encryption", encrypted ? "the file is encrypted" : "none");
  const PdfObject* id = key(c.pdf, trailer, "ID");
  bool id_ok = id && id->IsArray() && id->GetArray().size() == 2;
  c.add(id_ok, "file ID", id_ok ? "trailer /ID has two strings" : "trailer has no /ID");
  int v = static_cast<int>(c.pdf.parser.GetPdfVersion());  // ePdfVersion_1_0 = 0 … 1_7 = 7
  int max = c.print() ? 6 : 7;
  c.add(v <= max, "version",
        "PDF 1." + std::to_string(v) + (v <= max ? "" : ", above 1." + std::to_string(max)));
}

void check_output_intent(Ctx& c) {
  const char* want = c.print() ? "GTS_PDFX" : "GTS_PDFA1";
  const int n_want = c.print() ? 4 : 3;
  const PdfObject* intents = key(c.pdf, c.pdf.GetCatalog(), "OutputIntents");
  if (!intents || !intents->IsArray()) return c.add(false, "output intent", "none");
  for (const PdfObject& e : intents->GetArray()) {
    const PdfObject* oi = resolve(c.pdf, &e);
    if (name_of(key(c.pdf, oi, "S")) != want) continue;
    const PdfObject* prof = key(c.pdf, oi, "DestOutputProfile");
    const PdfObject* n = key(c.pdf, prof, "N");
    std::string icc = stream_bytes(prof);
    std::string space = icc.size() >= 20 ? icc.substr(16, 4) : "";
    bool ok =
        n && n->IsNumber() && n->GetNumber() == n_want && space == (c.print() ? "CMYK" : "RGB ");
    const PdfObject* cond = key(c.pdf, oi, "OutputCondition");
    const PdfObject* ident = key(c.pdf, oi, "OutputConditionIdentifier");
    std::string what = std::string(want) + ", " +
                       (ident && ident->IsString() ? ident->GetString().GetStringUtf8() : "?") +
                       " (" + (cond && cond->IsString() ? cond->GetString().GetStringUtf8() : "") +
                       "), ICC " + std::to_string(icc.size()) + " bytes, " +
                       (space.empty() ? "no profile" : "colour space '" + space + "'");
    return c.add(ok, "output intent", what);
  }
  c.add(false, "output intent", std::string("no /S /") + want + " among the output intents");
}

std::string info_value(const PdfObject* o) {
  if (!o) return "";
  if (o->IsString()) return o->GetString().GetStringUtf8();
  if (o->IsName()) return o->GetName().GetName();
  return "";
}

// "D:YYYYMMDDhhmmss…" and "YYYY-MM-DDThh:mm:ss…" → "YYYYMMDDhhmmss" to compare.
std::string date_digits(const std::string& s) {
  std::string d;
  for (char ch : s.substr(0, s.find_first_of("Z+", 2)))
    if (ch >= '0' && ch <= '9') d += ch;
  return d.substr(0, 14);
}

void check_xmp(Ctx& c) {
  const PdfObject* meta = key(c.pdf, c.pdf.GetCatalog(), "Metadata");
  if (!meta || !meta->HasStream()) return c.add(false, "XMP", "no /Metadata stream");
  std::map<std::string, std::string> x;
  try {
    x = xmp_properties(stream_bytes(meta));
  } catch (const Error& e) {
    return c.add(false, "XMP", e.what());
  }
  bool filtered = meta->IsDictionary() && meta->GetDictionary().HasKey(PdfName("Filter"));
  if (c.print()) {
    bool ok = x["pdfxid:GTS_PDFXVersion"] == "PDF/X-4";
    for (const char* k : {"xmpMM:DocumentID", "xmpMM:VersionID", "xmpMM:RenditionClass",
                          "xmp:CreateDate", "xmp:ModifyDate", "dc:title"})
      ok = ok && !x[k].empty();
    c.add(ok, "XMP",
          "GTS_PDFXVersion '" + x["pdfxid:GTS_PDFXVersion"] + "', DocumentID '" +
              x["xmpMM:DocumentID"] + "', VersionID '" + x["xmpMM:VersionID"] + "'");
  } else {
    bool ok = x["pdfaid:part"] == "2" &&
              (x["pdfaid:conformance"] == "U" || x["pdfaid:conformance"] == "B" ||
               x["pdfaid:conformance"] == "A") &&
              !filtered;
    c.add(ok, "XMP",
          "pdfaid part " + x["pdfaid:part"] + " conformance " + x["pdfaid:conformance"] +
              (filtered ? ", metadata stream filtered (PDF/A: must not be)" : ""));
  }
  // Document info and XMP say the same (PDF/A-2 §6.6.3; PDF/X-4 for its keys).
  const PdfObject* info = key(c.pdf, c.pdf.GetTrailer(), "Info");
  std::vector<std::pair<const char*, const char*>> pairs = {
      {"Title", "dc:title"},        {"Author", "dc:creator"},       {"Subject", "dc:description"},
      {"Keywords", "pdf:Keywords"}, {"Creator", "xmp:CreatorTool"}, {"Producer", "pdf:Producer"}};
  if (c.print()) pairs.push_back({"Trapped", "pdf:Trapped"});
  if (c.print()) pairs.push_back({"GTS_PDFXVersion", "pdfxid:GTS_PDFXVersion"});
  std::string diff;
  for (auto [ik, xk] : pairs)
    if (info_value(key(c.pdf, info, ik)) != x[xk]) diff += std::string(" ") + ik;
  for (auto [ik, xk] : {std::pair{"CreationDate", "xmp:CreateDate"}, {"ModDate", "xmp:ModifyDate"}})
    if (date_digits(info_value(key(c.pdf, info, ik))) != date_digits(x[xk]))
      diff += std::string(" ") + ik;
  c.add(diff.empty(), "Info = XMP",
        diff.empty() ? "title, author, subject, keywords, creator, producer, dates agree"
                     : "differ:" + diff);
  if (c.print()) {
    std::string t = info_value(key(c.pdf, info, "Trapped"));
    c.add(t == "True" || t == "False", "Trapped", t.empty() ? "no /Trapped in Info" : t);
  }
}

struct Box {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  bool inside(const Box& o) const {
    return x0 >= o.x0 - kBoxSlack && y0 >= o.y0 - kBoxSlack && x1 <= o.x1 + kBoxSlack &&
           y1 <= o.y1 + kBoxSlack;
  }
};

bool box_of(const Doc& pdf, const PdfObject* page, const char* k, Box& b) {
  const PdfObject* a = key(pdf, page, k);
  if (!a || !a->IsArray() || a->GetArray().size() != 4) return false;
  double v[4];
  for (int i = 0; i < 4; ++i) {
    const PdfObject& e = a->GetArray()[i];
    v[i] = e.IsReal() ? e.GetReal() : e.IsNumber() ? static_cast<double>(e.GetNumber()) : 0;
  }
  b = {std::min(v[0], v[2]), std::min(v[1], v[3]), std::max(v[0], v[2]), std::max(v[1], v[3])};
  return true;
}

std::string mm(double pt) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f mm", pt / kPtPerMm);
  return buf;
}

void check_boxes(Ctx& c, Doc& pdf) {
  int n = pdf.GetPageCount(), no_trim = 0, bad = 0;
  double min_bleed = 1e9;
  for (int i = 0; i < n; ++i) {
    const PdfObject* page = pdf.GetPage(i)->GetObject();
    Box media, trim, bleed;
    if (!box_of(pdf, page, "MediaBox", media)) media = {0, 0, 0, 0}, ++bad;
    if (!box_of(pdf, page, "TrimBox", trim)) {
      ++no_trim;
      continue;
    }
    if (!box_of(pdf, page, "BleedBox", bleed)) bleed = trim;
    if (!trim.inside(bleed) || !bleed.inside(media)) ++bad;
    min_bleed = std::min({min_bleed, trim.x0 - bleed.x0, trim.y0 - bleed.y0, bleed.x1 - trim.x1,
                          bleed.y1 - trim.y1});
  }
  bool ok = bad == 0 && (!c.print() || no_trim == 0);
  std::string d = std::to_string(n) + " pages";
  if (no_trim) d += ", " + std::to_string(no_trim) + " without TrimBox";
  if (no_trim < n) d += ", bleed " + mm(std::max(0.0, min_bleed));
  if (bad) d += ", " + std::to_string(bad) + " with TrimBox ⊄ BleedBox ⊄ MediaBox";
  c.add(ok, "boxes", d);
}

// Which colour spaces the profile allows: print has a CMYK intent (no DeviceRGB without a
// profile); the archive an RGB one (no DeviceCMYK).
bool space_allowed(const std::string& s, Target t) {
  if (s == "DeviceRGB") return t == Target::Archive;
  if (s == "DeviceCMYK") return t == Target::Print;
  if (s == "(inline image)" || s == "(none)" || s == "(malformed)") return false;
  if (s.rfind("Separation/", 0) == 0 || s.rfind("DeviceN/", 0) == 0) return t == Target::Print;
  return true;  // DeviceGray, ICCBased, Lab, Pattern, Indexed over those, stencil masks
}

void check_colour_and_images(Ctx& c, Doc& pdf) {
  // One line per run of pages with the same spaces: "1-3 DeviceGray; 4 DeviceGray, …".
  std::string runs, bad;
  std::string prev;
  int start = 0, images = 0, low = 0;
  double min_ppi = 1e9;
  const int n = pdf.GetPageCount();
  auto close_run = [&](int end) {
    if (prev.empty() && start == 0 && end == 0) return;
    runs += (runs.empty() ? "" : "; ") + std::string("p") + std::to_string(start + 1) +
            (end > start ? "-" + std::to_string(end + 1) : "") + " " + prev;
  };
  for (int i = 0; i < n; ++i) {
    PageScan s = scan_page(*pdf.GetPage(i));
    std::string list;
    for (const auto& sp : s.color_spaces) {
      list += (list.empty() ? "" : ",") + sp;
      if (!space_allowed(sp, c.target)) bad += " p" + std::to_string(i + 1) + ":" + sp;
    }
    if (list.empty()) list = "(nothing painted)";
    if (i == 0) prev = list;
    if (list != prev) close_run(i - 1), start = i, prev = list;
    for (const auto& im : s.images) {
      ++images;
      min_ppi = std::min(min_ppi, im.ppi());
      if (c.print() && im.ppi() < kMinPrintPpi) ++low;
    }
  }
  close_run(n - 1);
  c.add(bad.empty(), "colour spaces", runs + (bad.empty() ? "" : "; not allowed:" + bad));
  if (images == 0) return c.add(true, "images", "no images");
  char buf[96];
  std::snprintf(buf, sizeof buf, "%d placed, lowest %.0f ppi at placed size", images, min_ppi);
  std::string d = buf;
  if (low) d += ", " + std::to_string(low) + " under " + std::to_string(int(kMinPrintPpi)) + " ppi";
  c.add(low == 0, "images", d);
}

void check_fonts(Ctx& c, Doc& pdf) {
  int fonts = 0, unembedded = 0, no_unicode = 0;
  std::string names;
  for (const PdfObject* o : pdf.objects) {
    if (!o->IsDictionary() || name_of(key(pdf, o, "Type")) != "Font") continue;
    std::string sub = name_of(key(pdf, o, "Subtype"));
    if (sub == "CIDFontType0" || sub == "CIDFontType2") continue;  // via their Type0
    ++fonts;
    const PdfObject* font = o;
    if (sub == "Type0") {
      const PdfObject* kids = key(pdf, o, "DescendantFonts");
      font = kids && kids->IsArray() && !kids->GetArray().empty()
                 ? resolve(pdf, &kids->GetArray()[0])
                 : nullptr;
    }
    const PdfObject* fd = key(pdf, font, "FontDescriptor");
    bool embedded = sub == "Type3" || key(pdf, fd, "FontFile") || key(pdf, fd, "FontFile2") ||
                    key(pdf, fd, "FontFile3");
    if (!embedded) ++unembedded, names += " " + name_of(key(pdf, o, "BaseFont"));
    if (!key(pdf, o, "ToUnicode")) ++no_unicode;
  }
  c.add(unembedded == 0, "fonts embedded",
        std::to_string(fonts - unembedded) + " of " + std::to_string(fonts) +
            (names.empty() ? "" : "; not:" + names));
  c.add(no_unicode == 0, "ToUnicode",
        std::to_string(fonts - no_unicode) + " of " + std::to_string(fonts) + " fonts");
}

// PDF/X: no annotation on the printed sheet (inside the BleedBox); PDF/A: every annotation
// prints (flag 4) and none is hidden (flags 1, 2, 32).
void check_annotations(Ctx& c, Doc& pdf) {
  int count = 0, bad = 0;
  for (int i = 0; i < pdf.GetPageCount(); ++i) {
    const PdfObject* annots = key(pdf, pdf.GetPage(i)->GetObject(), "Annots");
    if (!annots || !annots->IsArray()) continue;
    for (const PdfObject& a : annots->GetArray()) {
      ++count;
      const PdfObject* f = key(pdf, resolve(pdf, &a), "F");
      long flags = f && f->IsNumber() ? static_cast<long>(f->GetNumber()) : 0;
      if (c.print() || (flags & 4) == 0 || (flags & (1 | 2 | 32)) != 0) ++bad;
    }
  }
  std::string d = std::to_string(count) + " annotations";
  if (bad)
    d += c.print() ? " on the printed sheet" : ", " + std::to_string(bad) + " not set to print";
  c.add(bad == 0, "annotations", d);
}

}  // namespace

std::vector<Check> run(const std::string& path, Target target) {
  PdfError::EnableDebug(false);  // PoDoFo prints the trailer it reads otherwise
  PdfError::EnableLogging(false);
  Doc pdf;
  try {
    pdf.parser.ParseFile(path.c_str(), false);
    const PdfObject* root = key(pdf, pdf.GetCatalog(), "Pages");
    if (!root) throw Error(SourcePos{path}, "the catalog has no page tree");
    pdf.pages = std::make_unique<PdfPagesTree>(const_cast<PdfObject*>(root));
  } catch (const PdfError& e) {
    throw Error(SourcePos{path},
                std::string("cannot read as PDF: ") + PdfError::ErrorName(e.GetError()));
  }
  std::vector<Check> out;
  Ctx c{pdf, target, out};
  try {
    check_file(c);
    check_output_intent(c);
    check_xmp(c);
    check_boxes(c, pdf);
    check_colour_and_images(c, pdf);
    check_fonts(c, pdf);
    check_annotations(c, pdf);
  } catch (const PdfError& e) {
    throw Error(SourcePos{path},
                std::string("malformed PDF: ") + PdfError::ErrorName(e.GetError()));
  }
  return out;
}

std::string report(const std::vector<Check>& checks) {
  std::string o;
  int passed = 0;
  for (const Check& k : checks) {
    passed += k.ok;
    o += std::string(k.ok ? "ok    " : "FAIL  ") + k.name + ": " + k.detail + "\n";
  }
  o += std::to_string(passed) + " passed, " + std::to_string(checks.size() - passed) + " failed\n";
  return o;
}

}  // namespace wz::preflight
