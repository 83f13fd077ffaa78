// Steps 8-9 of shape_paragraph: break opportunities between units, then the atoms.
// Between Western units the ICU line break iterator (UAX #14) decides; wherever a Chinese
// unit is involved, the clreq §3.1.4 prohibition tables do (ICU 72 predates UAX #14's
// East Asian quotation tailoring and would forbid breaks around “ ” between Han).
#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <memory>

#include "base/error.h"
#include "typeset/shape/steps.h"

namespace wz::typeset::detail {
namespace {

struct UTextDel {
  void operator()(UText* t) const { utext_close(t); }
};

// One line-break iterator per thread; creating one costs far more than a paragraph.
icu::BreakIterator& line_iterator() {
  thread_local std::unique_ptr<icu::BreakIterator> it = [] {
    UErrorCode st = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> bi(
        icu::BreakIterator::createLineInstance(icu::Locale("zh"), st));
    if (U_FAILURE(st)) throw Error(std::string("ICU line break iterator: ") + u_errorName(st));
    return bi;
  }();
  return *it;
}

// UAX #14 verdict at a byte offset (ICU's UTF-8 UText indexes by byte).
class Uax14 {
 public:
  explicit Uax14(const std::string& text) : text_(text) {}
  bool allows(std::uint32_t byte) {
    if (!ut_) {
      UErrorCode st = U_ZERO_ERROR;
      ut_.reset(utext_openUTF8(nullptr, text_.data(), static_cast<int64_t>(text_.size()), &st));
      line_iterator().setText(ut_.get(), st);
      if (U_FAILURE(st)) throw Error(std::string("ICU setText: ") + u_errorName(st));
    }
    return line_iterator().isBoundary(static_cast<int32_t>(byte));
  }

 private:
  const std::string& text_;
  std::unique_ptr<UText, UTextDel> ut_;
};

Break between(const Unit& a, const Unit& b, clreq::Level level, Uax14& uax14) {
  if (a.newline) return Break::Mandatory;
  if (a.nbsp) return Break::Forbidden;
  if (clreq::is_cjk(a.last) || clreq::is_cjk(b.first)) {  // clreq §3.1.4
    bool no = clreq::may_not_end(a.last_c, level) || clreq::may_not_start(b.first_c, b.pair, level);
    return no ? Break::Forbidden : Break::Allowed;
  }
  return uax14.allows(b.begin) ? Break::Allowed : Break::Forbidden;
}

}  // namespace

void set_breaks(std::vector<Unit>& units, const std::string& text, clreq::Level level) {
  Uax14 uax14(text);
  for (size_t i = 0; i < units.size(); ++i)
    units[i].atom.brk =
        i + 1 < units.size() ? between(units[i], units[i + 1], level, uax14) : Break::Mandatory;
}

void emit(const std::vector<Unit>& units, ShapedParagraph& out) {
  out.atoms.reserve(units.size());
  out.atom_text.reserve(units.size());
  for (const Unit& u : units) {
    out.atoms.push_back(u.atom);
    out.atom_text.emplace_back(u.begin, u.end);
  }
}

}  // namespace wz::typeset::detail
