// preflight/xmp: the properties of an XMP packet.
// Consumes: the packet's bytes (XML). Produces: property → value, the property named by
// the usual prefix of its namespace (dc:title, pdfaid:part, pdfxid:GTS_PDFXVersion, ...)
// whatever prefix the file uses; an Alt, Seq or Bag gives its first item. Parsed with
// libxml2; a packet that is not well-formed XML is a wz::Error.
#pragma once
#include <map>
#include <string>

namespace wz::preflight {

std::map<std::string, std::string> xmp_properties(const std::string& packet);

}  // namespace wz::preflight
