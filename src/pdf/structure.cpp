#include "pdf/structure.h"

#include <podofo/podofo.h>

#include <algorithm>
#include <cctype>
#include <map>

namespace wz::pdf {
namespace {

using PoDoFo::pdf_int64;
using PoDoFo::PdfArray;
using PoDoFo::PdfDictionary;
using PoDoFo::PdfName;
using PoDoFo::PdfObject;
using PoDoFo::PdfReference;
using R = pages::Tag::Role;

// Order of the document's parts among Document's kids: cover, contents, then the issues.
constexpr int kCoverOrder = -3, kContentsOrder = -2;

// The structure type of an element holding lines of this role.
const char* type_of(R r) {
  switch (r) {
    case R::CoverTitle:
    case R::TocTitle:
    case R::IssueTitle:
      return "H1";
    case R::Headline:
      return "H2";
    case R::SectionHead:
      return "H3";
    case R::Kicker:
      return "Kicker";
    case R::Subheadline:
      return "Subheadline";
    case R::Byline:
      return "Byline";
    case R::Caption:
      return "Caption";
    case R::Credit:
      return "Credit";
    case R::EditorNote:
      return "EditorNote";
    case R::Figure:
      return "Figure";
    case R::TocEntry:
    case R::TocPage:
      return "Link";
    default:  // CoverText, IssueDate, TipLabel, Tip, Paragraph
      return "P";
  }
}

// A language tag the content stream can hold as a literal string as it is: letters, digits
// and '-' (BCP 47's alphabet; the structured-source reader accepts no other).
bool plain_tag(const std::string& t) {
  return !t.empty() && std::all_of(t.begin(), t.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-';
  });
}

class Builder {
 public:
  explicit Builder(const GlyphText& glyph_text) : glyph_text_(glyph_text) {
    StructElem doc;
    doc.type = "Document";
    plan_.elems.push_back(std::move(doc));
  }

  // The element that takes the marked content of an item with this tag.
  int leaf(const pages::Tag& t) {
    if (t.role == R::CoverTitle || t.role == R::CoverText || (t.role == R::Figure && t.issue < 0))
      return get({1, t.block}, type_of(t.role), sect(kCoverOrder), t.block);
    if (t.role == R::TocTitle) return get({2}, "H1", sect(kContentsOrder), -1);
    if (t.role == R::TocEntry || t.role == R::TocPage) {
      int toc = get({3}, "TOC", sect(kContentsOrder), 0);
      int item = get({4, t.block}, "TOCI", toc, t.block);
      int link = get({5, t.block}, "Link", item, 0);
      plan_.elems[link].link_page = page_, plan_.elems[link].link = t.link;
      return link;
    }
    int s = sect(t.issue);
    if (t.role == R::IssueTitle || t.role == R::IssueDate)
      return get({6, t.issue, static_cast<int>(t.role)}, type_of(t.role), s, -1);
    int art = get({7, t.issue, t.article}, "Art", s, t.article);
    if (t.role == R::TipLabel || t.role == R::Tip) {
      int aside = get({8, t.issue, t.article, t.block}, "Aside", art, t.block);
      return get({9, t.issue, t.article, t.block, static_cast<int>(t.role)}, "P", aside, 0);
    }
    // A picture with its caption and credit: Div › (Figure, Caption, Credit), as Typst tags
    // a captioned figure: an assistive technology reads a Figure's /Alt instead of what
    // the Figure holds, so a Caption inside the Figure would never be read.
    int parent = art, order = t.block;
    if (const int fig = t.role == R::Figure ? t.block : figure_of(t); fig >= 0 && captioned(t, fig))
      parent = get({11, t.issue, t.article, fig}, "Div", art, fig), order = t.block - fig;
    return get({10, t.issue, t.article, t.block, static_cast<int>(t.role)}, type_of(t.role), parent,
               order);
  }

