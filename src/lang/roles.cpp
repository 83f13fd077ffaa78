#include "lang/roles.h"

#include <array>

#include "base/utf8.h"

namespace wz::lang {
namespace {

// Role words of bylines and credits: [本报|新华社|…][特约|见习|首席|实习][摄影]记者|通讯员|摄影.
// (A county's 融媒体中心 signs its own staff 融媒记者, as a paper signs 本报记者.)
constexpr std::array<std::u32string_view, 9> kOutlets = {U"本报",       U"新华社",   U"中新社",
                                                         U"人民日报",   U"工人日报", U"央视",
                                                         U"中国新闻社", U"本刊",     U"融媒"};
// (全媒体记者, 融媒体记者: a paper's reporter for all its outlets, print and screen.)
constexpr std::array<std::u32string_view, 8> kGrades = {U"特约", U"见习", U"首席",   U"实习",
                                                        U"驻站", U"特派", U"全媒体", U"融媒体"};
// (作者 credits the maker of a pictured artwork: 作者 汪砚秋; on a school page, 小记者 is a
// pupil reporting for the paper and 指导老师 the teacher under a pupil's essay: 指导老师：刘芳.)
constexpr std::array<std::u32string_view, 10> kRoles = {
    U"摄影记者", U"记者", U"通讯员", U"实习生",   U"撰稿人",
    U"摄影",     U"作者", U"小记者", U"指导老师", U"指导教师"};
// Evening-paper credits: 文/X 图/Y (also with a role word after the slash), and 文/图 after
// a name that did both (longest first: the first match wins).
constexpr std::array<std::u32string_view, 15> kSlashRoles = {
    U"文/图", U"图/文", U"文／图", U"图／文", U"文、图/", U"文、图／", U"图、文/", U"文/",
    U"图/",   U"文／",  U"图／",   U"摄影/",  U"撰文/",   U"文字/",    U"视频/"};

size_t match_any(std::u32string_view s, size_t pos, auto const& words) {
  for (auto w : words)
    if (s.substr(pos, w.size()) == w) return w.size();
  return 0;
}

// Any other outlet by the word its name ends in (经济日报, 江城晚报, 南方周末, 澎湃新闻网,
// 青溪广播电视台): 2 to kMaxOutletChars Han characters. Only a role word after it makes it
// one (role_len): alone, 经济日报 is a paper's name in a sentence.
constexpr size_t kMaxOutletChars = 8;
constexpr std::array<std::u32string_view, 7> kOutletEnds = {U"报", U"周刊", U"周末", U"社",
                                                            U"台", U"网",   U"杂志"};

// The length of the shortest outlet name at u[pos] that a role word follows
// ([grade] role: 经济日报|记者, 江城晚报|见习记者), or 0.
size_t named_outlet_len(std::u32string_view u, size_t pos) {
  for (size_t e = pos + 2; e <= u.size() && e - pos <= kMaxOutletChars; ++e) {
    if (!utf8::is_han(u[e - 1])) break;
    // (A name before a known outlet is no outlet: 晓 + 本报 in 钱 晓 本报记者 周 舟.)
    if (match_any(u, e - 2, kOutlets) == 2) return 0;
    std::u32string_view name = u.substr(pos, e - pos);
    bool ends_as_outlet = false;
    for (auto end : kOutletEnds) ends_as_outlet |= name.size() > end.size() && name.ends_with(end);
    if (ends_as_outlet && match_any(u, e + match_any(u, e, kGrades), kRoles) > 0) return e - pos;
  }
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
  if (p == pos) p += named_outlet_len(u, pos);
  size_t g = match_any(u, p, kGrades);  // 实习记者, but 实习生 is a role of its own
  if (size_t r = match_any(u, p + g, kRoles)) return p + g + r - pos;
  size_t r = match_any(u, p, kRoles);
  return r ? p + r - pos : 0;
}

}  // namespace wz::lang
