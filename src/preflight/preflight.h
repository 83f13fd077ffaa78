// preflight/preflight: checks a PDF file against what the print (PDF/X-4) and archive
// (PDF/A-2u) profiles of wenzhai promise — a subset of those standards, not a validator.
// Consumes: a PDF file, read with PoDoFo's parser (objects, content streams) and its XMP
// packet with libxml2. Produces: one result per check (boxes, output intent, XMP keys,
// Info/XMP agreement, colour spaces used per page, fonts embedded with ToUnicode, image
// resolution at placed size, IDs, encryption, annotations), printed one line each.
#pragma once
#include <string>
#include <vector>

namespace wz::preflight {

enum class Target { Print, Archive };

// Lowest image resolution at its placed size for print (pixels per inch): below this,
// halftoned photos show their pixels.
inline constexpr double kMinPrintPpi = 250;

struct Check {
  bool ok = true;
  std::string name, detail;
};

// Throws wz::Error naming the file when it cannot be read as a PDF at all.
std::vector<Check> run(const std::string& pdf_path, Target target);

// "ok    name: detail" / "FAIL  name: detail" lines, then "N passed, N failed".
std::string report(const std::vector<Check>& checks);

}  // namespace wz::preflight
