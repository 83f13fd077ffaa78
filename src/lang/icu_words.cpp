#include "lang/icu_words.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <memory>
#include <string>

#include "base/error.h"

namespace wz::lang {
namespace {

struct UTextDel {
  void operator()(UText* t) const { utext_close(t); }
};

// One word-break iterator per thread; creating one costs far more than a caption.
icu::BreakIterator& word_iterator() {
  thread_local std::unique_ptr<icu::BreakIterator> it = [] {
    UErrorCode st = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> bi(
        icu::BreakIterator::createWordInstance(icu::Locale("zh"), st));
    if (U_FAILURE(st)) throw Error(std::string("ICU word break iterator: ") + u_errorName(st));
    return bi;
  }();
  return *it;
}

}  // namespace

std::vector<WordSegmenter::Token> icu_words(std::string_view text) {
  std::vector<WordSegmenter::Token> out;
  if (text.empty()) return out;
  UErrorCode st = U_ZERO_ERROR;  // a UTF-8 UText: the iterator's offsets are bytes
  std::unique_ptr<UText, UTextDel> ut(
      utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &st));
  icu::BreakIterator& bi = word_iterator();
  bi.setText(ut.get(), st);
  if (U_FAILURE(st)) throw Error(std::string("ICU setText: ") + u_errorName(st));
  for (int32_t a = bi.first(), b = bi.next(); b != icu::BreakIterator::DONE; a = b, b = bi.next())
    out.push_back({static_cast<size_t>(a), static_cast<size_t>(b)});
  return out;
}

}  // namespace wz::lang
