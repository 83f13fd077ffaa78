// ingest/chars: character classes the ingest rules share (code points, not bytes).
// Consumes single code points or UTF-8 strings. Produces yes/no answers and small counts.
#pragma once
#include <string>
#include <string_view>

namespace wz::ingest {

bool is_cjk_punct(char32_t c);     // full-width/CJK marks incl. “”‘’—…·, GB/T 15834
bool is_cjkish(char32_t c);        // Han or CJK punctuation
bool is_sentence_end(char32_t c);  // 。！？!? and … (GB/T 15834 §4.1: 句末点号)
bool is_clause_mark(char32_t c);   // ，,、；;：: (GB/T 15834 §4.1: 句内点号)
bool is_comma_like(char32_t c);    // ，,、 — a paragraph ending in one is mid-sentence
bool is_closing(char32_t c);       // closing quotes and brackets, ASCII or full width
bool is_opening(char32_t c);       // opening quotes and brackets, ASCII or full width
bool is_dash(char32_t c);          // — ― - ─ (a degraded —— is often a single - )
bool is_ascii_alnum(char32_t c);   // [0-9A-Za-z]: a mark between two of them is inside a word
// A mark no sentence opens with: a closing bracket or full-width quote, a sentence or clause
// mark (clreq 3.1.4; an ASCII quote may open or close, so it counts as neither).
bool opens_with_mark(char32_t c);

// A Han character that follows a number as its unit or measure word (年 月 日 万 名 个 ...):
// "6.6 万" is one word, the space in it is extraction residue.
bool is_number_unit(char32_t c);
// An ASCII or full-width digit.
bool is_digit(char32_t c);

// One of the commonest Chinese surnames (data table, single characters): in a byline a lone
// character cut off by a space ("张婧 杨 明清") that is a surname opens the next name.
bool is_common_surname(char32_t c);

// Number of characters that are not spaces.
int visible_length(std::string_view s);
// `s` with every space character removed (for pattern tests on extraction residue).
std::string squeeze(std::string_view s);
// The code points of squeeze(s), remembered for the page being read: the line tests ask
// many forms of one line, and each decoded and squeezed it again (malloc and free were
// about a sixth of ingest). The text stays valid until the outermost SqueezeMemoScope on
// this thread ends (outside any scope: until the thread ends).
const std::u32string& squeezed_u32(std::string_view s);
// While one lives, squeezed_u32 on this thread remembers what it decoded; the outermost
// scope drops it all when it ends (a page's read: ingest.cpp).
class SqueezeMemoScope {
 public:
  SqueezeMemoScope();
  ~SqueezeMemoScope();
  SqueezeMemoScope(const SqueezeMemoScope&) = delete;
  SqueezeMemoScope& operator=(const SqueezeMemoScope&) = delete;
};
// A test of a whole line whose answer is remembered for the page being read, as
// squeezed_u32's texts are: unwrap and the evidence ask it of the same lines.
enum class LineTest { PageFurniture, Count };
// test(s), asked once a page for each text (while a SqueezeMemoScope lives).
bool remembered(LineTest which, std::string_view s, bool (*test)(std::string_view));
// Whether `s` holds a space character (utf8::is_space), read as bytes in one pass.
bool has_space(std::string_view s);
// Last / first non-space code point (0 if none).
char32_t last_char(std::string_view s);
// Last code point that is no space, nor (with skip_closing) a closing quote or bracket.
char32_t last_core_char(std::string_view s, bool skip_closing = true);
char32_t first_char(std::string_view s);

// Does `s` (spaces skipped) open with the first character of one of `words`? A cheap test
// before decoding a line to match it against a word list.
template <class Words>
bool opens_any(std::string_view s, const Words& words) {
  char32_t c = first_char(s);
  for (const auto& w : words)
    if (!w.empty() && w.front() == c) return true;
  return false;
}

}  // namespace wz::ingest
