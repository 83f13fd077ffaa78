// pdf/structure: the logical structure of a tagged PDF.
// Consumes: the tag every item of pages::Document carries (model/pages.h: role, issue,
// article, block, link). Produces, in two steps: plan_structure, before the content
// streams are written, decides each item's mark (a marked-content ID and the structure
// type for BDC, or /Artifact) and builds the element tree: Document › Sect per part
// (cover, contents, each issue: H1, Art per article) › elements; add_structure, after the
// pages and link annotations exist, writes StructTreeRoot, the elements with their marked
// content (MCIDs) and link OBJRs, ParentTree, RoleMap, /StructParents and /Tabs /S on each
// page, /StructParent and /Contents on the contents' links, MarkInfo and
// ViewerPreferences /DisplayDocTitle.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "model/pages.h"

namespace PoDoFo {
class PdfMemDocument;
class PdfPage;
}  // namespace PoDoFo

namespace wz::pdf {

// How the content stream wraps one item.
struct Mark {
  int mcid = -1;     // marked-content ID on its page; -1: /Artifact
  std::string type;  // structure type of the element (the BDC tag)
  // A run whose glyphs do not say its text (a glyph that stands for two texts: the
  // ToUnicode map keeps the first, pdf/cid_font): the text, for a /Span /ActualText.
  std::string actual_text;
};

struct StructElem {
  std::string type;  // standard (P, H2, Art, …) or one of the RoleMap's own names
  int parent = -1;
  int order = 0;  // kids are ordered by this (article, block), then by first appearance
  std::vector<int> kids;
  // (page, MCID) in reading order; an MCID of kChild - k stands for child element k there
  // (a Span with /Lang inside a paragraph), which is not in `kids`.
  std::vector<std::pair<int, int>> mcids;
  int link_page = -1, link = -1;  // a contents Link: its annotation
  std::string text;               // a contents Link: what its glyphs say
  std::string lang;               // BCP 47 /Lang (a Span in another language)
  std::string alt;   // a Figure: its /Alt (the picture's alt text)
};
inline constexpr int kChild = -2;  // StructElem::mcids: kChild - k is child element k

struct StructurePlan {
  std::vector<std::vector<Mark>> marks;  // per page, per item
  std::vector<int> mcid_count;           // per page
  std::vector<StructElem> elems;         // [0] is Document
};

// The text the ToUnicode map gives glyph `gid` of document font `font` (pdf/cid_font keeps
// the first text a glyph of a face is used with: CidFont::text), or null for none.
using GlyphText = std::function<const std::string*(int font, std::uint32_t gid)>;

// `doc` must have passed the writer's validation (every run names one of its fonts). A run
// whose glyphs do not say its text through `glyph_text` gets the text as /ActualText.
StructurePlan plan_structure(const pages::Document& doc, const GlyphText& glyph_text);

void add_structure(PoDoFo::PdfMemDocument& pdf, const StructurePlan& plan,
                   const std::vector<PoDoFo::PdfPage*>& pages);

// The RoleMap: the structure types of our own, each with the standard type it stands for.
const std::vector<std::pair<std::string, std::string>>& role_map();

}  // namespace wz::pdf
