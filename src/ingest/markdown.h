// ingest/markdown: the structured source's conventions, shared by reader and writer.
// Consumes nothing; produces the label table (docs/structured-source.md documents it).
//   # 主题                      an H1 starts an article ("#" alone: no headline)
//   引题：… 副题：… 体裁：… 类型：…  field lines right after the H1 (one paragraph)
//   署名：…                     a separate byline line        (BlockKind::Byline)
//   > 阅读提示：…               reading tip                   (BlockKind::ReadingTip)
//   ## 小标题                   section head                  (BlockKind::SectionHead)
//   图注：… / 摄影：… / 转版：…    caption / credit / continuation note
//   any other paragraph         body paragraph; the first one's 本报讯（…） opening is
//                               its inline byline, found by the same rule as raw pages
//   <span lang="la">…</span>    in a body paragraph: text in a language other than the
//                               digest's (model::Span::lang: a Latin name, an English term)
#pragma once
#include <string_view>

#include "model/document.h"

namespace wz::ingest::md {

inline constexpr std::string_view kKicker = "引题";
inline constexpr std::string_view kSubheadline = "副题";
inline constexpr std::string_view kGenre = "体裁";
inline constexpr std::string_view kKind = "类型";
inline constexpr std::string_view kByline = "署名";
inline constexpr std::string_view kTip = "阅读提示";
inline constexpr std::string_view kCaption = "图注";
inline constexpr std::string_view kCredit = "摄影";
inline constexpr std::string_view kContinuation = "转版";
inline constexpr std::string_view kColon = "：";

}  // namespace wz::ingest::md
