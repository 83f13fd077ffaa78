// ingest/features: what one line or paragraph of a raw page looks like.
// Consumes the raw text of a line (before normalisation: ASCII or full-width marks,
// stray spaces). Produces features the segmenter weighs: length, how it ends, byline
// and credit patterns, reading-tip and genre labels, continuation furniture, quote
// balance. Patterns describe the *form* of newspaper furniture (role words, brackets,
// 摄), never the seeds' strings.
#pragma once
#include <functional>
#include <string>
#include <string_view>

#include "lang/roles.h"

namespace wz::ingest {

// Tuning constants (character counts without spaces).
// A headline-group line: the longest kickers in union-paper pages run to ~45 characters
// (a full clause ending in ——); body lines that short are rare and end in 。.
inline constexpr int kMaxDisplayChars = 48;
// An in-article photo caption without title: one short sentence of at most this many
// characters.
inline constexpr int kMaxInlineCaptionChars = 40;
// A separate byline / credit line: role words and a few names.
inline constexpr int kMaxBylineChars = 48;

// Ends with a sentence-final mark, possibly followed by closing quotes or brackets.
bool ends_terminal(std::string_view s);
// Ends in the middle of a sentence: after a Han character, a Latin letter, a digit, a
// comma-like mark or an opening bracket (the rest of the sentence is elsewhere).
bool ends_mid_sentence(std::string_view s, bool past_closers = false);
// (past_closers: read past closing quotes and brackets, …与“五月为恶月”: the phrase is
// closed, the sentence may go on.)
// Finishes an item: ends a sentence, or is a signature in brackets alone (（县畜牧兽医中心）)
// or after the last sentence (…以内。（孙丽娟）, …43处。（黄磊 刘芳）).
bool finishes_item(std::string_view s);
// Ends with a comma-like mark (，,、): strongest sign the next line continues it.
bool ends_comma(std::string_view s);
// Holds a clause mark (，,、；;) before its last character.
bool has_inner_clause_mark(std::string_view s);
// Holds a sentence-final mark anywhere.
bool has_sentence_mark(std::string_view s);

// Could be a line of a headline group: short, no sentence marks, not a byline.
bool is_display_candidate(std::string_view s);
// Starts / ends with a dash: subheadline ("——…") / kicker ("…——", degraded "…-").
bool starts_with_dash(std::string_view s);
bool ends_with_dash(std::string_view s);
// Two or more space-separated phrases without marks: "信息共享 活动共联 人才共引".
bool is_slogan(std::string_view s);
// A genre label line such as 新闻特写 / 通讯 / 评论员文章 (short, ends with a genre word).
bool is_genre_label(std::string_view s);
// A reading-tip label, also letter-spaced ("阅 读 提 示"); `rest` gets text after a colon.
bool is_tip_label(std::string_view s, std::string* rest);
// A continuation line of the source paper: （上接第1版） 下转第3版 (转第2版) ...
bool is_continuation_line(std::string_view s);

// Who may be named in a byline or credit. Without it any 2-4 Han characters may be a
// name; ingest passes friso's surname list (evidence.cpp), so that 记者调查 is not read as
// the role 记者 and a reporter called 调查.
// `glued`: the name follows its role word without a space (记者王小明).
using NameCheck = std::function<bool(std::u32string_view name, bool glued)>;

// Code points of a role word at u[pos] (本报记者, 新华社记者, 特约通讯员, 文/...), or 0.
using lang::role_len;
// A separate byline line: role word first, then names ("本报记者 彭冰 本报通讯员 徐阳").
// Names may be letter-spaced ("本报记者 关 宁"): single characters are read together.
bool is_byline_line(std::string_view s, const NameCheck& plausible = {});
// Bytes of an inline byline opening a paragraph: "本报讯(记者…)", "新华社北京3月1日电（记者…）";
// with `allow_tail`, also a byline whose start is cut off ("莹 贾丽莉)"). 0 if none.
size_t inline_byline_length(std::string_view s, bool allow_tail);
// Byte offset where a photo credit ("本报记者 刘金梦 摄", "赵俊超 摄/视觉中国") starts at
// the end of `s`, or npos. 0 means the whole line is a credit.
size_t trailing_credit_start(std::string_view s, const NameCheck& plausible = {});

// Quote balance of a fragment, to pair text cut apart by a column jump.
struct QuoteBalance {
  int unopened = 0;  // full-width closers with no opener before them (starts mid-quote)
  int unclosed = 0;  // full-width openers still open at the end (ends mid-quote)
  int ascii = 0;     // number of straight double quotes (odd = unbalanced)
};
QuoteBalance quote_balance(std::string_view s);

}  // namespace wz::ingest