  // Each article's blocks by their role (a picture's block is a Figure whatever else it
  // holds), to find the picture a caption belongs to however the pages fall.
  void note_roles(const pages::Document& doc) {
    for (const auto& page : doc.pages)
      for (const auto& it : page.items) {
        if (it.tag.role == R::Artifact || it.tag.issue < 0) continue;
        const Key k{it.tag.issue, it.tag.article, it.tag.block};
        if (it.tag.role == R::Figure)
          roles_[k] = R::Figure;
        else
          roles_.emplace(k, it.tag.role);
      }
  }

  // The block of the picture whose caption or credit `t` is (the Figure right before it,
  // only captions and credits between), or -1.
  int figure_of(const pages::Tag& t) const {
    if (t.role != R::Caption && t.role != R::Credit) return -1;
    for (int b = t.block - 1; b >= 0; --b) {
      auto it = roles_.find({t.issue, t.article, b});
      if (it == roles_.end()) return -1;
      if (it->second == R::Figure) return b;
      if (it->second != R::Caption && it->second != R::Credit) return -1;
    }
    return -1;
  }

  // Whether the picture at block `fig` has a caption or credit right after it.
  bool captioned(const pages::Tag& t, int fig) const {
    auto it = roles_.find({t.issue, t.article, fig + 1});
    return it != roles_.end() && (it->second == R::Caption || it->second == R::Credit);
  }

  // Whether every glyph of the run says its cluster's text through the ToUnicode map.
  bool glyphs_say_text(const pages::GlyphRun& r) const {
    for (const auto& g : r.glyphs) {
      if (!g.has_text()) continue;
      const std::string* kept = glyph_text_(r.font, g.gid);
      if (!kept || *kept != r.text(g)) return false;
    }
    return true;
  }

  StructurePlan build(const pages::Document& doc) {
    note_roles(doc);
    plan_.marks.resize(doc.pages.size());
    plan_.mcid_count.assign(doc.pages.size(), 0);
    for (size_t p = 0; p < doc.pages.size(); ++p) {
      page_ = static_cast<int>(p);
      int prev = -1;  // the element of the previous item, while runs of it follow each other
      for (const pages::Item& it : doc.pages[p].items) {
        Mark m;
        const pages::GlyphRun* run = std::get_if<pages::GlyphRun>(&it.body);
        if (run && !glyphs_say_text(*run)) m.actual_text = run->text();
        const bool picture = it.kind() == pages::Item::Kind::Picture;
        if (((run && !run->glyphs.empty()) || picture) && it.tag.role != R::Artifact) {
          int e = leaf(it.tag);
          if (run && plain_tag(run->lang)) e = lang_span(e, run->lang, prev);
          m.type = plan_.elems[e].type;
          if (e == prev) {
            m.mcid = plan_.mcid_count[p] - 1;
          } else {
            m.mcid = plan_.mcid_count[p]++;
            plan_.elems[e].mcids.emplace_back(page_, m.mcid);
          }
          if (picture) plan_.elems[e].alt = it.picture().alt;
          if (run && it.tag.link >= 0) plan_.elems[e].text += run->text();  // a link's /Contents
          prev = e;
        } else {
          prev = -1;
        }
        plan_.marks[p].push_back(std::move(m));
      }
    }
    for (auto& e : plan_.elems)
      std::stable_sort(e.kids.begin(), e.kids.end(),
                       [&](int a, int b) { return plan_.elems[a].order < plan_.elems[b].order; });
    return std::move(plan_);
  }

 private:
  // A run in a language of its own (GlyphRun::lang) inside element `parent`: a Span child
  // with /Lang, in the parent's content where the run stands (a marked-content Span nested
  // in the parent's sequence would say the same, but poppler's struct-text reading ends
  // the parent's text at the nested EMC).
  // The previous item's Span goes on when the run continues it (a name broken over lines).
  int lang_span(int parent, const std::string& lang, int prev) {
    if (prev >= 0 && plan_.elems[prev].parent == parent && plan_.elems[prev].lang == lang)
      return prev;
    StructElem span;
    span.type = "Span", span.parent = parent, span.lang = lang;
    plan_.elems.push_back(std::move(span));
    int k = static_cast<int>(plan_.elems.size()) - 1;
    plan_.elems[parent].mcids.emplace_back(page_, kChild - k);
    return k;
  }

