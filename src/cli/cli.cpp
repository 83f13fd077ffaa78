#include "cli/cli.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <iostream>
#include <optional>
#include <string_view>
#include <vector>

#include "base/error.h"
#include "base/file.h"
#include "base/suggest.h"
#include "cli/batch.h"
#include "cli/bench.h"
#include "cli/pipeline.h"
#include "cli/watch.h"
#include "ingest/encoding.h"
#include "ingest/ingest.h"
#include "ingest/review_html.h"
#include "model/dump.h"
#include "model/layout.h"
#include "preflight/preflight.h"
#include "typeset/fonts/font_library.h"
#include "typeset/page/typeset.h"

namespace wz::cli {
namespace {

namespace fs = std::filesystem;

// --profile NAME → the profile; none when not given. One parser: model's.
std::optional<model::OutputProfile> profile_option(const std::string& name) {
  if (name.empty()) return std::nullopt;
  model::OutputProfile p;
  if (!model::parse_output_profile(name, p))
    throw Error("--profile '" + name + "': not one of " + model::kOutputProfileNames);
  return p;
}

int cmd_build(const std::vector<std::string>& manifests, const BuildOptions& opt, int jobs) {
  if (manifests.size() > 1) {
    if (std::string why = same_stems(manifests); !why.empty())
      return report_error(Error(why), "usage", opt.json, kUsageError);
    return build_batch(manifests, opt, jobs);
  }
  const std::string& manifest = manifests.front();
  if (!opt.quiet && !opt.json) std::cerr << "wenzhai: building " << manifest << "\n";
  Summary s = build(manifest, opt);
  std::cout << (opt.json ? summary_json(s) : (opt.quiet ? "" : summary_text(s)));
  return 0;
}

struct SegmentOptions {
  std::vector<std::string> pages;  // paths; "-" = stdin
  std::string format = "md";
  std::string output;    // "" or "-" = stdout
  std::string encoding;  // "" = detect
  std::string review;    // HTML review page to write; "" = none
  bool normalize = true;
  bool structured = false;  // stdin is structured source
  bool quiet = false;
};

const char* kStdinName = "<stdin>";

std::string read_stdin() {
  std::string s;
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, stdin)) > 0) s.append(buf, n);
  if (std::ferror(stdin)) throw Error(SourcePos{kStdinName}, "cannot read standard input");
  return s;
}

// The pages of one issue -> its articles (md / json / text) on stdout or in --output.
int cmd_segment(const SegmentOptions& so) {
  ingest::Options opt;
  opt.normalize_punctuation = so.normalize;
  opt.encoding = so.encoding;
  if (!ingest::is_known_encoding(so.encoding))
    throw Error("--encoding '" + so.encoding +
                "': unknown encoding (ICU has no converter of that name; e.g. GB18030, GBK, Big5, "
                "UTF-16LE, UTF-16BE)");
  auto from_stdin = std::count(so.pages.begin(), so.pages.end(), "-");
  if (from_stdin > 1) throw Error("'-' (standard input) is given more than once");
  if (so.structured && !from_stdin)
    throw Error(
        "--structured is for a page read from standard input ('-'); a file is "
        "structured source when its name ends in .md");

  std::vector<ingest::PageInput> in;
  for (const auto& p : so.pages)
    in.push_back(p == "-" ? ingest::PageInput{kStdinName, read_stdin(), so.structured}
                          : ingest::PageInput{p, read_file(p), false});
  ingest::IssueReport issue = ingest::read_issue_pages(in, opt);

  const auto& arts = issue.articles;
  std::string out = so.format == "json"   ? ingest::write_segment_json(issue)
                    : so.format == "text" ? ingest::write_plain_text(arts)
                                          : ingest::write_structured(issue);
  if (!so.review.empty()) {
    write_file_atomic(so.review, ingest::write_review_html(issue.pages));
    if (!so.quiet) std::cerr << "wenzhai: wrote review page " << so.review << "\n";
  }
  if (so.output.empty() || so.output == "-") {
    std::cout << out;
  } else {
    write_file_atomic(so.output, out);
    if (!so.quiet) {
      std::cerr << "wenzhai: wrote " << so.output << " (" << arts.size() << " articles, "
                << issue.doubt_count() << " doubtful decisions)\n";
    }
  }
  return 0;
}

int cmd_dump(const std::string& manifest, bool pages, bool positions, bool allow_outside) {
  model::Digest d = load_digest(manifest, true, nullptr, allow_outside);
  if (!pages) {
    std::cout << model::dump(d, {positions});
    return 0;
  }
  Paths paths = default_paths(manifest);
  auto layouts = load_layouts(d, paths);
  typeset::FontLibrary fonts(paths.font_dirs);
  auto r = typeset::typeset_digest(d, layouts, fonts);
  std::cout << typeset::dump_lines(r.lines) << typeset::dump_pictures(r.doc);
  return 0;
}

