// pdf/navigation: the document-level objects around the pages.
// Consumes: pages::Document (links, outline, labels, metadata) and the PoDoFo pages
// already created for it. Produces: link annotations (/Border [0 0 0], /XYZ destinations),
// the outline with /Count (open items expanded), /PageLabels, the document info
// (dates in UTC from Metadata::date, fixed /Producer: no clock reads, so output is
// reproducible), /Lang and /ViewerPreferences in the catalog.
#pragma once
#include <string>
#include <vector>

#include "model/pages.h"

namespace PoDoFo {
class PdfMemDocument;
class PdfPage;
}  // namespace PoDoFo

namespace wz::pdf {

void add_links(PoDoFo::PdfMemDocument& pdf, const pages::Document& doc,
               const std::vector<PoDoFo::PdfPage*>& pages);
void add_outline(PoDoFo::PdfMemDocument& pdf, const pages::Document& doc,
                 const std::vector<PoDoFo::PdfPage*>& pages);
void add_page_labels(PoDoFo::PdfMemDocument& pdf, const pages::Document& doc);
void add_info_and_catalog(PoDoFo::PdfMemDocument& pdf, const pages::Metadata& meta);

// "D:YYYYMMDDHHmmSSZ" for seconds since the epoch, in UTC.
std::string pdf_date(long long epoch_seconds);

// Value of a lower-case (or upper-case) roman numeral in canonical form, else 0.
int roman_value(const std::string& s, bool upper);

}  // namespace wz::pdf
