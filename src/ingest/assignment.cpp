#include "ingest/assignment.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/maximum_weighted_matching.hpp>
#include <cmath>

namespace wz::ingest {

namespace {

// Scores are compared as integers: hundredths of a point.
constexpr double kScale = 100.0;

using Graph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                          boost::property<boost::edge_weight_t, long>>;

}  // namespace

std::vector<int> best_assignment(int n_left, int n_right, const std::vector<Candidate>& cands) {
  std::vector<int> out(n_left, -1);
  Graph g(n_left + n_right);
  bool any = false;
  for (const auto& c : cands) {
    long w = std::lround(c.score * kScale);
    if (w <= 0) continue;
    boost::add_edge(c.left, n_left + c.right, w, g);
    any = true;
  }
  if (!any) return out;
  std::vector<boost::graph_traits<Graph>::vertex_descriptor> mate(n_left + n_right);
  boost::maximum_weighted_matching(g, &mate[0]);
  for (int l = 0; l < n_left; ++l) {
    auto m = mate[l];
    if (m != boost::graph_traits<Graph>::null_vertex() && static_cast<int>(m) >= n_left)
      out[l] = static_cast<int>(m) - n_left;
  }
  return out;
}

}  // namespace wz::ingest
