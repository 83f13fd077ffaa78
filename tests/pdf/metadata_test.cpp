// The catalogue metadata in the PDF's XMP packet (pdf/conformance.h), issue 13.
#include <gtest/gtest.h>

#include "pdf/conformance.h"

namespace wz::pdf {
namespace {

bool has(const std::string& hay, const std::string& needle) {
  return hay.find(needle) != std::string::npos;
}

XmpFields catalogued() {
  XmpFields f;
  f.title = "职工文摘", f.producer = "wenzhai", f.date = "2024-03-01T00:00:00Z";
  f.subjects = {"工会", "劳动保障"};
  f.contributors = {"李华"};
  f.rights = "© 2024 <编辑部>";
  f.series = "职工文摘丛书", f.series_number = 3;
  f.isbn = "9780306406157", f.issn = "0317-8471";
  return f;
}

TEST(PdfMetadata, XmpCarriesTheCatalogue) {
  std::string x = xmp_packet(catalogued(), pages::Conformance::None, true);
  EXPECT_TRUE(has(x, "<dc:subject><rdf:Bag><rdf:li>工会</rdf:li><rdf:li>劳动保障</rdf:li>"));
  EXPECT_TRUE(has(x, "<dc:contributor><rdf:Bag><rdf:li>李华</rdf:li>"));
  EXPECT_TRUE(has(x, "<rdf:li xml:lang=\"x-default\">© 2024 &lt;编辑部&gt;</rdf:li>"));
  EXPECT_TRUE(has(x, "<rdf:li>urn:isbn:9780306406157</rdf:li><rdf:li>urn:issn:0317-8471</rdf:li>"));
  EXPECT_TRUE(has(x, "xmlns:prism=\"http://prismstandard.org/namespaces/basic/2.0/\""));
  EXPECT_TRUE(has(x, "<prism:publicationName>职工文摘丛书</prism:publicationName>"));
  EXPECT_TRUE(has(x, "<prism:number>3</prism:number>"));
  EXPECT_FALSE(has(x, "pdfaExtension")) << "only PDF/A needs the schema described";
}

// PDF/A-2 admits PRISM only with its extension schema described in the packet.
TEST(PdfMetadata, ArchiveDescribesThePrismSchema) {
  std::string x = xmp_packet(catalogued(), pages::Conformance::PdfA2u);
  EXPECT_TRUE(has(x, "<pdfaSchema:prefix>prism</pdfaSchema:prefix>"));
  for (const char* p : {"publicationName", "number", "isbn", "issn"})
    EXPECT_TRUE(has(x, std::string("<pdfaProperty:name>") + p + "</pdfaProperty:name>")) << p;
  XmpFields plain;
  plain.title = "职工文摘";
  EXPECT_FALSE(has(xmp_packet(plain, pages::Conformance::PdfA2u), "prism"));
}

}  // namespace
}  // namespace wz::pdf
