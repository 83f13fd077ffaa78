#include "lang/roles.h"

#include <array>

namespace wz::lang {
namespace {

// Role words of bylines and credits: [本报|新华社|…][特约|见习|首席|实习][摄影]记者|通讯员|摄影.
constexpr std::array<std::u32string_view, 8> kOutlets = {
    U"本报", U"新华社", U"中新社", U"人民日报", U"工人日报", U"央视", U"中国新闻社", U"本刊"};
constexpr std::array<std::u32string_view, 6> kGrades = {U"特约", U"见习", U"首席",
                                                        U"实习", U"驻站", U"特派"};
// (作者 credits the maker of a pictured artwork: 作者 汪砚秋.)
constexpr std::array<std::u32string_view, 7> kRoles = {U"摄影记者", U"记者", U"通讯员", U"实习生",
                                                       U"撰稿人",   U"摄影", U"作者"};
// Evening-paper credits: 文/X 图/Y (also with a role word after the slash), and 文/图 after
// a name that did both (longest first: the first match wins).
constexpr std::array<std::u32string_view, 12> kSlashRoles = {
    U"文/图", U"图/文", U"文／图", U"图／文", U"文/",   U"图/",
    U"文／",  U"图／",  U"摄影/",  U"撰文/",  U"文字/", U"视频/"};

size_t match_any(std::u32string_view s, size_t pos, auto const& words) {
  for (auto w : words)
    if (s.substr(pos, w.size()) == w) return w.size();
  return 0;
}

}  // namespace

size_t outlet_len(std::u32string_view u, size_t pos) {
  size_t p = match_any(u, pos, kOutlets);
  return p == 0 ? 0 : p + match_any(u, pos + p, kGrades);
}

size_t slash_role_len(std::u32string_view u, size_t pos) {
  return match_any(u, pos, kSlashRoles);
}

size_t role_len(std::u32string_view u, size_t pos) {
  if (size_t s = slash_role_len(u, pos)) return s;
  size_t p = pos;
  p += match_any(u, p, kOutlets);
  size_t g = match_any(u, p, kGrades);  // 实习记者, but 实习生 is a role of its own
  if (size_t r = match_any(u, p + g, kRoles)) return p + g + r - pos;
  size_t r = match_any(u, p, kRoles);
  return r ? p + r - pos : 0;
}

}  // namespace wz::lang
