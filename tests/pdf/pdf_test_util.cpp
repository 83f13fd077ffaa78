#include "pdf_test_util.h"

#include <fontconfig/fontconfig.h>
#include <hb.h>
#include <podofo/podofo.h>
#include <zlib.h>

#include <cstdio>
#include <memory>

namespace wz::pdf::test {

std::optional<pages::FontFace> find_face(const std::string& family) {
  std::unique_ptr<FcPattern, decltype(&FcPatternDestroy)> pat(
      FcNameParse(reinterpret_cast<const FcChar8*>(family.c_str())), FcPatternDestroy);
  FcConfigSubstitute(nullptr, pat.get(), FcMatchPattern);
  FcDefaultSubstitute(pat.get());
  FcResult res;
  std::unique_ptr<FcPattern, decltype(&FcPatternDestroy)> m(FcFontMatch(nullptr, pat.get(), &res),
                                                            FcPatternDestroy);
  if (!m) return std::nullopt;
  bool same = false;
  FcChar8* fam = nullptr;
  for (int i = 0; FcPatternGetString(m.get(), FC_FAMILY, i, &fam) == FcResultMatch; ++i)
    same = same || family == reinterpret_cast<char*>(fam);
  FcChar8* file = nullptr;
  int index = 0;
  if (!same || FcPatternGetString(m.get(), FC_FILE, 0, &file) != FcResultMatch) return std::nullopt;
  FcPatternGetInteger(m.get(), FC_INDEX, 0, &index);
  pages::FontFace f;
  f.path = reinterpret_cast<char*>(file);
  f.index = index;
  std::unique_ptr<hb_blob_t, decltype(&hb_blob_destroy)> blob(
      hb_blob_create_from_file(f.path.c_str()), hb_blob_destroy);
  std::unique_ptr<hb_face_t, decltype(&hb_face_destroy)> face(hb_face_create(blob.get(), index),
                                                              hb_face_destroy);
  f.upem = static_cast<int>(hb_face_get_upem(face.get()));
  return f;  // ps_name left empty: the writer reads it from the name table
}

namespace {
struct Shaper {
  std::unique_ptr<hb_blob_t, decltype(&hb_blob_destroy)> blob{nullptr, hb_blob_destroy};
  std::unique_ptr<hb_face_t, decltype(&hb_face_destroy)> face{nullptr, hb_face_destroy};
  std::unique_ptr<hb_font_t, decltype(&hb_font_destroy)> font{nullptr, hb_font_destroy};
  explicit Shaper(const pages::FontFace& f) {
    blob.reset(hb_blob_create_from_file(f.path.c_str()));
    face.reset(hb_face_create(blob.get(), f.index));
    font.reset(hb_font_create(face.get()));
  }
};
}  // namespace

pages::GlyphRun shape(const pages::FontFace& ff, int font_index, const std::string& text,
                      double size, pages::GlyphRun::Dir dir, double x, double y) {
  Shaper s(ff);
  std::unique_ptr<hb_buffer_t, decltype(&hb_buffer_destroy)> buf(hb_buffer_create(),
                                                                 hb_buffer_destroy);
  hb_buffer_set_cluster_level(buf.get(), HB_BUFFER_CLUSTER_LEVEL_MONOTONE_CHARACTERS);
  hb_buffer_add_utf8(buf.get(), text.c_str(), static_cast<int>(text.size()), 0, -1);
  const bool vert = dir == pages::GlyphRun::Dir::Vertical;
  hb_buffer_set_direction(buf.get(), vert ? HB_DIRECTION_TTB : HB_DIRECTION_LTR);
  hb_buffer_set_script(buf.get(), HB_SCRIPT_HAN);
  hb_buffer_set_language(buf.get(), hb_language_from_string("zh", -1));
  hb_shape(s.font.get(), buf.get(), nullptr, 0);
  unsigned n = 0;
  hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buf.get(), &n);
  hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buf.get(), &n);
  const double k = size / hb_face_get_upem(s.face.get());

  pages::GlyphRun run;
  run.font = font_index, run.size = size, run.dir = dir, run.x = x, run.y = y;
  double pen_x = 0, pen_y = 0;  // HarfBuzz space, y up
  for (unsigned i = 0; i < n; ++i) {
    pages::Glyph g;
    g.gid = info[i].codepoint;
    if (i == 0 || info[i].cluster != info[i - 1].cluster) {
      unsigned end = static_cast<unsigned>(text.size());
      for (unsigned j = i + 1; j < n; ++j)
        if (info[j].cluster != info[i].cluster) {
          end = info[j].cluster;
          break;
        }
      run.set_text(g, std::string_view(text).substr(info[i].cluster, end - info[i].cluster));
    }
    if (vert) {  // vertical origin = horizontal origin + v_origin = pen + offset + v_origin
      hb_position_t vx = 0, vy = 0;
      hb_font_get_glyph_v_origin(s.font.get(), g.gid, &vx, &vy);
      g.x = (pen_x + pos[i].x_offset + vx) * k;
      g.y = -(pen_y + pos[i].y_offset + vy) * k;
    } else if (dir == pages::GlyphRun::Dir::RotatedCW) {
      g.x = pos[i].y_offset * k;  // text-space up is page right; baseline runs down
      g.y = (pen_x + pos[i].x_offset) * k;
    } else {
      g.x = (pen_x + pos[i].x_offset) * k;
      g.y = -(pen_y + pos[i].y_offset) * k;
    }
    pen_x += pos[i].x_advance;
    pen_y += pos[i].y_advance;
    run.glyphs.push_back(std::move(g));
  }
  return run;
}

