// ingest/assignment: the best one-to-one pairing of two sets under scores.
// Consumes scored candidate pairs (left item, right item, score). Produces, for each left
// item, the right item it is paired with (or -1), maximising the total score over all
// pairings (Boost.Graph's maximum_weighted_matching, Edmonds' algorithm). Used to pair
// the cut ends of a page's paragraphs with their continuations (reorder.h).
#pragma once
#include <vector>

namespace wz::ingest {

struct Candidate {
  int left = 0, right = 0;
  double score = 0;  // only pairs with a positive score are taken
};

std::vector<int> best_assignment(int n_left, int n_right, const std::vector<Candidate>& cands);

}  // namespace wz::ingest
