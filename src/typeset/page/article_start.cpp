#include "typeset/page/article_start.h"

namespace wz::typeset {

StartAt article_start(const model::Layout& L, const PageState& s) {
  if (s.first) return StartAt::Here;
  if (L.article_start == model::ArticleStart::NewPage) return StartAt::NewPage;
  if (s.free_share < L.new_page_below || !s.opening_fits) return StartAt::NextPage;
  return StartAt::RunOn;
}

bool turns_page(const model::Layout& L, const PageState& s) {
  return article_start(L, s) == StartAt::NextPage;
}

}  // namespace wz::typeset
