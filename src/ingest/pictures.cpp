#include "ingest/pictures.h"

#include <set>

#include "base/error.h"
#include "ingest/normalize.h"

namespace wz::ingest {
namespace {

using model::BlockKind;

// The caption text compared with a sidecar key: without spaces (ingest removes stray
// spaces from captions; the key is written by hand).
std::string squeeze(std::string_view s) {
  std::string out;
  for (char c : s)
    if (c != ' ' && c != '\t') out += c;
  return out;
}

bool place(model::Issue& issue, const model::Issue::SidecarImage& im, bool punctuation) {
  // The key as the caption was normalised (its ASCII commas made full width, …).
  const std::string key = squeeze(normalize_body(im.caption_start, punctuation));
  for (auto& a : issue.articles)
    for (size_t i = 0; i < a.blocks.size(); ++i) {
      const model::Block& b = a.blocks[i];
      if (b.kind != BlockKind::Caption || (i > 0 && a.blocks[i - 1].kind == BlockKind::Image))
        continue;
      if (squeeze(model::plain_text(b.text)).rfind(key, 0) != 0) continue;
      // Before the photo's text: its credit may come first ("新华社记者 X 摄" over the caption).
      size_t at = i > 0 && a.blocks[i - 1].kind == BlockKind::Credit ? i - 1 : i;
      model::Block pic{BlockKind::Image, {}, b.pos, {im.file, im.alt}};
      a.blocks.insert(a.blocks.begin() + static_cast<long>(at), std::move(pic));
      return true;
    }
  return false;
}

}  // namespace

void attach_sidecar_images(model::Issue& issue, bool punctuation) {
  for (const auto& im : issue.images)
    if (!place(issue, im, punctuation))
      throw Error(im.pos, "images: no caption in issue \"" + issue.title + "\" starts with \"" +
                              im.caption_start + "\" (a caption without a picture yet)");
}

std::vector<std::string> check_pictures(const model::Digest& d, const InputPolicy& policy,
                                        PictureStore* store, int copy_width) {
  PictureStore own;
  PictureStore& pictures = store ? *store : own;
  std::vector<std::string> warnings;
  std::set<std::string> checked;
  for (const auto& issue : d.issues)
    for (const auto& a : issue.articles)
      for (size_t i = 0; i < a.blocks.size(); ++i) {
        const model::Block& b = a.blocks[i];
        if (b.kind != BlockKind::Image) continue;
        if (b.image.alt.empty())
          warnings.push_back(b.pos.str() + ": image " + b.image.file +
                             " has no alt text; its caption is used" +
                             (model::alt_text(a.blocks, i).empty() ? " (and it has none)" : ""));
        if (!checked.insert(b.image.file).second) continue;
        if (std::string why = input_refused(b.image.file, policy); !why.empty())
          throw Error(b.pos, b.image.file + ": image: " + why);
        try {
          if (pictures.check(b.image.file, "image", copy_width).ext == "gif")
            throw Error(SourcePos{b.image.file},
                        "image: a GIF is not placed in the PDF; convert it to PNG");
        } catch (const Error& e) {
          throw Error(b.pos, e.what());
        }
      }
  return warnings;
}

}  // namespace wz::ingest