// Checks a built PDF against the print or archive profile; exit 1 when a check fails.
int cmd_preflight(const std::string& file, const std::string& profile) {
  auto p = profile_option(profile);
  if (!p || *p == model::OutputProfile::Screen)
    throw Error("preflight --profile: print or archive (the screen profile promises nothing)");
  auto checks =
      preflight::run(file, *p == model::OutputProfile::Print ? preflight::Target::Print
                                                             : preflight::Target::Archive);
  std::cout << "wenzhai preflight " << file << " (" << model::to_string(*p) << ")\n"
            << preflight::report(checks);
  for (const auto& c : checks)
    if (!c.ok) return 1;
  return 0;
}

int cmd_layouts() {
  Paths paths = default_paths("./x.toml");
  for (auto& [name, file] : model::list_layouts(paths.layout_dirs)) {
    std::string desc;
    try {
      desc = model::parse_layout(read_file(file), file).description;
    } catch (const Error& e) {
      desc = std::string("(invalid: ") + e.what() + ")";
    }
    std::printf("%-14s %s\n", name.c_str(), desc.c_str());
  }
  return 0;
}

// The options build and watch share.
struct BuildFlags {
  bool pdf_only = false, epub_only = false;
  std::string profile, split;
  // Into `opt`, once the command line is parsed.
  void apply(BuildOptions& opt) const {
    opt.profile = profile_option(profile);
    opt.split = split == "issues"        ? Split::Issues
                : split == "issues-only" ? Split::IssuesOnly
                                         : Split::None;
    opt.pdf = !epub_only;
    opt.epub = !pdf_only;
  }
};

void add_build_flags(CLI::App* cmd, BuildOptions& opt, BuildFlags& f) {
  cmd->add_option("-o,--output", opt.out_dir, "output directory")->capture_default_str();
  auto* pdf_flag = cmd->add_flag("--pdf-only", f.pdf_only, "write only the PDF");
  cmd->add_flag("--epub-only", f.epub_only, "write only the EPUB")->excludes(pdf_flag);
  cmd->add_flag("-q,--quiet", opt.quiet, "print nothing but errors");
  cmd->add_flag("--json", opt.json, "print the summary as JSON");
  cmd->add_option("--profile", f.profile,
                  std::string("PDF profile: ") + model::kOutputProfileNames +
                      " (PDF/X-4, PDF/A-2u); default: the manifest's [options] profile, else "
                      "screen");
  cmd->add_option("--split", f.split,
                  "issues: also write each issue as OUT/<stem>-issue-NN.pdf and .epub; "
                  "issues-only: only those")
      ->check(CLI::IsMember({"issues", "issues-only"}));
  cmd->add_flag("--allow-outside", opt.allow_outside,
                "read sources, cover and font files from outside the manifest's directory tree "
                "(default: only inside it and its [options] roots)");
}

// --json anywhere on the command line: a usage error is reported as JSON too.
bool asks_json(int argc, char** argv) {
  for (int i = 1; i < argc; ++i)
    if (std::string_view(argv[i]) == "--json") return true;
  return false;
}

// The first argument names no command: say so, with the nearest one when it is close.
std::optional<int> unknown_command(const CLI::App& app, int argc, char** argv) {
  if (argc < 2 || argv[1][0] == '-') return std::nullopt;
  std::string word = argv[1];
  std::vector<std::string> commands;
  for (const CLI::App* sub : app.get_subcommands({})) {
    if (sub->get_name() == word) return std::nullopt;
    commands.push_back(sub->get_name());
  }
  std::cerr << "wenzhai: unknown command '" << word << "'" << did_you_mean(word, commands)
            << "\nRun wenzhai --help for the commands.\n";
  return kUsageError;
}

}  // namespace

