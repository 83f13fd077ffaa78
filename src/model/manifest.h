// model/manifest: the digest's manifest (digest.toml), parsed with toml++.
// Consumes: the manifest text. Produces: a Digest with metadata, options and issues whose
// `sources` are resolved paths (articles are filled in later by ingest).
// Unknown keys, missing required keys, wrong types and missing source files are errors
// naming the file, the line and the key.
#pragma once
#include <string>

#include "model/document.h"

namespace wz::model {

Digest parse_manifest(const std::string& toml_text, const std::string& path);
Digest load_manifest(const std::string& path);

}  // namespace wz::model
