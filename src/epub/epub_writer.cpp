#include "epub/epub_writer.h"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <map>
#include <regex>

#include "base/file.h"
#include "base/picture_store.h"
#include "epub/container.h"
#include "epub/content.h"
#include "epub/css.h"
#include "epub/fonts.h"
#include "epub/xml.h"

namespace wz::epub {
namespace {

using model::FontRole;

const char* kMimetype = "application/epub+zip";

double ms_since(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t).count();
}

// A picture or the cover read, checked and, when wider than kEpubMaxPictureWidth, shrunk
// (from `store`: the build's reading and decode of the file).
Image epub_picture(PictureStore& store, const std::string& path, const char* what, double& ms) {
  const auto t = std::chrono::steady_clock::now();
  Image img = narrower_copy(store, path, what, kEpubMaxPictureWidth);
  ms += ms_since(t);
  return img;
}
const char* kContainer =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">\n"
    "<rootfiles><rootfile full-path=\"EPUB/content.opf\" "
    "media-type=\"application/oebps-package+xml\"/></rootfiles>\n</container>\n";

struct Item {
  std::string id, href, media_type, properties;
};

std::string iso_utc(long long ts) {
  time_t t = static_cast<time_t>(ts);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char b[32];
  std::strftime(b, sizeof b, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return b;
}

// W3CDTF subset that OPF dc:date wants (otherwise epubcheck warns, OPF-053).
bool is_w3cdtf(const std::string& s) {
  static const std::regex re(
      R"(\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?)?)?)?)");
  return std::regex_match(s, re);
}

// Content digest for the deterministic identifier: titles and every text of the book.
std::string identity_text(const model::Digest& d) {
  std::string s = d.title + '\n' + d.subtitle + '\n' + d.editor + '\n' + d.date + '\n';
  for (const auto& is : d.issues) {
    s += is.title + '\n' + is.date + '\n';
    for (const auto& a : is.articles) {
      s += a.head.kicker + '\n' + a.head.headline + '\n' + a.head.subheadline + '\n';
      for (const auto& b : a.blocks) s += model::plain_text(b.text) + '\n';
    }
  }
  return s;
}

// The catalogue metadata beside title and creator: book numbers, description, rights,
// subjects, contributors with their MARC relator roles, the series with the volume's place.
std::string catalogue(const model::Digest& d, Report& rep) {
  std::string x;
  if (!d.isbn.empty()) x += "<dc:identifier id=\"isbn\">urn:isbn:" + d.isbn + "</dc:identifier>\n";
  if (!d.issn.empty()) x += "<dc:identifier id=\"issn\">urn:issn:" + d.issn + "</dc:identifier>\n";
  const std::string& about = d.description.empty() ? d.subtitle : d.description;
  if (!about.empty()) x += "<dc:description>" + esc(about, rep) + "</dc:description>\n";
  if (!d.rights.empty()) x += "<dc:rights>" + esc(d.rights, rep) + "</dc:rights>\n";
  for (const auto& s : d.subjects) x += "<dc:subject>" + esc(s, rep) + "</dc:subject>\n";
  for (size_t i = 0; i < d.contributors.size(); ++i) {
    const auto& c = d.contributors[i];
    std::string id = "contributor-" + std::to_string(i + 1);
    x += "<dc:contributor id=\"" + id + "\">" + esc(c.name, rep) + "</dc:contributor>\n";
    x += "<meta refines=\"#" + id + "\" property=\"role\" scheme=\"marc:relators\">" +
         model::marc_relator(c.role) + "</meta>\n";
  }
  if (!d.series.empty()) {
    x += "<meta property=\"belongs-to-collection\" id=\"series\">" + esc(d.series, rep) +
         "</meta>\n<meta refines=\"#series\" property=\"collection-type\">series</meta>\n";
    if (d.series_number > 0)
      x += "<meta refines=\"#series\" property=\"group-position\">" +
           std::to_string(d.series_number) + "</meta>\n";
  }
  return x;
}

std::string opf(const model::Digest& d, const std::string& uid, long long ts,
                const std::vector<Item>& items, const std::vector<std::string>& spine, bool rtl,
                bool has_cover, Report& rep) {
  std::string lang = esc_attr(d.language, rep);
  std::string x =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" "
      "unique-identifier=\"pub-id\" xml:lang=\"" +
      lang +
      "\">\n"
      "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n";
  x += "<dc:identifier id=\"pub-id\">" + esc(uid, rep) + "</dc:identifier>\n";
  x += "<dc:title>" + esc(d.title, rep) + "</dc:title>\n";
  x += "<dc:language>" + esc(d.language, rep) + "</dc:language>\n";
  if (!d.editor.empty())
    x += "<dc:creator id=\"editor\">" + esc(d.editor, rep) +
         "</dc:creator>\n"
         "<meta refines=\"#editor\" property=\"role\" scheme=\"marc:relators\">edt</meta>\n";
  if (!d.publisher.empty()) x += "<dc:publisher>" + esc(d.publisher, rep) + "</dc:publisher>\n";
  if (!d.date.empty()) {
    if (is_w3cdtf(d.date))
      x += "<dc:date>" + esc(d.date, rep) + "</dc:date>\n";
    else
      rep.warn("digest date '" + d.date + "' is not YYYY-MM-DD: left out of dc:date");
  }
  x += catalogue(d, rep);
  x += "<meta property=\"dcterms:modified\">" + iso_utc(ts) + "</meta>\n";
  // schema.org accessibility metadata (EPUB Accessibility 1.0, §2.4).
  x += "<meta property=\"schema:accessMode\">textual</meta>\n";
  if (has_cover) x += "<meta property=\"schema:accessMode\">visual</meta>\n";
  x += "<meta property=\"schema:accessModeSufficient\">textual</meta>\n";
  for (const char* f : {"structuralNavigation", "tableOfContents", "readingOrder"})
    x += std::string("<meta property=\"schema:accessibilityFeature\">") + f + "</meta>\n";
  if (has_cover) x += "<meta property=\"schema:accessibilityFeature\">alternativeText</meta>\n";
  x += "<meta property=\"schema:accessibilityHazard\">none</meta>\n";
  x += "<meta property=\"schema:accessibilitySummary\">" + d.labels.accessibility +
       "Text-only content with marked-up headings, a table of "
       "contents and reading order.</meta>\n";
  x += "</metadata>\n<manifest>\n";
  for (const Item& it : items)
    x += "<item id=\"" + it.id + "\" href=\"" + esc_attr(it.href, rep) + "\" media-type=\"" +
         it.media_type + "\"" +
         (it.properties.empty() ? "" : " properties=\"" + it.properties + "\"") + "/>\n";
  x += "</manifest>\n<spine toc=\"ncx\"" +
       std::string(rtl ? " page-progression-direction=\"rtl\"" : "") + ">\n";
  for (const auto& id : spine) x += "<itemref idref=\"" + id + "\"/>\n";
  return x + "</spine>\n</package>\n";
}

// Layout CSS for one issue; roles resolved to embedded faces first.
std::string css_for(const model::Layout& L, FontSet& fonts, Report& rep) {
  std::map<FontRole, std::string> emb;
  for (const auto& [role, name] : L.fonts) emb[role] = fonts.family(name, rep);
  return layout_css(L, emb);
}

}  // namespace

EpubStats render_epub(const model::Digest& d, const std::vector<model::Layout>& layouts,
                      const std::string& path, const EpubOptions& opt, std::string& bytes) {
  auto t0 = std::chrono::steady_clock::now();
  if (layouts.size() != d.issues.size())
    throw Error(SourcePos{d.manifest_path}, "internal: " + std::to_string(layouts.size()) +
                                                " layouts for " + std::to_string(d.issues.size()) +
                                                " issues");
  Report rep;
  FontSet fonts(opt.font_dirs, opt.embed_fonts);
  bool all_vertical = !layouts.empty();
  for (const auto& L : layouts) all_vertical = all_vertical && L.vertical();

  // Front matter (title page, nav, cover) follows the first layout, horizontal unless
  // the whole book is vertical.
  model::Layout base = layouts.empty() ? model::parse_layout("", "default") : layouts.front();
  base.direction = all_vertical ? model::Direction::Vertical : model::Direction::Horizontal;
  std::vector<Entry> entries{{"mimetype", kMimetype}, {"META-INF/container.xml", kContainer}};
  std::vector<Item> items{{"nav", "nav.xhtml", "application/xhtml+xml", "nav"},
                          {"ncx", "toc.ncx", "application/x-dtbncx+xml", ""}};
  std::vector<std::string> spine;
  std::vector<std::pair<std::string, std::string>> css_files;  // href, bytes
  auto add_css = [&](const std::string& css) {
    for (const auto& [h, b] : css_files)
      if (b == css) return h;
    std::string h = "css/layout-" + std::to_string(css_files.size() + 1) + ".css";
    css_files.push_back({h, css});
    return h;
  };
  std::vector<std::string> fonts_css =
      opt.embed_fonts ? std::vector<std::string>{"css/fonts.css"} : std::vector<std::string>{};
  // Pictures: each file once, images/p1.jpg … in the order they first appear (the cover
  // file: images/cover.*).
  double ms_pictures = 0;
  PictureStore own;
  PictureStore& store = opt.pictures ? *opt.pictures : own;
  std::map<std::string, std::string> pictures;
  std::vector<Entry> picture_entries;
  // The cover's copy serves an article that places the same file (each file once).
  bool has_cover = !d.options.cover_image.empty();
  Image cover_img;
  std::string cover_href;
  if (has_cover) {
    cover_img = opt.fonts_only
                    ? Image{}
                    : epub_picture(store, d.options.cover_image, "cover image", ms_pictures);
    cover_href = "images/cover." + cover_img.ext;
    pictures[d.options.cover_image] = cover_href;
  }
  for (const auto& is : d.issues)
    for (const auto& a : is.articles)
      for (const auto& b : a.blocks) {
        if (b.kind != model::BlockKind::Image || pictures.count(b.image.file)) continue;
        Image img =
            opt.fonts_only ? Image{} : epub_picture(store, b.image.file, "image", ms_pictures);
        std::string id = "p" + std::to_string(picture_entries.size() + 1);
        std::string href = "images/" + id + "." + img.ext;
        pictures[b.image.file] = href;
        items.push_back({"image-" + id, href, img.media_type, ""});
        picture_entries.push_back({"EPUB/" + href, std::move(img.bytes)});
      }
  auto ctx = [&](const model::Layout& L, const std::string& css) {
    DocCtx c{d.language, fonts_css, &L, &fonts, &rep, d.options.toc_depth, &pictures};
    c.css.push_back(css);
    return c;
  };
  DocCtx front = ctx(base, add_css(css_for(base, fonts, rep)));

  std::vector<Doc> docs;
  std::vector<TocEntry> toc;
  for (size_t i = 0; i < d.issues.size(); ++i) {
    DocCtx c = ctx(layouts[i], add_css(css_for(layouts[i], fonts, rep)));
    // An issue in another variant than the edition's is tagged with its own language.
    if (d.issues[i].variant != d.options.variant) c.lang = model::to_string(d.issues[i].variant);
    TocEntry e;
    for (Doc& doc : issue_docs(d.issues[i], static_cast<int>(i) + 1, c, opt.split_bytes, e))
      docs.push_back(std::move(doc));
    toc.push_back(std::move(e));
  }
  std::string uid = d.identifier.empty() ? "urn:uuid:" + uuid_v5(identity_text(d)) : d.identifier;

  std::vector<Landmark> marks;
  std::vector<Doc> front_docs;
  std::string cover_bytes;
  if (has_cover) {
    cover_bytes = std::move(cover_img.bytes);
    items.push_back({"cover-image", cover_href, cover_img.media_type, "cover-image"});
    front_docs.push_back(cover_page(cover_href, d.title, front));
    marks.push_back({"cover", front_docs.back().href, d.labels.cover});
  }
  front_docs.push_back(title_page(d, toc, front));
  marks.push_back({"titlepage", front_docs.back().href, d.labels.title_page});
  marks.push_back({"toc", "nav.xhtml#toc", d.labels.contents});
  if (!docs.empty()) marks.push_back({"bodymatter", docs.front().href, d.labels.body_matter});
  Doc nav = nav_doc(d.title, toc, marks, d.labels, front);

  for (const Doc& doc : front_docs) spine.push_back(doc.id);
  spine.push_back("nav");
  for (const Doc& doc : docs) spine.push_back(doc.id);

  if (opt.fonts_only) {
    if (opt.shared_fonts) fonts.announce(*opt.shared_fonts, rep);
    return {};
  }
  std::string font_face_css;
  std::vector<FontFile> font_files = fonts.build(font_face_css, rep, opt.shared_fonts);
  std::string ncx = ncx_doc(uid, d.title, toc, rep);

  EpubStats st;
  st.ms_pictures = ms_pictures;
  st.pictures = static_cast<int>(pictures.size());
  // Manifest items after nav/ncx: style sheets, documents, fonts, cover.
  std::vector<Entry> body;
  if (opt.embed_fonts) {
    items.push_back({"css-fonts", "css/fonts.css", "text/css", ""});
    body.push_back({"EPUB/css/fonts.css", "/* embedded subset fonts */\n" + font_face_css});
  }
  for (size_t k = 0; k < css_files.size(); ++k) {
    items.push_back({"css-" + std::to_string(k + 1), css_files[k].first, "text/css", ""});
    body.push_back({"EPUB/" + css_files[k].first, css_files[k].second});
  }
  for (auto* list : {&front_docs, &docs})
    for (Doc& doc : *list) {
      items.push_back({doc.id, doc.href, "application/xhtml+xml", ""});
      body.push_back({"EPUB/" + doc.href, std::move(doc.bytes)});
    }
  for (size_t k = 0; k < font_files.size(); ++k) {
    items.push_back(
        {"font-" + std::to_string(k + 1), font_files[k].href, font_files[k].media_type, ""});
    st.fonts.push_back("EPUB/" + font_files[k].href);
    Entry font{"EPUB/" + font_files[k].href, std::move(font_files[k].deflated)};
    font.deflated = true, font.size = font_files[k].size, font.crc = font_files[k].crc;
    body.push_back(std::move(font));
  }
  if (has_cover) body.push_back({"EPUB/" + cover_href, std::move(cover_bytes)});
  for (Entry& e : picture_entries) body.push_back(std::move(e));

  entries.push_back(
      {"EPUB/content.opf", opf(d, uid, opt.timestamp, items, spine, all_vertical, has_cover, rep)});
  entries.push_back({"EPUB/nav.xhtml", std::move(nav.bytes)});
  entries.push_back({"EPUB/toc.ncx", std::move(ncx)});
  for (Entry& e : body) entries.push_back(std::move(e));

  st.files = static_cast<int>(entries.size());
  bytes = build_container(path, std::move(entries), opt.timestamp);
  st.bytes = bytes.size();
  // The same text is escaped in several places (heading, <title>, nav, NCX): report once.
  for (auto& w : rep.warnings)
    if (std::find(st.warnings.begin(), st.warnings.end(), w) == st.warnings.end())
      st.warnings.push_back(std::move(w));
  st.ms = ms_since(t0);
  return st;
}

EpubStats write_epub(const model::Digest& d, const std::vector<model::Layout>& layouts,
                     const std::string& path, const EpubOptions& opt) {
  std::string bytes;
  EpubStats st = render_epub(d, layouts, path, opt, bytes);
  write_file_atomic(path, bytes);
  return st;
}

}  // namespace wz::epub
