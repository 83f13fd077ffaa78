#include "cli/batch.h"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <iostream>
#include <map>
#include <mutex>
#include <thread>

#include "base/error.h"

namespace wz::cli {
namespace {

namespace fs = std::filesystem;

// What one digest of the batch printed (stdout, stderr) and how it ended.
struct Outcome {
  std::string out, err;
  int code = 0;
};

// {"manifest":"A.toml", …the rest of a summary or error line…}
std::string with_manifest(const std::string& json_line, const std::string& manifest) {
  return "{\"manifest\":\"" + json_escape(manifest) + "\"," + json_line.substr(1);
}

Outcome build_one(const std::string& manifest, const BuildOptions& opt, bool progress) {
  BuildOptions each = opt;
  each.quiet = !progress || opt.quiet;
  Outcome o;
  auto failed = [&](const Error& e, const char* kind, int code) {
    o.code = code;
    if (opt.json)
      o.out = with_manifest(error_json(e, kind), manifest) + "\n";
    else
      o.err = "wenzhai: error: " + std::string(e.what()) + "\n";
  };
  try {
    Summary s = build(manifest, each);
    if (opt.json)
      o.out = with_manifest(summary_json(s), manifest);
    else if (!opt.quiet)
      o.out = "wenzhai: built " + manifest + ": " + summary_text(s);
  } catch (const OutputError& e) {
    failed(e, "output", kOutputError);
  } catch (const Error& e) {
    failed(e, "input", kInputError);
  } catch (const std::exception& e) {  // a bug: reported, and the other digests go on
    o.code = kUsageError;
    o.err = "wenzhai: internal error: " + manifest + ": " + e.what() + "\n";
  }
  return o;
}

}  // namespace

std::string same_stems(const std::vector<std::string>& manifests) {
  std::map<std::string, std::string> seen;  // stem -> first manifest
  for (const auto& m : manifests) {
    std::string stem = fs::path(m).stem().string();
    auto [it, fresh] = seen.emplace(stem, m);
    if (!fresh)
      return m + " and " + it->second + " would both write " + stem +
             ".pdf and .epub in the output directory: rename one, or build them apart with "
             "different -o";
  }
  return "";
}

int build_batch(const std::vector<std::string>& manifests, const BuildOptions& opt, int jobs) {
  const size_t n = manifests.size();
  const bool progress = jobs == 1;  // with several jobs, progress lines would interleave
  std::vector<Outcome> done(n);
  std::vector<bool> finished(n, false);
  std::mutex mu;
  std::atomic<size_t> next_job{0};
  size_t next_print = 0;
  int worst = 0;
  auto worker = [&] {
    for (size_t i; (i = next_job++) < n;) {
      Outcome o = build_one(manifests[i], opt, progress);
      std::lock_guard<std::mutex> lock(mu);
      done[i] = std::move(o);
      finished[i] = true;
      for (; next_print < n && finished[next_print]; ++next_print) {  // in manifest order
        std::cout << done[next_print].out << std::flush;
        std::cerr << done[next_print].err;
        worst = std::max(worst, done[next_print].code);
      }
    }
  };
  std::vector<std::thread> pool;
  for (int k = 1; k < jobs && k < static_cast<int>(n); ++k) pool.emplace_back(worker);
  worker();
  for (auto& t : pool) t.join();
  return worst;
}

}  // namespace wz::cli
