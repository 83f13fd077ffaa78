#include "base/picture_store.h"

#include "base/error.h"
#include "base/file.h"

namespace wz {
namespace {

size_t pixel_bytes(const Raster& r) {
  return r.pixels.size() + r.alpha.size();
}

bool within(Size a, Size b) {
  return a.width <= b.width && a.height <= b.height;
}

}  // namespace

PictureStore::Entry& PictureStore::entry(const std::string& path, const char* what) {
  if (auto it = entries_.find(path); it != entries_.end()) return it->second;
  Entry e;
  std::string bytes = read_file(path);
  if (bytes.rfind("GIF87a", 0) == 0 || bytes.rfind("GIF89a", 0) == 0) {
    e.image = check_image(std::move(bytes), path, what);  // giflib, whole: nothing kept
    e.gif = true;
    ++e.decodes;
    return entries_.emplace(path, std::move(e)).first->second;
  }
  e.image = check_header(std::move(bytes), path, what);
  auto r = read(e, path, what);
  if (r->kind == Raster::Kind::Jpeg || kept_ + pixel_bytes(*r) <= kKeptPixelBytes)
    kept_ += pixel_bytes(*r), e.raster = std::move(r);  // else read again when asked for
  return entries_.emplace(path, std::move(e)).first->second;
}

std::shared_ptr<const Raster> PictureStore::read(Entry& e, const std::string& path,
                                                 const char* what) {
  try {
    auto r = std::make_shared<const Raster>(read_raster(e.image.bytes, path));
    if (r->kind == Raster::Kind::Png) ++e.decodes;
    return r;
  } catch (const Error&) {
    if (e.image.ext != "png") throw;  // a JPEG's header (read_raster says what is wrong)
    throw Error(SourcePos{path},
                std::string(what) + ": cannot decode the png image: the PNG data is damaged");
  }
}

std::shared_ptr<const Raster> PictureStore::raster_of(Entry& e, const std::string& path) {
  if (e.gif) throw Error(SourcePos{path}, "image: a GIF is not decoded for the outputs");
  return e.raster ? e.raster : read(e, path, "image");
}

void PictureStore::keep(std::shared_ptr<const Raster>& slot, std::shared_ptr<const Raster> r) {
  if (slot) kept_ -= pixel_bytes(*slot);
  slot.reset();
  if (!r || kept_ + pixel_bytes(*r) > kKeptPixelBytes) return;
  kept_ += pixel_bytes(*r);
  slot = std::move(r);
}

std::shared_ptr<const Raster> PictureStore::decode(Entry& e, const std::string& path,
                                                   Size at_least) {
  auto r = raster_of(e, path);
  if (r->kind == Raster::Kind::Jpeg) ++e.decodes;
  return std::make_shared<const Raster>(decode_picture(*r, e.image.bytes, path, at_least));
}

const Image& PictureStore::check(const std::string& path, const char* what, int copy_width) {
  std::lock_guard lock(mutex_);
  const bool known = entries_.count(path) > 0;
  Entry& e = entry(path, what);
  if (e.gif) return e.image;
  if (copy_width > 0) {
    const Size want = narrower_size(e.image, copy_width);
    if (!within(want, e.declared)) e.declared = want, keep(e.decoded, nullptr);
  }
  // A JPEG's data checked by its first decode: the declared one, kept; else the cheapest.
  if (!known && e.image.ext == "jpg") {
    const bool declared = e.declared.width > 0;
    auto d = decode(e, path, declared ? e.declared : Size{1, 1});
    if (declared) keep(e.decoded, std::move(d));
  }
  return e.image;
}

const Image& PictureStore::file(const std::string& path) {
  std::lock_guard lock(mutex_);
  return entry(path, "image").image;
}

std::shared_ptr<const Raster> PictureStore::raster(const std::string& path) {
  std::lock_guard lock(mutex_);
  Entry& e = entry(path, "image");
  return raster_of(e, path);
}

std::shared_ptr<const Raster> PictureStore::pixels(const std::string& path, Size at_least) {
  std::lock_guard lock(mutex_);
  Entry& e = entry(path, "image");
  if (e.image.ext == "png") {
    auto r = raster_of(e, path);
    if (r->palette.empty()) return r;  // decoded already, as decode_picture would give it
    if (e.decoded) return e.decoded;
    auto d = decode(e, path, at_least);  // the palette expanded
    keep(e.decoded, d);
    return d;
  }
  const bool declared = e.declared.width > 0 && within(at_least, e.declared);
  const Size want = declared ? e.declared : at_least;
  if (e.decoded) {
    const Size got = decoded_size(*raster_of(e, path), want);
    if (got.width == e.decoded->width && got.height == e.decoded->height) return e.decoded;
  }
  auto d = decode(e, path, want);
  if (declared) keep(e.decoded, d);
  return d;
}

int PictureStore::decodes(const std::string& path) const {
  std::lock_guard lock(mutex_);
  auto it = entries_.find(path);
  return it == entries_.end() ? 0 : it->second.decodes;
}

int PictureStore::decodes() const {
  std::lock_guard lock(mutex_);
  int n = 0;
  for (const auto& [path, e] : entries_) n += e.decodes;
  return n;
}

Image narrower_copy(PictureStore& store, const std::string& path, const char* what, int max_width) {
  Image img = store.check(path, what, max_width);
  const Size to = narrower_size(img, max_width);
  if (to.width == 0) return img;
  return written_copy(std::move(img), shrink_decoded(*store.pixels(path, to), to), path);
}

}  // namespace wz
