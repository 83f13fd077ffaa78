// base/output: the one way wenzhai writes a file.
// Consumes: output paths and their bytes. Produces: the files, written so that nothing is
// lost or leaked: each output goes to a fresh temporary file in its own directory, created
// with O_CREAT|O_EXCL|O_NOFOLLOW under an unpredictable name (a planted symlink is never
// followed), every write and the close checked (ENOSPC, EFBIG, EIO are errors naming the
// file), fsync'ed; then all the outputs of one build are renamed into place one right
// after the other and the directory is synced. When a rename fails, the outputs renamed
// before it are put back (the old files are kept as hard links until all renames succeed),
// or the error says exactly which output is new and which is old. Temporary files left by
// a killed build of the same output name are removed on the next build.
#pragma once
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace wz {

// One output in progress: its temporary file, open for writing.
class TempOutput {
 public:
  // Checks the directory, removes stale temporaries of this name, creates the temp file.
  explicit TempOutput(std::string path);
  ~TempOutput();  // removes the temporary file unless committed
  TempOutput(const TempOutput&) = delete;
  TempOutput& operator=(const TempOutput&) = delete;

  void write(std::string_view bytes);  // all of it, or wz::Error
  void finish();                       // fsync + close, checked
  const std::string& path() const { return path_; }
  const std::string& temp_path() const { return temp_; }

 private:
  friend void commit_outputs(const std::vector<TempOutput*>& outs);
  std::string path_, temp_;
  int fd_ = -1;
  bool committed_ = false;
};

// Renames finished outputs into place, one right after the other, then syncs their
// directories. On a failed rename, restores the outputs renamed before it and throws a
// wz::Error that names each output and whether it is now new or old.
void commit_outputs(const std::vector<TempOutput*>& outs);

// `bytes` to `path` through a TempOutput; several outputs committed together.
void write_file_atomic(const std::string& path, std::string_view bytes);
struct OutputBytes {
  std::string path;
  std::string_view bytes;
};
void write_files_atomic(const std::vector<OutputBytes>& outputs);

namespace testing {
// Called before the rename of outs[index] in commit_outputs; a test throws from it to
// simulate a failure (or a kill) between two renames. Empty = none.
void set_commit_hook(std::function<void(size_t index)> hook);
// The random part of temporary names; a test makes it predictable to plant symlinks at
// the names wenzhai will try. Empty = random.
void set_temp_suffix_source(std::function<std::string()> source);
}  // namespace testing

}  // namespace wz
