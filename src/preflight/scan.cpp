#include "preflight/scan.h"

#include <podofo/podofo.h>

#include <algorithm>
#include <array>
#include <cmath>

namespace wz::preflight {
namespace {

using namespace PoDoFo;
using Matrix = std::array<double, 6>;  // a b c d e f

// Nesting of Form XObjects followed (a malformed file may loop).
constexpr int kMaxFormDepth = 8;

Matrix multiply(const Matrix& m, const Matrix& n) {  // m then n
  return {m[0] * n[0] + m[1] * n[2],        m[0] * n[1] + m[1] * n[3],
          m[2] * n[0] + m[3] * n[2],        m[2] * n[1] + m[3] * n[3],
          m[4] * n[0] + m[5] * n[2] + n[4], m[4] * n[1] + m[5] * n[3] + n[5]};
}

double number(const PdfVariant& v) {
  return v.IsReal() ? v.GetReal() : v.IsNumber() ? static_cast<double>(v.GetNumber()) : 0;
}

const PdfObject* resolve(const PdfObject* o) {
  if (o && o->IsReference()) return o->GetOwner()->GetObject(o->GetReference());
  return o;
}

const PdfObject* lookup(const PdfObject* resources, const char* type, const std::string& key) {
  resources = resolve(resources);
  if (!resources || !resources->IsDictionary()) return nullptr;
  const PdfObject* d = resolve(resources->GetDictionary().GetKey(PdfName(type)));
  if (!d || !d->IsDictionary()) return nullptr;
  return resolve(d->GetDictionary().GetKey(PdfName(key)));
}

// A colour space object → a short name: DeviceRGB, ICCBased/3, Separation/All, ...
std::string space_name(const PdfObject* cs) {
  cs = resolve(cs);
  if (!cs) return "(none)";
  if (cs->IsName()) return cs->GetName().GetName();
  if (!cs->IsArray() || cs->GetArray().empty()) return "(malformed)";
  const PdfArray& a = cs->GetArray();
  std::string family = a[0].IsName() ? a[0].GetName().GetName() : "?";
  if (family == "ICCBased" && a.size() > 1) {
    const PdfObject* s = resolve(&a[1]);
    const PdfObject* n = s && s->IsDictionary() ? s->GetDictionary().GetKey(PdfName("N")) : nullptr;
    return family + "/" + (n && n->IsNumber() ? std::to_string(n->GetNumber()) : "?");
  }
  if ((family == "Separation" || family == "DeviceN") && a.size() > 1 && a[1].IsName())
    return family + "/" + a[1].GetName().GetName();
  if (family == "Indexed" && a.size() > 1) return family + "/" + space_name(&a[1]);
  return family;
}

class Scanner {
 public:
  explicit Scanner(PageScan& out) : out_(out) {}
  void run(PdfContentsTokenizer& tok, const PdfObject* resources, Matrix ctm, int depth);

