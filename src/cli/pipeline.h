// cli/pipeline: the build, step by step — manifest → ingest → model → (typeset → pdf) and
// (epub). Consumes: a manifest path and options. Produces: the outputs and a summary.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/document.h"
#include "model/layout.h"

namespace wz::cli {

struct Paths {
  std::vector<std::string> layout_dirs;  // project layouts/, $WENZHAI_LAYOUTS
  std::vector<std::string> font_dirs;    // project fonts/, the manifest's fonts/
};
Paths default_paths(const std::string& manifest_path);

// --split: the whole digest only (None), each issue in files of its own besides the whole
// (Issues), or instead of it (IssuesOnly). An issue's files are OUT/<stem>-issue-NN.pdf and
// .epub, NN its place in the manifest from 01 (part_stem).
enum class Split { None, Issues, IssuesOnly };
std::string part_stem(const std::string& stem, size_t issue_index);

struct BuildOptions {
  std::string out_dir = "output";
  bool pdf = true, epub = true;
  bool quiet = false, json = false;
  std::optional<model::OutputProfile> profile;  // --profile: overrides [options] profile
  bool allow_outside = false;  // --allow-outside: inputs from anywhere (base/confine.h)
  Split split = Split::None;
  int repeat = 1;  // bench --scale: the manifest's issues this many times over, in order
};

struct Summary {
  int issues = 0, articles = 0, pages = 0;
  model::OutputProfile profile = model::OutputProfile::Screen;
  std::string pdf_path, epub_path;  // the whole digest's ("" when not written)
  std::vector<std::string> parts;   // --split: each issue's PDF and EPUB, in issue order
  // pages and bytes: the whole digest's; under --split issues-only, the issues' sums
  size_t pdf_bytes = 0, epub_bytes = 0;
  std::vector<std::string> fonts, warnings;
  std::vector<std::string> review;  // ingest's doubtful decisions, "page:line: kind: message"
  double ms_ingest = 0, ms_typeset = 0, ms_pdf = 0, ms_epub = 0, ms_write = 0, ms_total = 0;
  // Reading the layouts and finding their fonts (fontconfig: its FcInit costs about 30 M
  // instructions on a process's first build), after ingest and apart from it.
  double ms_layouts = 0;
  // Ingest's CPU time, all its threads (pages are read in parallel): steadier than its
  // wall time on a busy machine.
  double cpu_ms_ingest = 0;
  // What pictures cost: the check before rendering (between ingest and typeset, in no
  // stage above), reading and shrinking them for the PDF (part of pdf) and the EPUB (part
  // of epub).
  double ms_pictures_check = 0, ms_pictures_pdf = 0, ms_pictures_epub = 0;
  int pictures = 0, pictures_shrunk = 0;  // files (the EPUB's, cover included); shrunk for the PDF
  int picture_decodes = 0;  // times a picture file's data was decoded (base/picture_store.h)
};

// Manifest + every source ingested, an issue's pages as one (jumps across them joined);
// progress per issue on stderr unless quiet. Ingest's doubtful decisions go to `review`
// ("page:line: kind: message") when it is given.
// Inputs must resolve inside the manifest's tree unless allow_outside (base/confine.h).
// `repeat` > 1 reads the manifest's issues that many times over (a larger digest of the
// same pages, for `bench --scale`).
model::Digest load_digest(const std::string& manifest, bool quiet,
                          std::vector<std::string>* review = nullptr, bool allow_outside = false,
                          int repeat = 1);
// The issues' layouts; a font a layout names by file must be a regular file inside the font
// folders, fontconfig's directories or the digest's input roots.
std::vector<model::Layout> load_layouts(const model::Digest& d, const Paths& paths);

struct Rebuild;  // cli/rebuild.h
// With `rb` (watch), the steps and outputs whose inputs are the last build's are kept.
Summary build(const std::string& manifest, const BuildOptions& opt, Rebuild* rb = nullptr);
std::string summary_text(const Summary& s);
std::string summary_json(const Summary& s);
// An error as one JSON line for --json: {"error": {"file", "line", "byte", "message", "kind"}}.
std::string error_json(const Error& e, const char* kind);
// `s` as the inside of a JSON string (quotes, backslashes and control characters escaped).
std::string json_escape(const std::string& s);

// Exit codes (README "Using it"): 0 ok, 1 an error in the input, 2 a usage error (an
// unknown command or option, contradictory flags), 3 an output that could not be written.
constexpr int kInputError = 1, kUsageError = 2, kOutputError = 3;
// An error on standard error, or under --json as one JSON line on standard output;
// returns `code`.
int report_error(const Error& e, const char* kind, bool json, int code);

}  // namespace wz::cli
