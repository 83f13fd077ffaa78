// fontfile/cff: the little of a CFF table the writers must know: whether it is CID-keyed
// and which CID each glyph carries (the charset), because a CIDFontType0C program is
// addressed by CID while the page contract speaks in glyph ids.
// Consumes: the bytes of a `CFF ` table. Produces: CffInfo.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

namespace wz::fontfile {

struct CffInfo {
  bool cid_keyed = false;              // Top DICT has ROS (12 30)
  int glyphs = 0;                      // CharStrings count
  bool identity = true;                // CID == GID for every glyph
  std::vector<std::uint16_t> gid2cid;  // filled only when !identity (CID-keyed fonts)
};

// Throws wz::Error when the table is malformed. Without `charset`, only cid_keyed and
// glyphs are read (identity stays true, gid2cid empty).
CffInfo read_cff(std::string_view cff, bool charset = true);

}  // namespace wz::fontfile