  using Key = std::vector<int>;
  int sect(int order) { return get({0, order}, "Sect", 0, order); }
  int get(const Key& key, const char* type, int parent, int order) {
    auto [it, fresh] = index_.emplace(key, static_cast<int>(plan_.elems.size()));
    if (fresh) {
      StructElem e;
      e.type = type, e.parent = parent, e.order = order;
      plan_.elems.push_back(std::move(e));
      plan_.elems[parent].kids.push_back(it->second);
    }
    return it->second;
  }

  StructurePlan plan_;
  std::map<Key, int> index_;
  std::map<Key, R> roles_;  // (issue, article, block) → role: note_roles
  const GlyphText& glyph_text_;
  int page_ = 0;
};

PdfObject integer(long long v) {
  return PdfObject(static_cast<pdf_int64>(v));
}

PoDoFo::PdfString utf8_string(const std::string& s) {
  return PoDoFo::PdfString(reinterpret_cast<const PoDoFo::pdf_utf8*>(s.c_str()));
}

// The annotation object of link `k` on `page` (pdf/navigation wrote them in order).
PdfObject* annotation(PoDoFo::PdfMemDocument& pdf, PoDoFo::PdfPage* page, int k) {
  PdfObject* annots = page->GetObject()->GetDictionary().GetKey(PdfName("Annots"));
  if (!annots || !annots->IsArray() || k < 0 || static_cast<size_t>(k) >= annots->GetArray().size())
    return nullptr;
  const PdfObject& ref = annots->GetArray()[k];
  return ref.IsReference() ? pdf.GetObjects().GetObject(ref.GetReference()) : nullptr;
}

}  // namespace

const std::vector<std::pair<std::string, std::string>>& role_map() {
  static const std::vector<std::pair<std::string, std::string>> m{
      {"Kicker", "P"}, {"Subheadline", "P"}, {"Byline", "P"},
      {"Credit", "P"}, {"EditorNote", "P"},  {"Aside", "Div"},
  };
  return m;
}

StructurePlan plan_structure(const pages::Document& doc, const GlyphText& glyph_text) {
  return Builder(glyph_text).build(doc);
}

