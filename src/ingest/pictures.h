// ingest/pictures: the pictures of a digest, placed and checked before anything is written.
// Consumes: the digest after ingest (articles with their blocks) and the issues' sidecar
// images ([[issues]] images = { "图为…" = "p3.jpg" }). Produces: an Image block before the
// first caption of the issue that starts with each sidecar key (raw pages carry no image
// syntax), every picture file checked by its content (base/picture_store.h: format, full decode,
// pixel limit; confinement of inputs), and a warning for each picture without alt text.
// A missing, refused or undecodable file is a wz::Error naming the source line (or the
// manifest line of the sidecar) and the file.
#pragma once
#include <string>
#include <vector>

#include "base/confine.h"
#include "base/picture_store.h"
#include "model/document.h"

namespace wz::ingest {

// Places the sidecar images of `issue`; a key no caption starts with (both as ingest
// normalises captions: `punctuation` is [options] normalize_punctuation) is an error.
void attach_sidecar_images(model::Issue& issue, bool punctuation);

// Checks every picture file, read and decoded into `store` (base/picture_store.h; none: a
// store of its own) for the outputs to reuse, each decoded for a copy at most `copy_width`
// wide (the EPUB's; 0: none); returns the warnings ("file:line: …").
std::vector<std::string> check_pictures(const model::Digest& d, const InputPolicy& policy,
                                        PictureStore* store = nullptr, int copy_width = 0);

}  // namespace wz::ingest
