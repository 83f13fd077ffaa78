// base/error: the one error type of wenzhai.
// Consumes: nothing. Produces: wz::Error, thrown by every stage for bad input, carrying
// where (file, line, byte offset, key) and what is wrong, so that the CLI can print
// "FILE:LINE: message" and exit non-zero.
#pragma once
#include <cstdint>
#include <stdexcept>
#include <string>

namespace wz {

// Where something came from in the user's input. line and column are 1-based; 0 = unknown.
struct SourcePos {
  std::string file;
  int line = 0;
  std::int64_t byte = -1;  // byte offset in the file, -1 = unknown
  int column = 0;          // of the key or value at fault (TOML files), in characters
  std::string key = "";    // the manifest or layout key at fault ("issues[2].layout"), or ""

  std::string str() const;  // "file:line:column" / "file:line" / "file: byte N" / "file"
};

class Error : public std::runtime_error {
 public:
  explicit Error(const std::string& what) : std::runtime_error(what) {}
  Error(const SourcePos& pos, const std::string& what)
      : std::runtime_error(pos.str().empty() ? what : pos.str() + ": " + what), pos_(pos) {}
  const SourcePos& pos() const { return pos_; }

 private:
  SourcePos pos_;
};

// An output that could not be written (a full disk, a missing or unwritable directory):
// the CLI exits 3 for it, 1 for an error in the input.
class OutputError : public Error {
 public:
  using Error::Error;
};

}  // namespace wz
