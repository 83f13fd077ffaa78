// pdf/conformance: what makes a file PDF/X-4 (print) or PDF/A-2u (archive).
// Consumes: pages::Document's conformance and metadata, the PoDoFo document after the
// pages, navigation and document info are written, and a fingerprint of the content.
// Produces: the output intent (an embedded ICC profile from a Debian package), the XMP
// metadata stream in the catalog (its values read back from the document info, so the
// two agree), the document IDs derived from the fingerprint, and for PDF/X the
// GTS_PDFXVersion and Trapped keys; for Conformance::None only the XMP, and only when the
// file is tagged (it then names PDF/UA-1, pdfuaid:part 1) or the manifest gave catalogue
// metadata (series, book numbers, rights, subjects, contributors).
#pragma once
#include <string>
#include <vector>

#include "model/pages.h"

namespace PoDoFo {
class PdfMemDocument;
}

namespace wz::pdf {

// CMYK output intent for print: Ghostscript's default CMYK profile (Debian libgs-common),
// "Artifex CMYK SWOP Profile". Debian ships no FOGRA39 or Japan Color ICC profile (only
// FOGRA39's measurement data, in icc-profiles-free), and this is the profile Ghostscript
// itself separates with, so the tiffsep plates the tests read match the claimed intent.
inline constexpr const char* kCmykProfile = "/usr/share/color/icc/ghostscript/default_cmyk.icc";
inline constexpr const char* kCmykProfilePackage = "libgs-common";
inline constexpr const char* kCmykCondition = "Artifex CMYK SWOP Profile";
// RGB output intent for the archive: sRGB IEC 61966-2.1 (Debian icc-profiles-free).
inline constexpr const char* kSrgbProfile = "/usr/share/color/icc/sRGB.icc";
inline constexpr const char* kSrgbProfilePackage = "icc-profiles-free";
inline constexpr const char* kSrgbCondition = "sRGB IEC61966-2.1";

// Throws wz::Error naming the profile and its Debian package when the file is missing.
void add_conformance(PoDoFo::PdfMemDocument& pdf, const pages::Document& doc,
                     const std::string& fingerprint);

// The XMP packet (exposed for tests). `info` values: title, author, subject, keywords,
// creator, producer; dates as "YYYY-MM-DDThh:mm:ssZ".
struct XmpFields {
  std::string title, author, subject, keywords, creator, producer, language, date, uuid;
  // Catalogue metadata (pages::Metadata): dc:subject, dc:rights, dc:contributor,
  // xmp:Identifier (urn:isbn:, urn:issn:) and PRISM's publicationName, number, isbn, issn.
  std::vector<std::string> subjects, contributors;
  std::string rights, series, isbn, issn;
  int series_number = 0;
};
// `tagged`: the file claims PDF/UA-1 (pdfuaid:part 1) for its logical structure.
std::string xmp_packet(const XmpFields& f, pages::Conformance c, bool tagged = false);

}  // namespace wz::pdf
