// model/manifest: the digest's manifest (digest.toml), parsed with toml++.
// Consumes: the manifest text. Produces: a Digest with metadata, options and issues whose
// `sources` are resolved paths (articles are filled in later by ingest).
// Unknown keys, missing required keys, wrong types and missing source files are errors
// naming the file, the line and the key. Sources and the cover must be regular files that
// resolve inside the manifest's directory tree or an [options] roots directory, unless
// ManifestOptions::allow_outside (base/confine.h).
#pragma once
#include <string>

#include "model/document.h"

namespace wz::model {

struct ManifestOptions {
  bool allow_outside = false;  // --allow-outside: inputs may be any regular file
};

Digest parse_manifest(const std::string& toml_text, const std::string& path,
                      const ManifestOptions& options = {});
Digest load_manifest(const std::string& path, const ManifestOptions& options = {});

}  // namespace wz::model
