#include "base/error.h"
#include "typeset/page/issue.h"

namespace wz::typeset {

void set_issue_vertical(const model::Issue& is, Context& cx, pages::Document&,
                        std::vector<LineRecord>&, TocIssue&) {
  throw Error(SourcePos{cx.layout.file},
              "vertical layouts are not implemented yet (issue \"" + is.title + "\")");
}

}  // namespace wz::typeset
