// typeset/page/broadsheet: the broadsheet make-up of one issue (set_issue_broadsheet in
// issue.h): the issue opening across the top of its first page, then the articles as
// blocks packed into the grid columns (broadsheet_plan), drawn by broadsheet_emit.
// Consumes: an issue and the layout's context. Produces: the plan, for set_issue_broadsheet
// and for tests that check the drawn lines against the blocks they belong to.
#pragma once
#include <vector>

#include "model/document.h"
#include "typeset/page/blocks.h"
#include "typeset/page/broadsheet_plan.h"

namespace wz::typeset {

struct BroadsheetPlan {
  SpanBlock opening;                // the issue's title and date across the type area
  std::vector<Material> materials;  // per article
  std::vector<Placed> blocks;  // in reading order; Placed::page counts from the issue's first page
};

BroadsheetPlan plan_broadsheet(const model::Issue& is, Context& cx);

}  // namespace wz::typeset
