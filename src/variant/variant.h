// variant: the Traditional-character editions ([options] variant, [[issues]] variant).
// Consumes: the digest after ingest (model/document.h) and each issue's layout.
// Produces: the same digest with every text an issue shows converted by OpenCC (Debian
// libopencc: s2t, s2hk or s2tw), the digest's own texts converted with the edition's
// profile (with the words wenzhai adds, model/labels.h), “” and ‘’ turned to the corner brackets
// 「」『』 Taiwan and Hong Kong quote with; each layout given its fonts' TC (or HK) faces where
// fontconfig has them
// ("Noto Serif CJK SC" → "Noto Serif CJK TC") and the variant it is set in (shaping
// language, centred marks). A Simplified edition is left as it is.
#pragma once
#include <string>
#include <vector>

#include "model/document.h"
#include "model/layout.h"

namespace wz::variant {

// Converts the digest's texts and each issue's in place. Throws wz::Error naming the
// manifest when OpenCC cannot open a profile (its data is libopencc's package).
void convert_digest(model::Digest& d);

// One text through one profile (tests; `v` Hans returns the text unchanged).
std::string convert_text(const std::string& text, model::Variant v);

// The words wenzhai adds (model/labels.h) in variant `v`: the one place they are
// converted, once per variant and process. Throws wz::Error as convert_digest.
const model::Labels& labels_for(model::Variant v);

// The family set for `v` when it is installed ("… SC" → "… TC" / "… HK"), else `family`.
std::string face_for(const std::string& family, model::Variant v,
                     const std::vector<std::string>& font_dirs);

// The layout for its variant: its fonts' Traditional faces, layout.variant set,
// the words its pages add (layout.labels) in its variant.
void adapt_layout(model::Layout& L, model::Variant v, const std::vector<std::string>& font_dirs);

}  // namespace wz::variant
