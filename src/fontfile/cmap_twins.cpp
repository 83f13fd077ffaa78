#include "fontfile/cmap_twins.h"

#include <algorithm>

namespace wz::fontfile {
namespace {

constexpr size_t kHeader = 4, kRecord = 8;  // version, count; platform, encoding, offset

std::uint32_t be(std::string_view t, size_t at, int bytes) {
  std::uint32_t v = 0;
  for (int k = 0; k < bytes; ++k) v = v << 8 | static_cast<unsigned char>(t[at + k]);
  return v;
}

void put(std::string& out, std::uint32_t v, int bytes) {
  for (int k = bytes - 1; k >= 0; --k) out += static_cast<char>((v >> (8 * k)) & 0xFF);
}

// `cmap` with `records` in place of its own (each subtable offset moved by the change of
// the record array's length; the subtables' bytes unchanged).
std::string with_records(std::string_view cmap, size_t old_count,
                         const std::vector<CmapRecord>& records) {
  const long shift = static_cast<long>(kRecord) *
                     (static_cast<long>(records.size()) - static_cast<long>(old_count));
  std::string out;
  put(out, 0, 2);
  put(out, static_cast<std::uint32_t>(records.size()), 2);
  for (const CmapRecord& r : records) {
    put(out, r.platform, 2);
    put(out, r.encoding, 2);
    put(out, static_cast<std::uint32_t>(r.offset + shift), 4);
  }
  out.append(cmap.substr(kHeader + kRecord * old_count));
  return out;
}

}  // namespace

std::vector<CmapRecord> cmap_records(std::string_view t) {
  std::vector<CmapRecord> out;
  if (t.size() < kHeader) return out;
  const size_t n = be(t, 2, 2);
  if (t.size() < kHeader + kRecord * n) return out;
  for (size_t i = 0; i < n; ++i) {
    const size_t at = kHeader + kRecord * i;
    out.push_back({static_cast<std::uint16_t>(be(t, at, 2)),
                   static_cast<std::uint16_t>(be(t, at + 2, 2)), be(t, at + 4, 4)});
  }
  return out;
}

std::string without_twins(std::string_view cmap,
                          std::vector<std::pair<CmapRecord, CmapRecord>>& twins) {
  const std::vector<CmapRecord> all = cmap_records(cmap);
  const size_t array_end = kHeader + kRecord * all.size();
  std::vector<CmapRecord> kept;
  for (const CmapRecord& r : all) {
    if (r.offset < array_end) return "";
    auto twin = std::find_if(all.begin(), all.end(), [&](const CmapRecord& o) {
      return o.platform == 3 && o.offset == r.offset;
    });
    if (r.platform == 0 && twin != all.end())
      twins.emplace_back(r, *twin);
    else
      kept.push_back(r);
  }
  if (twins.empty()) return "";
  return with_records(cmap, all.size(), kept);
}

std::string with_twins(std::string_view cut,
                       const std::vector<std::pair<CmapRecord, CmapRecord>>& twins) {
  const std::vector<CmapRecord> have = cmap_records(cut);
  std::vector<CmapRecord> records = have;
  for (const auto& [set_aside, twin] : twins) {
    auto there = std::find_if(have.begin(), have.end(), [&](const CmapRecord& r) {
      return r.platform == twin.platform && r.encoding == twin.encoding;
    });
    if (there != have.end())
      records.push_back({set_aside.platform, set_aside.encoding, there->offset});
  }
  if (records.size() == have.size()) return std::string(cut);
  std::stable_sort(records.begin(), records.end(), [](const CmapRecord& a, const CmapRecord& b) {
    return a.platform != b.platform ? a.platform < b.platform : a.encoding < b.encoding;
  });
  // with_records shifts every offset by the array's growth: the records taken from `cut`
  // hold its offsets, which is what it expects.
  return with_records(cut, have.size(), records);
}

}  // namespace wz::fontfile