int run(int argc, char** argv) {
  CLI::App app{
      "wenzhai (文摘): compile a digest of Chinese newspaper articles into a print PDF and an EPUB "
      "3"};
  app.require_subcommand(1);
  app.set_version_flag("-V,--version", std::string("wenzhai ") + WZ_VERSION);

  BuildOptions bopt;
  BuildFlags bflags;
  std::string manifest;
  std::vector<std::string> manifests;
  int jobs = 1;
  auto* build_cmd = app.add_subcommand(
      "build", "Build DIR/<manifest stem>.pdf and .epub from a manifest (or from each of several)");
  build_cmd->add_option("manifest", manifests, "digest manifests (digest.toml …)")->required();
  add_build_flags(build_cmd, bopt, bflags);
  build_cmd
      ->add_option("-j,--jobs", jobs,
                   "build this many of the manifests at a time, in one process (default 1)")
      ->check(CLI::Range(1, 256));

  WatchOptions wopt;
  auto* watch_cmd = app.add_subcommand(
      "watch",
      "Build, then rebuild whenever the manifest, a source, a layout or the cover changes");
  watch_cmd->add_option("manifest", manifest, "digest manifest (digest.toml)")->required();
  add_build_flags(watch_cmd, wopt.build, bflags);
  watch_cmd->add_option("--max-builds", wopt.max_builds, "stop after N builds (default: never)")
      ->check(CLI::Range(1, 1000000));

  SegmentOptions sopt;
  bool no_normalize = false;
  auto* seg = app.add_subcommand(
      "segment", "Segment the raw pages of one issue into articles; print the structured source");
  seg->add_option("pages", sopt.pages,
                  "raw page text (.txt) or structured source (.md), in issue order; - reads "
                  "standard input")
      ->required();
  seg->add_option("--format", sopt.format,
                  "md (structured source), json, or text (plain, reading order)")
      ->check(CLI::IsMember({"md", "json", "text"}))
      ->capture_default_str();
  seg->add_option("-o,--output", sopt.output,
                  "write to FILE (through a temporary file) instead of standard output");
  seg->add_option("--encoding", sopt.encoding,
                  "encoding of the pages, e.g. GB18030, GBK, Big5, UTF-16LE (default: detect "
                  "UTF-8, UTF-16 with BOM, GB18030)");
  seg->add_flag("--structured", sopt.structured,
                "the page read from standard input is structured source (Markdown), not raw text");
  seg->add_option("--review", sopt.review,
                  "also write the review page (HTML) of what ingest found and doubted");
  seg->add_flag("-q,--quiet", sopt.quiet, "print nothing on standard error but errors");
  seg->add_flag("--no-normalize-punctuation", no_normalize, "keep ASCII punctuation as it is");

  bool pages = false, positions = false;
  auto* dump_cmd =
      app.add_subcommand("dump", "Print the document model (or with --pages, the lines set)");
  dump_cmd->add_option("manifest", manifest, "digest manifest")->required();
  dump_cmd->add_flag(
      "--pages", pages,
      "typeset and print every line: page, column, baseline, width, adjustment, text");
  dump_cmd->add_flag("--positions", positions, "append the source file and line to each block");
  bool allow_outside = false;
  const char* outside_help = "read inputs from outside the manifest's directory tree";
  dump_cmd->add_flag("--allow-outside", allow_outside, outside_help);

  app.add_subcommand("layouts", "List the installed layouts");

  std::string pf_file, pf_profile;
  auto* pf = app.add_subcommand(
      "preflight", "Check a PDF against the print (PDF/X-4) or archive (PDF/A-2u) profile");
  pf->add_option("file", pf_file, "the PDF")->required();
  pf->add_option("--profile", pf_profile, "print | archive")->required();

  BenchOptions bench_opt;
  bool bench_pdf_only = false, bench_epub_only = false, bench_epub = false;
  auto* bench = app.add_subcommand(
      "bench",
      "Benchmark: build a digest (PDF and EPUB, as build) N times in one process; print the "
      "median ms, pages/s, CPU time, peak memory and the stages");
  bench->add_option("manifest", bench_opt.manifest, "digest manifest")->required();
  bench->add_option("-n,--runs", bench_opt.runs, "number of runs")
      ->capture_default_str()
      ->check(CLI::Range(1, 1000));
  auto* bench_pdf_flag = bench->add_flag("--pdf-only", bench_pdf_only, "build only the PDF");
  bench->add_flag("--epub-only", bench_epub_only, "build only the EPUB")->excludes(bench_pdf_flag);
  bench->add_flag("--epub", bench_epub, "(the default now; kept for old scripts)");
  bench
      ->add_option("--scale", bench_opt.scale,
                   "repeat the digest's issues to about 5, 50, 500, 2,000 … up to N pages, each "
                   "step in a child process; print ms and CPU per page and peak memory")
      ->check(CLI::Range(1, 100000));
  bench->add_flag("--allow-outside", bench_opt.allow_outside, outside_help);

  if (auto rc = unknown_command(app, argc, argv)) return *rc;
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() != 0 && asks_json(argc, argv))
      return report_error(Error(e.what()), "usage", true, kUsageError);
    int rc = app.exit(e);  // prints the message (help and version are no errors)
    return rc == 0 ? 0 : kUsageError;
  }
  const bool json_errors = (*build_cmd && bopt.json) || (*watch_cmd && wopt.build.json);
  try {
    if (*build_cmd) {
      bflags.apply(bopt);
      return cmd_build(manifests, bopt, jobs);
    }
    if (*watch_cmd) {
      bflags.apply(wopt.build);
      return cmd_watch(manifest, wopt);
    }
    if (*seg) {
      sopt.normalize = !no_normalize;
      return cmd_segment(sopt);
    }
    if (*dump_cmd) return cmd_dump(manifest, pages, positions, allow_outside);
    if (*bench) {
      bench_opt.pdf = !bench_epub_only;
      bench_opt.epub = !bench_pdf_only;
      return cmd_bench(bench_opt);
    }
    if (*pf) return cmd_preflight(pf_file, pf_profile);
    return cmd_layouts();
  } catch (const OutputError& e) {
    return report_error(e, "output", json_errors, kOutputError);
  } catch (const Error& e) {
    return report_error(e, "input", json_errors, kInputError);
  } catch (const std::exception& e) {
    std::cerr << "wenzhai: internal error: " << e.what() << "\n";
    return 2;
  }
}

}  // namespace wz::cli
