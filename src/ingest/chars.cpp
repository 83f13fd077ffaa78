#include "ingest/chars.h"

#include <array>
#include <cstring>
#include <functional>
#include <string_view>
#include <unordered_map>

#include "base/utf8.h"

namespace wz::ingest {

bool is_cjk_punct(char32_t c) {
  return (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF0F) ||
         (c >= 0xFF1A && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFF40) ||
         (c >= 0xFF5B && c <= 0xFF65) || (c >= 0x2018 && c <= 0x201F) || c == 0x2014 ||
         c == 0x2015 || c == 0x2026 || c == 0x00B7 || c == 0x2E3A || c == 0xFE4F;
}

bool is_cjkish(char32_t c) {
  return utf8::is_han(c) || is_cjk_punct(c);
}

bool is_sentence_end(char32_t c) {
  return c == U'。' || c == U'！' || c == U'？' || c == '!' || c == '?' || c == U'…';
}

bool is_clause_mark(char32_t c) {
  return c == U'，' || c == ',' || c == U'、' || c == U'；' || c == ';' || c == U'：' || c == ':';
}

bool is_comma_like(char32_t c) {
  return c == U'，' || c == ',' || c == U'、';
}

bool is_closing(char32_t c) {
  return c == U'”' || c == U'’' || c == '"' || c == '\'' || c == U'）' || c == ')' || c == U'」' ||
         c == U'』' || c == U'》' || c == U'〉' || c == U'】' || c == U'〕' || c == ']' ||
         c == U'］';
}

bool is_opening(char32_t c) {
  return c == U'“' || c == U'‘' || c == U'（' || c == '(' || c == U'「' || c == U'『' ||
         c == U'《' || c == U'〈' || c == U'【' || c == U'〔' || c == '[' || c == U'［';
}

bool is_dash(char32_t c) {
  return c == U'—' || c == U'―' || c == '-' || c == U'─' || c == 0x2E3A;
}

bool is_ascii_alnum(char32_t c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

namespace {

// Units and measure words written right after a number in news text.
constexpr std::u32string_view kNumberUnits =
    U"年月日时分秒号万亿千百元角个名人位家项次届期岁天周件条余多所座场批台辆套户吨米倍";

// The commonest single-character surnames, roughly by frequency (about nine in ten Han
// Chinese bear one of them).
constexpr std::u32string_view kCommonSurnames =
    U"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余"
    U"杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙"
    U"史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟"
    U"殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游"
    U"辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费"
    U"卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查"
    U"麻苑迟邝";

}  // namespace

bool is_number_unit(char32_t c) {
  return kNumberUnits.find(c) != std::u32string_view::npos;
}

bool is_common_surname(char32_t c) {
  return kCommonSurnames.find(c) != std::u32string_view::npos;
}

bool opens_with_mark(char32_t c) {
  return (is_closing(c) && c != '"' && c != '\'') || is_sentence_end(c) || is_clause_mark(c);
}

bool is_digit(char32_t c) {
  return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19);
}

int visible_length(std::string_view s) {
  int n = 0;
  for (size_t i = 0; i < s.size();) n += !utf8::is_space(utf8::next(s, i));
  return n;
}

// Whether the bytes hold a space utf8::is_space knows: ' ', '\t', NBSP (C2 A0) or
// U+3000 (E3 80 80). One pass: most lines hold none.
bool has_space(std::string_view s) {
  // memchr (vectorised in glibc) finds the bytes a space starts with; E3 also starts
  // 、。《》「」, so each of its hits is checked.
  if (s.empty()) return false;
  const char* p = s.data();
  const char* end = p + s.size();
  if (std::memchr(p, ' ', s.size()) || std::memchr(p, '\t', s.size())) return true;
  auto follows = [&](unsigned char lead, std::string_view rest) {
    for (const char* q = p; (q = static_cast<const char*>(std::memchr(q, lead, end - q))); ++q)
      if (static_cast<size_t>(end - q) > rest.size() &&
          std::string_view(q + 1, rest.size()) == rest)
        return true;
    return false;
  };
  return follows(0xC2, "\xA0") || follows(0xE3, "\x80\x80");
}

std::string squeeze(std::string_view s) {
  if (!has_space(s)) return std::string(s);
  std::string out;
  for (size_t i = 0; i < s.size();) {
    char32_t c = utf8::next(s, i);
    if (!utf8::is_space(c)) utf8::append(out, c);
  }
  return out;
}

namespace {

struct TextHash {
  using is_transparent = void;  // looked up by string_view, no key made for a hit
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
// squeezed_u32's texts (node-based: a text stays where it is as the map grows).
struct SqueezeMemo {
  std::unordered_map<std::string, std::u32string, TextHash, std::equal_to<>> decoded;
  // remembered's answers, one map for each LineTest.
  std::array<std::unordered_map<std::string, bool, TextHash, std::equal_to<>>,
             static_cast<size_t>(LineTest::Count)>
      answers;
  int scopes = 0;
  void clear() {
    decoded.clear();
    for (auto& a : answers) a.clear();
  }
};
thread_local SqueezeMemo squeeze_memo;

}  // namespace

const std::u32string& squeezed_u32(std::string_view s) {
  auto& memo = squeeze_memo.decoded;
  if (auto hit = memo.find(s); hit != memo.end()) return hit->second;
  return memo.emplace(std::string(s), utf8::decode(squeeze(s))).first->second;
}

bool remembered(LineTest which, std::string_view s, bool (*test)(std::string_view)) {
  auto& memo = squeeze_memo.answers[static_cast<size_t>(which)];
  if (auto hit = memo.find(s); hit != memo.end()) return hit->second;
  return memo.emplace(std::string(s), test(s)).first->second;
}

SqueezeMemoScope::SqueezeMemoScope() {
  if (squeeze_memo.scopes++ == 0) squeeze_memo.clear();
}

SqueezeMemoScope::~SqueezeMemoScope() {
  if (--squeeze_memo.scopes == 0) squeeze_memo.clear();
}

namespace {

// The last code point of s that `skip` does not pass over, walking back from the end
// (lines run long; the end is near). 0 if none.
template <class Skip>
char32_t last_char_not(std::string_view s, Skip skip) {
  for (size_t i = s.size(); i > 0;)
    if (char32_t c = utf8::prev(s, i); !skip(c)) return c;
  return 0;
}

}  // namespace

char32_t last_char(std::string_view s) {
  return last_char_not(s, [](char32_t c) { return utf8::is_space(c); });
}

char32_t last_core_char(std::string_view s, bool skip_closing) {
  return last_char_not(
      s, [&](char32_t c) { return utf8::is_space(c) || (skip_closing && is_closing(c)); });
}

char32_t first_char(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    char32_t c = utf8::next(s, i);
    if (!utf8::is_space(c)) return c;
  }
  return 0;
}

}  // namespace wz::ingest
