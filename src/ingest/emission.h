// ingest/emission: how well each role fits one line, on its own evidence.
// Consumes the page evidence (evidence.h). Produces a score per (line, role) in points
// (log-odds-like: 1 mild, 3 strong, 6 near certain; -inf impossible). The decoder adds
// the scores of the article grammar's transitions (decode.cpp). The weights are named
// in emission.cpp with the reason beside each.
#pragma once
#include "ingest/decode.h"
#include "ingest/evidence.h"

namespace wz::ingest {

double emission(const PageEvidence& ev, size_t i, Role r);

}  // namespace wz::ingest
