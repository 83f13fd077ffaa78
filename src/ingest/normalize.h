// ingest/normalize: text clean-up rules of typography.md, one small function per rule.
// Consumes the raw text of one block (one paragraph, headline line, byline...).
// Produces the normalised text that goes into the model. Pure functions, linear time
// (display lines with a space between two Han characters also ask friso's lexicon).
// Every function is idempotent and leaves text that is already clean as it is, so
// structured source written from the model reads back unchanged.
#pragma once
#include <string>
#include <string_view>

namespace wz::ingest {

// Body text: a run of spaces next to a Han character or a CJK mark is extraction
// residue (column line-wrap), not a space (typography.md "Han–Latin and digits"):
// remove it. Spaces between Latin words or numbers stay (collapsed to one).
std::string remove_stray_spaces(std::string_view s);

// Display lines (headlines, kickers, section heads): deliberate spaces between phrases
// ("聚焦重点 集思广益", "淮北是我家 就地过大年", "从“新”出发 暖“新”同行") stay as one
// space. Residue goes: a space touching a clause or stop mark ("人员、 资金"), inside
// brackets or quotes, beside a dash; a space that leaves one Han character alone ("集思广
// 益", letter-spaced "阅 读 提 示"); a space between a number and its unit ("3 年"); a
// space inside a word, found with friso's lexicon (words.h: "重 点", "下 沉").
std::string normalize_display_spaces(std::string_view s);

// Bylines and credits: spaces separate role words and names ("本报记者 张婧 杨明清",
// "记者杨明清 张嫱 通讯员…", "本报记者 刘金梦 摄") and stay, one space each. Residue goes:
// a space that cuts a role word ("本报记 者"), that leaves one character of a name alone
// ("夏丽 萍", "通讯员夏 丽萍"; a lone common surname between two names opens the next one:
// "张婧 杨 明清" -> "张婧 杨明清"), before or inside brackets ("本报讯 (").
std::string normalize_name_spaces(std::string_view s);

// Punctuation conversion in Chinese text (typography.md "Newspaper conventions", GB/T 15834;
// a block without Han is left alone):
// - ASCII "…" -> “…” (alternating), '…' -> ‘…’ next to Chinese (§4.8 引号);
// - ( ) around or against Chinese -> （ ） (§4.9 括号);
// - , : ; next to Chinese -> ，：； (§4.4, §4.7, §4.6), never between digits (1,000 3:30);
// - ? ! -> ？！ (§4.2 问号, §4.3 叹号) after Chinese, before a closing quote or bracket or
//   at the end of a Chinese sentence ("真的吗?" "增长50%!"), not in a Latin sentence
//   ("“OK!”"), not between letters or digits, not in URLs;
// - ... ...... … ⋯ 。。。 ··· in Chinese text -> …… (§4.11 省略号: six dots, two ems).
std::string normalize_punctuation(std::string_view s);

// The same conversion without the quote rule, for one line of a raw page before it is
// read: the marks a reader weighs (（记者 林涛）, 季后赛：, …。) take one form whatever the
// copy used, while ASCII quotes, which pair across a paragraph's lines, wait for the
// whole paragraph (normalize_body).
std::string normalize_marks(std::string_view s);

// A display line's trailing "-" / "--" / single "—" after Chinese (a degraded
// dash of a kicker, GB/T 15834 §4.10 破折号) -> "——".
std::string repair_trailing_dash(std::string_view s);

// What ingest applies to each kind of block, raw page or structured source alike: the
// space rule of the kind, then (when `punctuation`, the manifest's normalize_punctuation)
// the punctuation conversion and the space rule again, since a converted mark turns the
// space beside it into residue ("APP , 方便" -> "APP，方便"). Idempotent.
std::string normalize_body(std::string_view s, bool punctuation);     // paragraphs, captions, tips
std::string normalize_byline(std::string_view s, bool punctuation);   // bylines, credits
std::string normalize_display(std::string_view s, bool punctuation);  // + repair_trailing_dash

}  // namespace wz::ingest