double run_extent(const pages::GlyphRun& run, const pages::FontFace& ff) {
  Shaper s(ff);
  double k = run.size / hb_face_get_upem(s.face.get());
  double total = 0;
  for (auto& g : run.glyphs)
    total += run.dir == pages::GlyphRun::Dir::Vertical
                 ? -hb_font_get_glyph_v_advance(s.font.get(), g.gid) * k
                 : hb_font_get_glyph_h_advance(s.font.get(), g.gid) * k;
  return total;
}

int inflate_all_streams(const std::string& pdf_path, std::string& errors) {
  PoDoFo::PdfMemDocument doc;
  doc.Load(pdf_path.c_str());
  int streams = 0;
  for (PoDoFo::PdfObject* o : doc.GetObjects()) {
    // Unfiltered streams (the XMP metadata, kept readable as PDF/A and PDF/UA ask) are not
    // Flate's.
    if (!o->HasStream() || !o->GetDictionary().HasKey("Filter")) continue;
    char* raw = nullptr;
    PoDoFo::pdf_long len = 0;
    o->GetStream()->GetCopy(&raw, &len);
    std::string data(raw, static_cast<size_t>(len));
    PoDoFo::podofo_free(raw);
    z_stream z{};
    inflateInit(&z);
    std::string out(1 << 16, '\0');
    z.next_in = reinterpret_cast<Bytef*>(data.data());
    z.avail_in = static_cast<uInt>(data.size());
    int rc = Z_OK;
    while (rc == Z_OK) {
      z.next_out = reinterpret_cast<Bytef*>(out.data());
      z.avail_out = static_cast<uInt>(out.size());
      rc = inflate(&z, Z_NO_FLUSH);
    }
    inflateEnd(&z);
    if (rc != Z_STREAM_END || z.avail_in != 0)
      errors += "object " + std::to_string(o->Reference().ObjectNumber()) + ": zlib " +
                std::to_string(rc) + "\n";
    ++streams;
  }
  return streams;
}

bool have_tool(const std::string& name) {
  return std::system(("command -v " + name + " >/dev/null 2>&1").c_str()) == 0;
}

std::string run(const std::string& cmd, int* status) {
  std::string out;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) {
    if (status) *status = -1;
    return out;
  }
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  int rc = pclose(p);
  if (status) *status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
  return out;
}

}  // namespace wz::pdf::test
