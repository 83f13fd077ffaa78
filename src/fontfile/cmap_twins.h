// fontfile/cmap_twins: a cmap's twin encoding records, set aside and put back.
// Consumes: a cmap table's bytes. Produces: the same table without its Unicode-platform
// records that point at a Windows record's subtable (a CJK face's (0,3) and (0,4) share
// the subtables of (3,1) and (3,10)), and a cut cmap with those records put back.
// Why: HarfBuzz 6.0's cmap subsetter reads the code points of every record's subtable
// (cached by record, not by subtable), so a face's large subtables were read twice when
// subset.cpp cuts its cmap; a record pointing at a twin's subtable says the same.
// Stage rules: bytes only; fontfile/subset.cpp uses it.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace wz::fontfile {

struct CmapRecord {
  std::uint16_t platform = 0, encoding = 0;
  std::uint32_t offset = 0;  // of its subtable, from the table's start
};

// The table's encoding records, in order; empty when the table is too short for them.
std::vector<CmapRecord> cmap_records(std::string_view cmap);

// `cmap` without its platform-0 records whose subtable a platform-3 record shares (their
// (platform, encoding) go to `twins`, each with its twin's); "" when it has none, or when
// a subtable lies inside the record array (then nothing can be moved).
std::string without_twins(std::string_view cmap,
                          std::vector<std::pair<CmapRecord, CmapRecord>>& twins);

// `cut` (a cmap made from without_twins' table) with each set-aside record put back,
// sharing its twin's subtable, where the twin is still there; records in (platform,
// encoding) order. `cut` itself when no twin is left.
std::string with_twins(std::string_view cut,
                       const std::vector<std::pair<CmapRecord, CmapRecord>>& twins);

}  // namespace wz::fontfile
