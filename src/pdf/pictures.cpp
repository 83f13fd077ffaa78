#include "pdf/pictures.h"

#include <optional>

#include "base/error.h"
#include "base/file.h"
#include "base/raster.h"
#include "pdf/conformance.h"
#include "pdf/deflate.h"

namespace wz::pdf {
namespace {

using PoDoFo::pdf_int64;
using PoDoFo::PdfArray;
using PoDoFo::PdfDictionary;
using PoDoFo::PdfName;
using PoDoFo::PdfObject;
using C = pages::Conformance;

PdfObject integer(long long v) {
  return PdfObject(static_cast<pdf_int64>(v));
}

void set_stream(PdfObject* obj, const std::string& data, const char* filter) {
  PoDoFo::TVecFilters none;
  obj->GetStream()->Set(data.data(), static_cast<PoDoFo::pdf_long>(data.size()), none);
  obj->GetDictionary().AddKey(PdfName("Filter"), PdfName(filter));
}

// Colour spaces of the pictures, the ICC streams made once.
class Spaces {
 public:
  Spaces(PoDoFo::PdfMemDocument& pdf, C c) : pdf_(pdf), c_(c) {}

  PdfObject of(int components) {
    if (components == 1) return PdfName("DeviceGray");
    if (components == 3 && c_ == C::PdfX4) return icc(rgb_, kSrgbProfile, 3);
    if (components == 4 && c_ == C::PdfA2u) return icc(cmyk_, kCmykProfile, 4);
    return PdfName(components == 4 ? "DeviceCMYK" : "DeviceRGB");
  }

 private:
  PdfObject icc(std::optional<PoDoFo::PdfReference>& ref, const char* path, int n) {
    if (!ref) {
      PdfObject* s = pdf_.GetObjects().CreateObject();
      set_stream(s, deflate_bytes(read_file(path)), "FlateDecode");
      s->GetDictionary().AddKey(PdfName("N"), integer(n));
      ref = s->Reference();
    }
    PdfArray a;
    a.push_back(PdfName("ICCBased"));
    a.push_back(*ref);
    return a;
  }
  PoDoFo::PdfMemDocument& pdf_;
  C c_;
  std::optional<PoDoFo::PdfReference> rgb_, cmyk_;
};

PdfObject* image_object(PoDoFo::PdfMemDocument& pdf, const Raster& r) {
  PdfObject* o = pdf.GetObjects().CreateObject("XObject");
  PdfDictionary& d = o->GetDictionary();
  d.AddKey(PdfName("Subtype"), PdfName("Image"));
  d.AddKey(PdfName("Width"), integer(r.width));
  d.AddKey(PdfName("Height"), integer(r.height));
  d.AddKey(PdfName("BitsPerComponent"), integer(8));
  return o;
}

PoDoFo::PdfReference add_picture(PoDoFo::PdfMemDocument& pdf, const std::string& path,
                                 Spaces& spaces) {
  const std::string bytes = read_file(path);
  const Raster r = read_raster(bytes, path);
  PdfObject* o = image_object(pdf, r);
  PdfDictionary& d = o->GetDictionary();
  if (r.kind == Raster::Kind::Jpeg) {
    d.AddKey(PdfName("ColorSpace"), spaces.of(r.components));
    if (r.adobe_cmyk) {
      PdfArray decode;
      for (int i = 0; i < 4; ++i) decode.push_back(integer(1)), decode.push_back(integer(0));
      d.AddKey(PdfName("Decode"), decode);
    }
    set_stream(o, bytes, "DCTDecode");  // the file's data, byte for byte
    return o->Reference();
  }
  if (!r.palette.empty()) {
    PdfArray indexed;
    indexed.push_back(PdfName("Indexed"));
    indexed.push_back(spaces.of(3));
    indexed.push_back(integer(static_cast<long long>(r.palette.size() / 3) - 1));
    // The lookup table as a hex string of bytes (not text: no encoding applied).
    indexed.push_back(
        PoDoFo::PdfString(r.palette.data(), static_cast<PoDoFo::pdf_long>(r.palette.size()), true));
    d.AddKey(PdfName("ColorSpace"), indexed);
  } else {
    d.AddKey(PdfName("ColorSpace"), spaces.of(r.components));
  }
  set_stream(o, deflate_bytes(r.pixels), "FlateDecode");
  if (!r.alpha.empty()) {
    PdfObject* mask = image_object(pdf, r);
    mask->GetDictionary().AddKey(PdfName("ColorSpace"), PdfName("DeviceGray"));
    set_stream(mask, deflate_bytes(r.alpha), "FlateDecode");
    d.AddKey(PdfName("SMask"), mask->Reference());
  }
  return o->Reference();
}

}  // namespace

std::vector<PoDoFo::PdfReference> add_pictures(PoDoFo::PdfMemDocument& pdf,
                                               const std::vector<std::string>& files,
                                               pages::Conformance conformance) {
  Spaces spaces(pdf, conformance);
  std::vector<PoDoFo::PdfReference> refs;
  for (const auto& f : files) refs.push_back(add_picture(pdf, f, spaces));
  return refs;
}

}  // namespace wz::pdf
