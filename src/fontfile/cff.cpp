#include "fontfile/cff.h"

#include <algorithm>
#include <string>

#include "base/error.h"

namespace wz::fontfile {
namespace {

struct Reader {
  std::string_view d;
  size_t at(size_t off, size_t n) const {
    if (off > d.size() || n > d.size() - off) throw Error("CFF table truncated");
    return off;
  }
  unsigned u8(size_t off) const { return static_cast<unsigned char>(d[at(off, 1)]); }
  unsigned u16(size_t off) const { return u8(off) << 8 | u8(off + 1); }
  unsigned uN(size_t off, unsigned n) const {
    unsigned v = 0;
    for (unsigned i = 0; i < n; ++i) v = v << 8 | u8(off + i);
    return v;
  }
};

struct Index {
  unsigned count = 0;
  size_t first_data = 0;  // byte before the data ("offsets are 1-based from here")
  unsigned off_size = 0;
  size_t offsets = 0, end = 0;
};

Index read_index(const Reader& r, size_t off) {
  Index ix;
  ix.count = r.u16(off);
  if (ix.count == 0) {
    ix.end = off + 2;
    return ix;
  }
  ix.off_size = r.u8(off + 2);
  if (ix.off_size < 1 || ix.off_size > 4) throw Error("CFF INDEX has a bad offSize");
  ix.offsets = off + 3;
  ix.first_data = ix.offsets + (ix.count + 1) * ix.off_size - 1;
  ix.end = ix.first_data + r.uN(ix.offsets + ix.count * ix.off_size, ix.off_size);
  return ix;
}

// Top DICT operands we need: ROS present, charset (15), CharStrings (17).
struct TopDict {
  bool ros = false;
  long charset = 0, charstrings = -1;
};

TopDict read_top_dict(const Reader& r, size_t p, size_t end) {
  TopDict t;
  long operands[48];
  int n = 0;
  while (p < end) {
    unsigned b = r.u8(p++);
    long v = 0;
    if (b >= 32 && b <= 246) {
      v = static_cast<long>(b) - 139;
    } else if (b >= 247 && b <= 250) {
      v = (static_cast<long>(b) - 247) * 256 + r.u8(p++) + 108;
    } else if (b >= 251 && b <= 254) {
      v = -(static_cast<long>(b) - 251) * 256 - r.u8(p++) - 108;
    } else if (b == 28) {
      v = static_cast<int16_t>(r.u16(p)), p += 2;
    } else if (b == 29) {
      v = static_cast<int32_t>(r.uN(p, 4)), p += 4;
    } else if (b == 30) {  // real: skip nibbles up to the 0xf terminator
      while ((r.u8(p) & 0x0f) != 0x0f && (r.u8(p) >> 4) != 0x0f) ++p;
      ++p;
    } else {  // operator
      unsigned op = b == 12 ? 1200 + r.u8(p++) : b;
      if (op == 1230) t.ros = true;
      if (op == 15 && n > 0) t.charset = operands[n - 1];
      if (op == 17 && n > 0) t.charstrings = operands[n - 1];
      n = 0;
      continue;
    }
    if (n < 48) operands[n++] = v;
  }
  return t;
}

// The charset's (first GID, first CID, count) ranges, in GID order (format 0 as ranges of
// one); only glyphs below `glyphs`.
struct CidRange {
  int gid;
  unsigned cid, count;
};

std::vector<CidRange> read_charset(const Reader& r, size_t p, int glyphs) {
  std::vector<CidRange> out;
  const unsigned fmt = r.u8(p++);
  int gid = 1;
  if (fmt == 0) {
    for (; gid < glyphs; ++gid, p += 2) out.push_back({gid, r.u16(p), 1});
  } else if (fmt == 1 || fmt == 2) {
    while (gid < glyphs) {
      const unsigned first = r.u16(p);
      const unsigned left = fmt == 1 ? r.u8(p + 2) : r.u16(p + 2);
      p += fmt == 1 ? 3 : 4;
      const unsigned n = std::min<unsigned>(left + 1, static_cast<unsigned>(glyphs - gid));
      out.push_back({gid, first, n});
      gid += static_cast<int>(n);
    }
  } else {
    throw Error("CFF charset format " + std::to_string(fmt) + " is unknown");
  }
  return out;
}

}  // namespace

CffInfo read_cff(std::string_view cff, bool charset) {
  Reader r{cff};
  size_t hdr = r.u8(2);
  Index names = read_index(r, hdr);
  Index top = read_index(r, names.end);
  if (top.count < 1) throw Error("CFF has no Top DICT");
  size_t t0 = top.first_data + r.uN(top.offsets, top.off_size);
  size_t t1 = top.first_data + r.uN(top.offsets + top.off_size, top.off_size);
  TopDict td = read_top_dict(r, t0, t1);
  if (td.charstrings < 0) throw Error("CFF Top DICT has no CharStrings");
  CffInfo info;
  info.cid_keyed = td.ros;
  info.glyphs = static_cast<int>(r.u16(static_cast<size_t>(td.charstrings)));
  if (!info.cid_keyed || !charset) return info;  // name-keyed: CIDs are used as GIDs
  if (td.charset <= 2) throw Error("CID-keyed CFF with a predefined charset");
  // A CJK face has 65,535 glyphs in a few ranges: identity is judged by range, and the
  // map is written out only when some glyph's CID is not its GID.
  const std::vector<CidRange> ranges =
      read_charset(r, static_cast<size_t>(td.charset), info.glyphs);
  for (const CidRange& c : ranges) info.identity = info.identity && c.cid == unsigned(c.gid);
  if (info.identity) return info;
  info.gid2cid.assign(info.glyphs, 0);
  for (const CidRange& c : ranges)
    for (unsigned i = 0; i < c.count; ++i)
      info.gid2cid[c.gid + i] = static_cast<std::uint16_t>(c.cid + i);
  return info;
}

}  // namespace wz::fontfile
