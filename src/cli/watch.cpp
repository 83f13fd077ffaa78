#include "cli/watch.h"

#include <poll.h>
#include <signal.h>
#include <sys/inotify.h>
#include <sys/signalfd.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <map>
#include <optional>
#include <set>

#include "base/error.h"
#include "cli/rebuild.h"
#include "model/layout.h"
#include "model/manifest.h"

namespace wz::cli {
namespace {

namespace fs = std::filesystem;

// An editor's save is a burst of events (write, close, rename, chmod; several files for
// "save all"): the rebuild waits until the inputs have been quiet this long, so one save
// is one rebuild.
constexpr int kQuietMs = 150;

// A file descriptor with an owner.
class Fd {
 public:
  explicit Fd(int fd) : fd_(fd) {}
  ~Fd() {
    if (fd_ >= 0) close(fd_);
  }
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  int get() const { return fd_; }

 private:
  int fd_;
};

std::string normal(const std::string& path) {
  std::error_code ec;
  return fs::absolute(path, ec).lexically_normal().string();
}

// The inotify watches, one per directory that holds an input.
struct Watches {
  int fd;
  std::map<int, std::string> dirs;  // watch descriptor -> directory

  void add(const std::vector<std::string>& inputs) {
    constexpr uint32_t kEvents = IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_DELETE;
    for (const auto& f : inputs) {
      std::string dir = fs::path(f).parent_path().string();
      int wd = inotify_add_watch(fd, dir.c_str(), kEvents);
      if (wd >= 0) dirs[wd] = dir;  // the same directory gives the same wd
      // A directory that is gone cannot be watched; the build reports the missing file.
    }
  }
};

// Reads the pending events; adds to `changed` the inputs they touch.
void read_events(Watches& w, const std::set<std::string>& inputs, std::set<std::string>& changed) {
  alignas(inotify_event) char buf[1 << 14];
  for (;;) {
    ssize_t n = read(w.fd, buf, sizeof buf);
    if (n <= 0) return;  // EAGAIN: nothing more for now
    for (char* p = buf; p < buf + n;) {
      auto* e = reinterpret_cast<inotify_event*>(p);
      p += sizeof(inotify_event) + e->len;
      if (e->mask & IN_IGNORED) {
        w.dirs.erase(e->wd);
        continue;
      }
      auto it = w.dirs.find(e->wd);
      if (it == w.dirs.end() || e->len == 0) continue;
      std::string path = (fs::path(it->second) / e->name).string();
      if (inputs.count(path)) changed.insert(path);
    }
  }
}

// Waits until an input changes (then until the inputs are quiet) and returns the changed
// files; nothing when SIGINT or SIGTERM arrives first.
std::optional<std::set<std::string>> wait_for_change(Watches& w, int sig_fd,
                                                     const std::vector<std::string>& list) {
  std::set<std::string> inputs(list.begin(), list.end()), changed;
  pollfd fds[2] = {{w.fd, POLLIN, 0}, {sig_fd, POLLIN, 0}};
  for (;;) {
    int ready = poll(fds, 2, changed.empty() ? -1 : kQuietMs);
    if (ready < 0 && errno == EINTR) continue;
    if (ready < 0) throw Error(std::string("watch: poll failed: ") + std::strerror(errno));
    if (fds[1].revents & POLLIN) return std::nullopt;
    if (ready == 0) return changed;  // quiet after a change
    read_events(w, inputs, changed);
  }
}

std::string names(const std::set<std::string>& files) {
  std::string o;
  for (const auto& f : files) {
    std::error_code ec;
    fs::path rel = fs::relative(f, ec);
    o += (o.empty() ? "" : ", ") + (ec || rel.empty() ? f : rel.string());
  }
  return o;
}

// What a build left out, for its report line: "" when it did everything.
std::string kept(const Rebuild& rb) {
  std::string o;
  auto add = [&o](const char* what) { o += (o.empty() ? " (" : "; ") + std::string(what); };
  if (rb.ingest_reused) add("pages not read again");
  if (rb.pdf_kept) add("PDF kept");
  if (rb.epub_kept) add("EPUB kept");
  return o.empty() ? o : o + ": inputs unchanged)";
}

// One build, reported; returns its exit code (0, 1 input error, 3 output error). `rb`
// carries what the last build made, so that this one does only what changed.
int build_once(const std::string& manifest, const BuildOptions& opt, Rebuild& rb) {
  auto t0 = std::chrono::steady_clock::now();
  auto ms = [&] {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  };
  int code = 0;
  try {
    Summary s = build(manifest, opt, &rb);
    std::cout << (opt.json ? summary_json(s) : (opt.quiet ? "" : summary_text(s)));
  } catch (const OutputError& e) {
    code = report_error(e, "output", opt.json, kOutputError);
  } catch (const Error& e) {
    code = report_error(e, "input", opt.json, kInputError);
  } catch (const std::exception& e) {  // a bug; the next save may still build
    std::cerr << "wenzhai: internal error: " << e.what() << "\n";
    code = kUsageError;
  }
  std::cout.flush();
  char line[256];
  std::snprintf(line, sizeof line, "wenzhai watch: %s in %.0f ms%s\n",
                code == 0 ? "built" : "build failed", ms(), code == 0 ? kept(rb).c_str() : "");
  std::cerr << line;
  return code;
}

}  // namespace

std::vector<std::string> watched_inputs(const std::string& manifest, const BuildOptions& opt) {
  std::set<std::string> files{normal(manifest)};
  try {
    model::Digest d = model::load_manifest(manifest, {opt.allow_outside});
    Paths paths = default_paths(manifest);
    std::string base = fs::path(manifest).parent_path().string();
    if (!d.options.cover_image.empty()) files.insert(normal(d.options.cover_image));
    for (const auto& is : d.issues) {
      for (const auto& s : is.sources) files.insert(normal(s));
      files.insert(normal(model::layout_file(is.layout, base, paths.layout_dirs, is.layout_pos)));
    }
  } catch (const Error&) {
    // The build reports it; until the manifest is mended only it is certain to matter.
  }
  return {files.begin(), files.end()};
}

int cmd_watch(const std::string& manifest, const WatchOptions& opt) {
  // SIGINT and SIGTERM are read from a descriptor between builds (the threads a build
  // starts inherit the mask), so a build always finishes and renames its outputs.
  sigset_t mask;
  sigemptyset(&mask);
  sigaddset(&mask, SIGINT);
  sigaddset(&mask, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &mask, nullptr);
  Fd sig(signalfd(-1, &mask, SFD_CLOEXEC));
  Fd ino(inotify_init1(IN_NONBLOCK | IN_CLOEXEC));
  if (sig.get() < 0 || ino.get() < 0)
    throw Error(std::string("watch: cannot watch files: ") + std::strerror(errno));
  Watches w{ino.get(), {}};
  std::vector<std::string> inputs, previous;
  Rebuild rb;
  for (int n = 1;; ++n) {
    inputs = watched_inputs(manifest, opt.build);
    if (inputs.size() == 1)  // a broken manifest: keep watching what it named before
      inputs.insert(inputs.end(), previous.begin(), previous.end());
    w.add(inputs);  // before the build: a change during it starts the next one
    int code = build_once(manifest, opt.build, rb);
    if (opt.max_builds > 0 && n >= opt.max_builds) return code;
    std::cerr << "wenzhai watch: watching " << inputs.size() << " files (Ctrl-C stops)\n";
    previous = inputs;
    auto changed = wait_for_change(w, sig.get(), inputs);
    if (!changed) {
      std::cerr << "wenzhai watch: stopped\n";
      return 0;
    }
    std::cerr << "wenzhai watch: changed " << names(*changed) << "; rebuilding\n";
  }
}

}  // namespace wz::cli
