#include "model/document.h"

namespace wz::model {

std::string plain_text(const Inline& spans) {
  std::string s;
  for (const auto& sp : spans) s += sp.text;
  return s;
}

const char* to_string(OutputProfile p) {
  switch (p) {
    case OutputProfile::Screen:
      return "screen";
    case OutputProfile::Print:
      return "print";
    case OutputProfile::Archive:
      return "archive";
  }
  return "?";
}

bool parse_output_profile(const std::string& name, OutputProfile& out) {
  for (auto p : {OutputProfile::Screen, OutputProfile::Print, OutputProfile::Archive})
    if (name == to_string(p)) return out = p, true;
  return false;
}

const char* to_string(BlockKind k) {
  switch (k) {
    case BlockKind::Byline:
      return "byline";
    case BlockKind::ReadingTip:
      return "reading-tip";
    case BlockKind::Paragraph:
      return "paragraph";
    case BlockKind::SectionHead:
      return "section-head";
    case BlockKind::Caption:
      return "caption";
    case BlockKind::Credit:
      return "credit";
    case BlockKind::Continuation:
      return "continuation";
    case BlockKind::EditorNote:
      return "editor-note";
  }
  return "?";
}

std::string one_line(std::string_view display) {
  std::string out(display);
  for (size_t k; (k = out.find(kLineBreak)) != std::string::npos;) out.erase(k, kLineBreak.size());
  return out;
}

}  // namespace wz::model
