// lang/roles: the role words of bylines and credits (本报记者, 特约通讯员, 文/…).
// Consumes: text as code points. Produces: the length of a role word at a position.
// One list for ingest (which reads bylines) and typeset (which keeps a name with its role
// when it breaks a byline).
#pragma once
#include <cstddef>
#include <string_view>

namespace wz::lang {

// Code points of a role word at u[pos] ([本报|新华社|…][特约|见习|…]记者|通讯员|…, or a
// slash credit 文/ 图/ 文/图), or 0.
size_t role_len(std::u32string_view u, size_t pos);
// Code points of an outlet's name at u[pos] with its grade (本报, 新华社, 本报特约), or 0.
size_t outlet_len(std::u32string_view u, size_t pos);
// Code points of a slash credit (文/, 图/, 文/图 …) at u[pos], or 0.
size_t slash_role_len(std::u32string_view u, size_t pos);

}  // namespace wz::lang
