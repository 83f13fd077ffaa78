#include "pdf/pictures.h"

#include <algorithm>
#include <chrono>
#include <optional>

#include "base/error.h"
#include "base/file.h"
#include "base/image.h"
#include "base/picture_store.h"
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

PdfArray inverted_decode() {
  PdfArray decode;
  for (int i = 0; i < 4; ++i) decode.push_back(integer(1)), decode.push_back(integer(0));
  return decode;
}

// The JPEG data as the file has it (DCTDecode, byte for byte), or a shrunk picture's
// re-encoding; an Adobe CMYK JPEG keeps its inverted samples with /Decode 1 0 ….
void jpeg_stream(PdfObject* o, const Raster& r, const std::string& data, Spaces& spaces) {
  PdfDictionary& d = o->GetDictionary();
  d.AddKey(PdfName("ColorSpace"), spaces.of(r.components));
  if (r.adobe_cmyk) d.AddKey(PdfName("Decode"), inverted_decode());
  set_stream(o, data, "DCTDecode");
}

// Decoded pixels, Flate-compressed: grey, RGB, CMYK or palette indices; alpha as an SMask.
void pixel_stream(PoDoFo::PdfMemDocument& pdf, PdfObject* o, const Raster& r, Spaces& spaces) {
  PdfDictionary& d = o->GetDictionary();
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
  if (r.adobe_cmyk) d.AddKey(PdfName("Decode"), inverted_decode());
  set_stream(o, deflate_bytes(r.pixels), "FlateDecode");
  if (!r.alpha.empty()) {
    PdfObject* mask = image_object(pdf, r);
    mask->GetDictionary().AddKey(PdfName("ColorSpace"), PdfName("DeviceGray"));
    set_stream(mask, deflate_bytes(r.alpha), "FlateDecode");
    d.AddKey(PdfName("SMask"), mask->Reference());
  }
}

// One copy of a picture file (`r` read from `bytes`) as an image XObject: the file itself
// when `to` is its size, else `decoded` (decode_picture of the file, at least `to`) shrunk
// to `to`. (A shrunk CMYK JPEG goes in as Flate pixels: libjpeg would write an Adobe marker
// whatever the file's CMYK convention was.)
PoDoFo::PdfReference add_copy(PoDoFo::PdfMemDocument& pdf, const std::string& path,
                              const std::string& bytes, const Raster& r, const Raster& decoded,
                              Size to, Spaces& spaces, WriteStats& st) {
  const bool shrink = to.width != r.width || to.height != r.height;
  Raster shrunk;
  if (shrink) shrunk = shrink_decoded(decoded, to), ++st.pictures_shrunk;
  const Raster& out = shrink ? shrunk : r;
  PdfObject* o = image_object(pdf, out);
  if (out.kind == Raster::Kind::Jpeg && !shrink)
    jpeg_stream(o, out, bytes, spaces);
  else if (out.kind == Raster::Kind::Jpeg && out.components != 4)
    jpeg_stream(o, out, encode_jpeg(out, path), spaces);
  else
    pixel_stream(pdf, o, out, spaces);  // a PNG, or a shrunk CMYK JPEG
  return o->Reference();
}

// The sizes one file is needed at (each as fit_within gives it) grouped, largest first: a
// size within kShareSlack under a larger one shares that one's copy (no placement drawn
// under image_max_dpi; none more than kShareSlack over it). `copies` gets the sizes chosen,
// the largest first; returns, per wanted size, the copy serving it.
std::vector<int> share_copies(const std::vector<Size>& wanted, std::vector<Size>& copies) {
  std::vector<size_t> order(wanted.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return wanted[a].width > wanted[b].width; });
  std::vector<int> serve(wanted.size(), -1);
  copies.clear();  // largest first (the file's own size, when it is used, leads)
  for (size_t i : order) {
    if (copies.empty() || wanted[i].width * kShareSlack < copies.back().width)
      copies.push_back(wanted[i]);
    serve[i] = static_cast<int>(copies.size()) - 1;
  }
  return serve;
}

}  // namespace

PicturePlan plan_pictures(const pages::Document& doc) {
  constexpr double kRoundingSlack = 1e-6;  // 144 pt at 300 dpi is 600 px, not 599.99…
  auto px = [&](double pt) {
    return std::max(1, static_cast<int>(pt / 72.0 * doc.image_max_dpi + kRoundingSlack));
  };
  // Per image, the size each placement wants (page, item order).
  std::vector<std::vector<Size>> wanted(doc.images.size());
  std::vector<Size> file(doc.images.size());
  for (const auto& page : doc.pages)
    for (const auto& it : page.items) {
      if (it.kind() != pages::Item::Kind::Picture) continue;
      const size_t i = static_cast<size_t>(it.picture().image);
      if (wanted.at(i).empty()) {
        const Image h = doc.pictures ? doc.pictures->file(doc.images[i])  // read already
                                     : image_header(doc.images[i], "image");
        file[i] = {h.width, h.height};
      }
      wanted[i].push_back(
          fit_within(file[i].width, file[i].height, px(it.picture().w), px(it.picture().h)));
    }
  PicturePlan plan;
  std::vector<std::vector<int>> serve(doc.images.size());
  std::vector<int> first(doc.images.size(), 0);  // each image's first copy in plan.copies
  for (size_t i = 0; i < doc.images.size(); ++i) {
    std::vector<Size> sizes;
    serve[i] = share_copies(wanted[i], sizes);
    first[i] = static_cast<int>(plan.copies.size());
    for (Size s : sizes) plan.copies.push_back({static_cast<int>(i), s});
  }
  std::vector<size_t> next(doc.images.size(), 0);  // placements of each image seen so far
  plan.placed.resize(doc.pages.size());
  for (size_t p = 0; p < doc.pages.size(); ++p)
    for (const auto& it : doc.pages[p].items) {
      if (it.kind() != pages::Item::Kind::Picture) continue;
      const size_t i = static_cast<size_t>(it.picture().image);
      plan.placed[p].push_back(first[i] + serve[i][next[i]++]);
    }
  return plan;
}

std::vector<PoDoFo::PdfReference> add_pictures(PoDoFo::PdfMemDocument& pdf,
                                               const pages::Document& doc, const PicturePlan& plan,
                                               WriteStats& st) {
  const auto t0 = std::chrono::steady_clock::now();
  Spaces spaces(pdf, doc.conformance);
  PictureStore own;  // the build's (read and decoded by the check), else read here once
  PictureStore& store = doc.pictures ? *doc.pictures : own;
  std::vector<PoDoFo::PdfReference> refs;
  for (size_t c = 0; c < plan.copies.size();) {  // the copies of one file
    const int image = plan.copies[c].image;
    const std::string& path = doc.images[static_cast<size_t>(image)];
    const std::string& bytes = store.file(path).bytes;
    const std::shared_ptr<const Raster> raster = store.raster(path);
    const Raster& r = *raster;
    size_t end = c;
    Size largest;  // the largest copy smaller than the file: the one decode serves them all
    for (; end < plan.copies.size() && plan.copies[end].image == image; ++end) {
      const Size s = plan.copies[end].size;
      if (s.width != r.width || s.height != r.height)
        largest = {std::max(largest.width, s.width), std::max(largest.height, s.height)};
    }
    const auto decoded = largest.width > 0 ? store.pixels(path, largest) : raster;
    for (; c < end; ++c)
      refs.push_back(add_copy(pdf, path, bytes, r, *decoded, plan.copies[c].size, spaces, st));
  }
  st.pictures = static_cast<int>(doc.images.size());
  st.ms_pictures =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  return refs;
}

}  // namespace wz::pdf