void add_structure(PoDoFo::PdfMemDocument& pdf, const StructurePlan& plan,
                   const std::vector<PoDoFo::PdfPage*>& pages) {
  PoDoFo::PdfVecObjects& objs = pdf.GetObjects();
  PdfObject* root = objs.CreateObject("StructTreeRoot");
  std::vector<PdfObject*> obj;
  // Without the optional /Type /StructElem: a digest of 1,000 pages has ~15,000 elements,
  // written one object each (PoDoFo 0.9.8 writes no object streams).
  for (size_t i = 0; i < plan.elems.size(); ++i) obj.push_back(objs.CreateObject());

  // ParentTree: per page, the element of each MCID; then each link annotation's element.
  std::vector<std::vector<PdfReference>> by_mcid(pages.size());
  for (size_t p = 0; p < pages.size(); ++p) by_mcid[p].resize(plan.mcid_count[p]);
  PdfArray link_nums;
  long long next_key = static_cast<long long>(pages.size());

  for (size_t i = 0; i < plan.elems.size(); ++i) {
    const StructElem& e = plan.elems[i];
    PdfDictionary& d = obj[i]->GetDictionary();
    d.AddKey(PdfName("S"), PdfName(e.type));
    d.AddKey(PdfName("P"), e.parent < 0 ? root->Reference() : obj[e.parent]->Reference());
    PdfArray k;
    int pg = e.mcids.empty() ? e.link_page : e.mcids.front().first;
    if (pg >= 0) d.AddKey(PdfName("Pg"), pages[pg]->GetObject()->Reference());
    for (int kid : e.kids) k.push_back(obj[kid]->Reference());
    if (!e.lang.empty()) d.AddKey(PdfName("Lang"), PdfObject(PoDoFo::PdfString(e.lang)));
    for (auto [p, mcid] : e.mcids) {
      if (mcid <= kChild) {  // a Span child here, in reading order
        k.push_back(obj[kChild - mcid]->Reference());
        continue;
      }
      by_mcid[p][mcid] = obj[i]->Reference();
      if (p == pg) {
        k.push_back(integer(mcid));
        continue;
      }
      PdfDictionary mcr;
      mcr.AddKey(PdfName("Type"), PdfName("MCR"));
      mcr.AddKey(PdfName("Pg"), pages[p]->GetObject()->Reference());
      mcr.AddKey(PdfName("MCID"), integer(mcid));
      k.push_back(mcr);
    }
    if (PdfObject* a = e.link_page >= 0 ? annotation(pdf, pages[e.link_page], e.link) : nullptr) {
      PdfDictionary objr;
      objr.AddKey(PdfName("Type"), PdfName("OBJR"));
      objr.AddKey(PdfName("Pg"), pages[e.link_page]->GetObject()->Reference());
      objr.AddKey(PdfName("Obj"), a->Reference());
      k.push_back(objr);
      a->GetDictionary().AddKey(PdfName("StructParent"), integer(next_key));
      a->GetDictionary().AddKey(PdfName("Contents"), utf8_string(e.text));
      link_nums.push_back(integer(next_key++));
      link_nums.push_back(obj[i]->Reference());
    }
    if (!e.alt.empty()) d.AddKey(PdfName("Alt"), utf8_string(e.alt));
    if (k.size() == 1)
      d.AddKey(PdfName("K"), k.front());
    else
      d.AddKey(PdfName("K"), k);
  }

  PdfArray nums;
  for (size_t p = 0; p < pages.size(); ++p) {
    PdfArray refs;
    for (const auto& r : by_mcid[p]) refs.push_back(r);
    nums.push_back(integer(static_cast<long long>(p)));
    nums.push_back(refs);
    PdfDictionary& pd = pages[p]->GetObject()->GetDictionary();
    pd.AddKey(PdfName("StructParents"), integer(static_cast<long long>(p)));
    pd.AddKey(PdfName("Tabs"), PdfName("S"));
  }
  for (const auto& n : link_nums) nums.push_back(n);
  PdfDictionary parent_tree;
  parent_tree.AddKey(PdfName("Nums"), nums);
  PdfDictionary roles;
  for (const auto& [ours, standard] : role_map()) roles.AddKey(PdfName(ours), PdfName(standard));

  PdfDictionary& rd = root->GetDictionary();
  PdfArray top;
  top.push_back(obj[0]->Reference());
  rd.AddKey(PdfName("K"), top);
  rd.AddKey(PdfName("ParentTree"), objs.CreateObject(parent_tree)->Reference());
  rd.AddKey(PdfName("ParentTreeNextKey"), integer(next_key));
  rd.AddKey(PdfName("RoleMap"), roles);

  PdfDictionary& cat = pdf.GetCatalog()->GetDictionary();
  cat.AddKey(PdfName("StructTreeRoot"), root->Reference());
  PdfDictionary mark_info;
  mark_info.AddKey(PdfName("Marked"), PdfObject(true));
  cat.AddKey(PdfName("MarkInfo"), mark_info);
  PdfDictionary vp;
  if (const PdfObject* old = cat.GetKey(PdfName("ViewerPreferences")); old && old->IsDictionary())
    vp = old->GetDictionary();
  vp.AddKey(PdfName("DisplayDocTitle"), PdfObject(true));
  cat.AddKey(PdfName("ViewerPreferences"), vp);
}

}  // namespace wz::pdf