 private:
  void operate(const std::string& op, const PdfObject* resources, int depth);
  void color_space_operand(const PdfObject* resources);
  void draw(const PdfObject* resources, int depth);
  PageScan& out_;
  std::vector<PdfVariant> args_;
  std::vector<Matrix> stack_;
  Matrix ctm_{};
};

void Scanner::run(PdfContentsTokenizer& tok, const PdfObject* resources, Matrix ctm, int depth) {
  ctm_ = ctm;
  stack_.clear();
  EPdfContentsType type;
  const char* keyword = nullptr;
  PdfVariant var;
  while (tok.ReadNext(type, keyword, var)) {
    if (type == ePdfContentsType_Variant) {
      args_.push_back(var);
    } else if (type == ePdfContentsType_Keyword) {
      operate(keyword, resources, depth);
      args_.clear();
    }
  }
}

void Scanner::color_space_operand(const PdfObject* resources) {
  if (args_.empty() || !args_.back().IsName()) return;
  std::string n = args_.back().GetName().GetName();
  if (n == "DeviceGray" || n == "DeviceRGB" || n == "DeviceCMYK" || n == "Pattern")
    out_.color_spaces.insert(n);
  else
    out_.color_spaces.insert(space_name(lookup(resources, "ColorSpace", n)));
}

void Scanner::operate(const std::string& op, const PdfObject* resources, int depth) {
  if (op == "g" || op == "G")
    out_.color_spaces.insert("DeviceGray");
  else if (op == "rg" || op == "RG")
    out_.color_spaces.insert("DeviceRGB");
  else if (op == "k" || op == "K")
    out_.color_spaces.insert("DeviceCMYK");
  else if (op == "cs" || op == "CS")
    color_space_operand(resources);
  else if (op == "q")
    stack_.push_back(ctm_);
  else if (op == "Q" && !stack_.empty())
    ctm_ = stack_.back(), stack_.pop_back();
  else if (op == "cm" && args_.size() >= 6) {
    Matrix m;
    for (int i = 0; i < 6; ++i) m[i] = number(args_[args_.size() - 6 + i]);
    ctm_ = multiply(m, ctm_);
  } else if (op == "Do")
    draw(resources, depth);
  else if (op == "BI")
    out_.color_spaces.insert("(inline image)");
}

void Scanner::draw(const PdfObject* resources, int depth) {
  if (args_.empty() || !args_.back().IsName()) return;
  std::string name = args_.back().GetName().GetName();
  const PdfObject* x = lookup(resources, "XObject", name);
  if (!x || !x->IsDictionary()) return;
  const PdfDictionary& d = x->GetDictionary();
  const PdfObject* sub = d.GetKey(PdfName("Subtype"));
  std::string subtype = sub && sub->IsName() ? sub->GetName().GetName() : "";
  if (subtype == "Image") {
    PlacedImage im;
    im.name = name;
    const PdfObject* mask = d.GetKey(PdfName("ImageMask"));
    im.color_space = mask && mask->IsBool() && mask->GetBool()
                         ? "(stencil mask)"
                         : space_name(d.GetKey(PdfName("ColorSpace")));
    auto px = [&](const char* k) {
      const PdfObject* o = resolve(d.GetKey(PdfName(k)));
      return o && o->IsNumber() ? static_cast<long>(o->GetNumber()) : 0L;
    };
    im.width_px = px("Width"), im.height_px = px("Height");
    im.width_pt = std::hypot(ctm_[0], ctm_[1]), im.height_pt = std::hypot(ctm_[2], ctm_[3]);
    out_.color_spaces.insert(im.color_space);
    out_.images.push_back(im);
  } else if (subtype == "Form" && depth < kMaxFormDepth && x->HasStream()) {
    Matrix m{1, 0, 0, 1, 0, 0};
    if (const PdfObject* fm = resolve(d.GetKey(PdfName("Matrix"))); fm && fm->IsArray())
      for (size_t i = 0; i < 6 && i < fm->GetArray().size(); ++i) m[i] = number(fm->GetArray()[i]);
    char* buf = nullptr;
    pdf_long len = 0;
    const_cast<PdfObject*>(x)->GetStream()->GetFilteredCopy(&buf, &len);
    std::string bytes(buf ? buf : "", static_cast<size_t>(len));
    podofo_free(buf);
    const PdfObject* form_res = d.GetKey(PdfName("Resources"));
    Scanner inner(out_);
    PdfContentsTokenizer tok(bytes.data(), static_cast<long>(bytes.size()));
    inner.run(tok, form_res ? form_res : resources, multiply(m, ctm_), depth + 1);
  }
}

}  // namespace

double PlacedImage::ppi() const {
  if (width_pt <= 0 || height_pt <= 0) return 0;
  return std::min(width_px / (width_pt / 72), height_px / (height_pt / 72));
}

PageScan scan_page(PdfPage& page) {
  PageScan out;
  PdfContentsTokenizer tok(&page);
  Scanner(out).run(tok, page.GetResources(), {1, 0, 0, 1, 0, 0}, 0);
  return out;
}

}  // namespace wz::preflight
