#include "preflight/xmp.h"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <memory>

#include "base/error.h"

namespace wz::preflight {
namespace {

constexpr const char* kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

// Namespace URI → the prefix the standards write it with.
std::string prefix_of(const xmlNs* ns) {
  static const std::map<std::string, std::string> known = {
      {"http://purl.org/dc/elements/1.1/", "dc"},
      {"http://ns.adobe.com/xap/1.0/", "xmp"},
      {"http://ns.adobe.com/pdf/1.3/", "pdf"},
      {"http://ns.adobe.com/xap/1.0/mm/", "xmpMM"},
      {"http://www.aiim.org/pdfa/ns/id/", "pdfaid"},
      {"http://www.npes.org/pdfx/ns/id/", "pdfxid"},
      {kRdf, "rdf"}};
  if (!ns || !ns->href) return "";
  auto it = known.find(reinterpret_cast<const char*>(ns->href));
  if (it != known.end()) return it->second;
  return ns->prefix ? reinterpret_cast<const char*>(ns->prefix) : "";
}

bool is_rdf(const xmlNode* n, const char* local) {
  return n->type == XML_ELEMENT_NODE && prefix_of(n->ns) == "rdf" &&
         std::string(reinterpret_cast<const char*>(n->name)) == local;
}

std::string text_of(xmlNode* n) {
  std::unique_ptr<xmlChar, void (*)(void*)> t(xmlNodeGetContent(n), xmlFree);
  return t ? reinterpret_cast<const char*>(t.get()) : "";
}

// A property element's value: its text, or the first li of an Alt/Seq/Bag inside.
std::string value_of(xmlNode* prop) {
  for (xmlNode* c = prop->children; c; c = c->next)
    if (is_rdf(c, "Alt") || is_rdf(c, "Seq") || is_rdf(c, "Bag"))
      for (xmlNode* li = c->children; li; li = li->next)
        if (is_rdf(li, "li")) return text_of(li);
  return text_of(prop);
}

void collect(xmlNode* n, std::map<std::string, std::string>& out) {
  for (; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE) continue;
    if (is_rdf(n, "Description")) {
      for (xmlAttr* a = n->properties; a; a = a->next)
        if (prefix_of(a->ns) != "rdf" && a->ns)
          out[prefix_of(a->ns) + ":" + reinterpret_cast<const char*>(a->name)] =
              text_of(reinterpret_cast<xmlNode*>(a));
      for (xmlNode* p = n->children; p; p = p->next)
        if (p->type == XML_ELEMENT_NODE)
          out[prefix_of(p->ns) + ":" + reinterpret_cast<const char*>(p->name)] = value_of(p);
    } else {
      collect(n->children, out);
    }
  }
}

}  // namespace

std::map<std::string, std::string> xmp_properties(const std::string& packet) {
  std::unique_ptr<xmlDoc, void (*)(xmlDoc*)> doc(
      xmlReadMemory(packet.data(), static_cast<int>(packet.size()), "xmp.xml", nullptr,
                    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING),
      xmlFreeDoc);
  if (!doc) throw Error("the XMP metadata is not well-formed XML");
  std::map<std::string, std::string> out;
  collect(xmlDocGetRootElement(doc.get()), out);
  return out;
}

}  // namespace wz::preflight
