#include "pdf/conformance.h"

#include <openssl/evp.h>
#include <podofo/podofo.h>

#include "base/error.h"
#include "base/file.h"
#include "pdf/deflate.h"
#include "pdf/navigation.h"

namespace wz::pdf {
namespace {

using PoDoFo::PdfDictionary;
using PoDoFo::PdfName;
using PoDoFo::PdfObject;
using PoDoFo::PdfString;
using C = pages::Conformance;

std::string xml_escape(const std::string& s) {
  std::string o;
  for (char c : s) {
    switch (c) {
      case '&':
        o += "&amp;";
        break;
      case '<':
        o += "&lt;";
        break;
      case '>':
        o += "&gt;";
        break;
      case '"':
        o += "&quot;";
        break;
      default:
        o += c;
    }
  }
  return o;
}

// "D:YYYYMMDDhhmmssZ" (what navigation writes) → "YYYY-MM-DDThh:mm:ssZ".
std::string info_date_to_xmp(const std::string& d) {
  if (d.size() < 16 || d.compare(0, 2, "D:") != 0) return "";
  return d.substr(2, 4) + "-" + d.substr(6, 2) + "-" + d.substr(8, 2) + "T" + d.substr(10, 2) +
         ":" + d.substr(12, 2) + ":" + d.substr(14, 2) + "Z";
}

std::string info_string(const PdfDictionary& d, const char* key) {
  const PdfObject* o = d.GetKey(PdfName(key));
  return o && o->IsString() ? o->GetString().GetStringUtf8() : "";
}

// The first 128 bits of the fingerprint's SHA-256 (OpenSSL) as a UUID, without "urn:".
std::string uuid_of(const std::string& fingerprint) {
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  if (!EVP_Digest(fingerprint.data(), fingerprint.size(), md, &len, EVP_sha256(), nullptr))
    throw Error("cannot hash the document for its XMP ID (OpenSSL EVP_Digest failed)");
  static const char* hex = "0123456789abcdef";
  std::string h;
  for (unsigned int i = 0; i < 16 && i < len; ++i) h += hex[md[i] >> 4], h += hex[md[i] & 15];
  return h.substr(0, 8) + "-" + h.substr(8, 4) + "-" + h.substr(12, 4) + "-" + h.substr(16, 4) +
         "-" + h.substr(20);
}

void add_output_intent(PoDoFo::PdfMemDocument& pdf, C c) {
  const bool print = c == C::PdfX4;
  const std::string path = print ? kCmykProfile : kSrgbProfile;
  std::string icc;
  try {
    icc = read_file(path);
  } catch (const Error&) {
    throw Error(SourcePos{path}, std::string("ICC profile for the ") +
                                     (print ? "print" : "archive") +
                                     " output intent is missing (Debian package " +
                                     (print ? kCmykProfilePackage : kSrgbProfilePackage) + ")");
  }
  PoDoFo::PdfVecObjects& objs = pdf.GetObjects();
  PdfObject* profile = objs.CreateObject();
  std::string z = deflate_bytes(icc);
  PoDoFo::TVecFilters none;
  profile->GetStream()->Set(z.data(), static_cast<PoDoFo::pdf_long>(z.size()), none);
  PdfDictionary& pd = profile->GetDictionary();
  pd.AddKey(PdfName("Filter"), PdfName("FlateDecode"));
  pd.AddKey(PdfName("N"), PdfObject(static_cast<PoDoFo::pdf_int64>(print ? 4 : 3)));

  PdfObject* oi = objs.CreateObject("OutputIntent");
  PdfDictionary& d = oi->GetDictionary();
  d.AddKey(PdfName("S"), PdfName(print ? "GTS_PDFX" : "GTS_PDFA1"));
  // Print: a profile no characterization registry names, so the condition is "Custom" and
  // the embedded profile is what counts (ISO 15930-7 §6.2.3).
  d.AddKey(PdfName("OutputConditionIdentifier"), PdfString(print ? "Custom" : kSrgbCondition));
  d.AddKey(PdfName("OutputCondition"), PdfString(print ? kCmykCondition : kSrgbCondition));
  d.AddKey(PdfName("Info"), PdfString(print ? kCmykCondition : kSrgbCondition));
  if (!print) d.AddKey(PdfName("RegistryName"), PdfString("http://www.color.org"));
  d.AddKey(PdfName("DestOutputProfile"), profile->Reference());
  PoDoFo::PdfArray intents;
  intents.push_back(oi->Reference());
  pdf.GetCatalog()->GetDictionary().AddKey(PdfName("OutputIntents"), intents);
}

constexpr const char* kPrismNs = "http://prismstandard.org/namespaces/basic/2.0/";

bool has_prism(const XmpFields& f) {
  return !f.series.empty() || !f.isbn.empty() || !f.issn.empty();
}

std::string bag(const char* tag, const std::vector<std::string>& items) {
  std::string x = "   <" + std::string(tag) + "><rdf:Bag>";
  for (const auto& i : items) x += "<rdf:li>" + xml_escape(i) + "</rdf:li>";
  return x + "</rdf:Bag></" + tag + ">\n";
}

// PDF/A admits only the XMP schemas its standard predefines unless the packet describes
// the others (ISO 19005-2, 6.6.2.3): the PRISM properties written, as an extension schema.
std::string prism_extension(const XmpFields& f) {
  std::string props;
  auto prop = [&](const char* name, const char* type, const char* what) {
    props += "       <rdf:li rdf:parseType=\"Resource\"><pdfaProperty:name>" + std::string(name) +
             "</pdfaProperty:name><pdfaProperty:valueType>" + type +
             "</pdfaProperty:valueType><pdfaProperty:category>external</pdfaProperty:category>"
             "<pdfaProperty:description>" +
             what + "</pdfaProperty:description></rdf:li>\n";
  };
  if (!f.series.empty()) prop("publicationName", "Text", "Title of the series");
  if (f.series_number > 0) prop("number", "Text", "Place of this volume in the series");
  if (!f.isbn.empty()) prop("isbn", "Text", "ISBN of this volume");
  if (!f.issn.empty()) prop("issn", "Text", "ISSN of the series");
  return std::string(
             "  <rdf:Description rdf:about=\"\"\n"
             "    xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"\n"
             "    xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"\n"
             "    xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n"
             "   <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n"
             "     <pdfaSchema:schema>PRISM Basic Metadata</pdfaSchema:schema>\n"
             "     <pdfaSchema:namespaceURI>") +
         kPrismNs +
         "</pdfaSchema:namespaceURI>\n"
         "     <pdfaSchema:prefix>prism</pdfaSchema:prefix>\n"
         "     <pdfaSchema:property><rdf:Seq>\n" +
         props +
         "     </rdf:Seq></pdfaSchema:property>\n   </rdf:li></rdf:Bag></pdfaExtension:schemas>\n"
         "  </rdf:Description>\n";
}

// The catalogue's properties in the main description.
std::string catalogue(const XmpFields& f) {
  auto simple = [](const char* tag, const std::string& v) {
    return "   <" + std::string(tag) + ">" + xml_escape(v) + "</" + tag + ">\n";
  };
  std::string x;
  if (!f.subjects.empty()) x += bag("dc:subject", f.subjects);
  if (!f.contributors.empty()) x += bag("dc:contributor", f.contributors);
  if (!f.rights.empty())
    x += "   <dc:rights><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml_escape(f.rights) +
         "</rdf:li></rdf:Alt></dc:rights>\n";
  std::vector<std::string> ids;
  if (!f.isbn.empty()) ids.push_back("urn:isbn:" + f.isbn);
  if (!f.issn.empty()) ids.push_back("urn:issn:" + f.issn);
  if (!ids.empty()) x += bag("xmp:Identifier", ids);
  if (!f.series.empty()) x += simple("prism:publicationName", f.series);
  if (f.series_number > 0) x += simple("prism:number", std::to_string(f.series_number));
  if (!f.isbn.empty()) x += simple("prism:isbn", f.isbn);
  if (!f.issn.empty()) x += simple("prism:issn", f.issn);
  return x;
}

}  // namespace

std::string xmp_packet(const XmpFields& f, C c, bool tagged) {
  auto alt = [](const char* tag, const std::string& v) {
    return "   <" + std::string(tag) + "><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml_escape(v) +
           "</rdf:li></rdf:Alt></" + tag + ">\n";
  };
  auto simple = [](const char* tag, const std::string& v) {
    return "   <" + std::string(tag) + ">" + xml_escape(v) + "</" + tag + ">\n";
  };
  std::string x =
      "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
      "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
      " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n";
  if (c == C::PdfA2u && has_prism(f)) x += prism_extension(f);
  x += "  <rdf:Description rdf:about=\"\"\n"
       "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
       "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
       "    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n"
       "    xmlns:xmpMM=\"http://ns.adobe.com/xap/1.0/mm/\"";
  if (c == C::PdfX4) x += "\n    xmlns:pdfxid=\"http://www.npes.org/pdfx/ns/id/\"";
  if (c == C::PdfA2u) x += "\n    xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"";
  if (tagged) x += "\n    xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"";
  if (has_prism(f)) x += "\n    xmlns:prism=\"" + std::string(kPrismNs) + "\"";
  x += ">\n";
  x += simple("dc:format", "application/pdf");
  if (!f.title.empty()) x += alt("dc:title", f.title);
  if (!f.author.empty())
    x += "   <dc:creator><rdf:Seq><rdf:li>" + xml_escape(f.author) +
         "</rdf:li></rdf:Seq></dc:creator>\n";
  if (!f.subject.empty()) x += alt("dc:description", f.subject);
  if (!f.language.empty())
    x += "   <dc:language><rdf:Bag><rdf:li>" + xml_escape(f.language) +
         "</rdf:li></rdf:Bag></dc:language>\n";
  x += simple("xmp:CreateDate", f.date) + simple("xmp:ModifyDate", f.date) +
       simple("xmp:MetadataDate", f.date);
  if (!f.creator.empty()) x += simple("xmp:CreatorTool", f.creator);
  x += simple("pdf:Producer", f.producer);
  if (!f.keywords.empty()) x += simple("pdf:Keywords", f.keywords);
  x += catalogue(f);
  if (!f.uuid.empty())
    x +=
        simple("xmpMM:DocumentID", "uuid:" + f.uuid) + simple("xmpMM:InstanceID", "uuid:" + f.uuid);
  if (c == C::PdfX4) {
    x += simple("xmpMM:VersionID", "1") + simple("xmpMM:RenditionClass", "default");
    x += simple("pdf:Trapped", "False") + simple("pdfxid:GTS_PDFXVersion", "PDF/X-4");
  } else if (c == C::PdfA2u) {
    x += simple("pdfaid:part", "2") + simple("pdfaid:conformance", "U");
  }
  if (tagged) x += simple("pdfuaid:part", "1");
  x += "  </rdf:Description>\n </rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"r\"?>";
  return x;
}

void add_conformance(PoDoFo::PdfMemDocument& pdf, const pages::Document& doc,
                     const std::string& fingerprint) {
  const pages::Metadata& m = doc.meta;
  const bool catalogued = !m.subjects.empty() || !m.contributors.empty() || !m.rights.empty() ||
                          !m.series.empty() || !m.isbn.empty() || !m.issn.empty();
  if (doc.conformance == C::None && !doc.tagged && !catalogued) return;
  if (doc.conformance != C::None) add_output_intent(pdf, doc.conformance);

  PdfDictionary& info = pdf.GetInfo()->GetObject()->GetDictionary();
  // Both profiles require the dates; a digest without a date gets the epoch's.
  if (doc.conformance != C::None && !info.HasKey(PdfName("CreationDate"))) {
    info.AddKey(PdfName("CreationDate"), PdfString(pdf_date(doc.meta.date)));
    info.AddKey(PdfName("ModDate"), PdfString(pdf_date(doc.meta.date)));
  }
  if (doc.conformance == C::PdfX4) {
    info.AddKey(PdfName("GTS_PDFXVersion"), PdfString("PDF/X-4"));
    info.AddKey(PdfName("Trapped"), PdfName("False"));
  }
  XmpFields f;
  f.title = info_string(info, "Title"), f.author = info_string(info, "Author");
  f.subject = info_string(info, "Subject"), f.keywords = info_string(info, "Keywords");
  f.creator = info_string(info, "Creator"), f.producer = info_string(info, "Producer");
  f.date = info_date_to_xmp(pdf_date(doc.meta.date));  // = the Info's date when it has one
  f.language = doc.meta.language;
  f.subjects = m.subjects, f.contributors = m.contributors, f.rights = m.rights;
  f.series = m.series, f.series_number = m.series_number, f.isbn = m.isbn, f.issn = m.issn;
  // The IDs PDF/X and PDF/A ask for; a tagged reading copy's XMP does without them (hashing
  // the content cost a fifth of what tagging costs).
  if (doc.conformance != C::None) f.uuid = uuid_of(fingerprint);
  std::string xmp = xmp_packet(f, doc.conformance, doc.tagged);

  PdfObject* meta = pdf.GetObjects().CreateObject("Metadata");
  PoDoFo::TVecFilters none;  // PDF/A: the metadata stream is not filtered
  meta->GetStream()->Set(xmp.data(), static_cast<PoDoFo::pdf_long>(xmp.size()), none);
  meta->GetDictionary().AddKey(PdfName("Subtype"), PdfName("XML"));
  pdf.GetCatalog()->GetDictionary().AddKey(PdfName("Metadata"), meta->Reference());
}

}  // namespace wz::pdf
