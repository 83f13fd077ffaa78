#include "model/document.h"

namespace wz::model {

std::string plain_text(const Inline& spans) {
  std::string s;
  for (const auto& sp : spans) s += sp.text;
  return s;
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

}  // namespace wz::model
