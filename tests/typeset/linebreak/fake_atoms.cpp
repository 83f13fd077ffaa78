#include "fake_atoms.h"

#include <cstdint>
#include <string>

#include "base/utf8.h"

namespace wz::typeset::testing {

namespace {

enum class Kind { Han, Latin, Comma, Stop, Close, Open, Dash, Connector };

const std::u32string kComma = U"，、；：";
const std::u32string kStop = U"。？！";
const std::u32string kClose = U"”’）》」』〕】";
const std::u32string kOpen = U"“‘（《「『〔【";

bool in(const std::u32string& set, char32_t c) {
  return set.find(c) != std::u32string::npos;
}
bool is_ascii_alnum(char32_t c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}
bool has_right_blank(Kind k) {
  return k == Kind::Comma || k == Kind::Stop || k == Kind::Close;
}
bool is_mark(Kind k) {
  return k != Kind::Han && k != Kind::Latin;
}
bool no_break_before(Kind k) {
  return k == Kind::Comma || k == Kind::Stop || k == Kind::Close || k == Kind::Connector;
}

struct Token {
  Kind kind;
  std::u32string text;
  bool space_after = false;  // a real space between Latin words
};

std::vector<Token> tokenize(std::u32string_view s) {
  std::vector<Token> out;
  for (size_t i = 0; i < s.size();) {
    char32_t c = s[i];
    if (c == U' ') {
      if (!out.empty() && out.back().kind == Kind::Latin && i + 1 < s.size() &&
          is_ascii_alnum(s[i + 1]))
        out.back().space_after = true;  // between two Latin words; else a stray space
      ++i;
    } else if (is_ascii_alnum(c)) {
      size_t j = i;
      while (j < s.size() && (is_ascii_alnum(s[j]) || s[j] == U'%' ||
                              (s[j] == U'.' && j + 1 < s.size() && is_ascii_alnum(s[j + 1]))))
        ++j;
      out.push_back({Kind::Latin, std::u32string(s.substr(i, j - i))});
      i = j;
    } else if ((c == U'—' || c == U'…') && i + 1 < s.size() && s[i + 1] == c) {
      out.push_back({Kind::Dash, std::u32string(2, c)});
      i += 2;
    } else {
      Kind k = in(kComma, c)   ? Kind::Comma
               : in(kStop, c)  ? Kind::Stop
               : in(kClose, c) ? Kind::Close
               : in(kOpen, c)  ? Kind::Open
               : c == U'～'    ? Kind::Connector
                               : Kind::Han;
      out.push_back({k, std::u32string(1, c)});
      ++i;
    }
  }
  return out;
}

Atom atom_of(const Token& t) {
  Atom a;
  a.is_mark = is_mark(t.kind);
  switch (t.kind) {
    case Kind::Han:
      a.width = kEm;
      break;
    case Kind::Latin:
      a.width = 0.5f * kEm * static_cast<float>(t.text.size());
      break;
    case Kind::Dash:
      a.width = 2 * kEm;
      break;
    case Kind::Connector:
      a.width = kEm;
      break;
    case Kind::Comma:
    case Kind::Stop:
    case Kind::Close:
      a.width = kEm;
      a.end_trim = 0.5f * kEm;
      a.shrink = 0.5f * kEm;
      a.shrink_class = t.kind == Kind::Comma  ? ShrinkClass::Comma
                       : t.kind == Kind::Stop ? ShrinkClass::Stop
                                              : ShrinkClass::Bracket;
      break;
    case Kind::Open:
      a.width = kEm;
      a.start_trim = 0.5f * kEm;
      a.shrink = 0.5f * kEm;
      a.shrink_class = ShrinkClass::Bracket;
      a.shrink_left = true;
      break;
  }
  return a;
}

// The glue between two neighbours (clreq §3.2.2 Han–Latin, §3.5 stretch classes).
void set_glue(Atom& a, const Token& t, const Token& next) {
  bool han_latin = (t.kind == Kind::Han && next.kind == Kind::Latin) ||
                   (t.kind == Kind::Latin && next.kind == Kind::Han);
  if (t.kind == Kind::Latin && t.space_after) {
    a.gap = kEm / 3;
    a.shrink = kEm / 12;
    a.shrink_class = ShrinkClass::LatinSpace;
    a.stretch = kEm / 6;
    a.stretch_class = StretchClass::LatinSpace;
  } else if (han_latin) {
    a.gap = 0.25f * kEm;
    a.shrink = 0.125f * kEm;
    a.shrink_class = ShrinkClass::HanLatin;
    a.stretch = 0.25f * kEm;
    a.stretch_class = StretchClass::HanLatin;
  } else if (t.kind != Kind::Connector && next.kind != Kind::Connector) {
    a.stretch = 1;  // inter-character gap: stretchable, equally with the others
    a.stretch_class = StretchClass::InterChar;
  }
}

// Adjacent marks (clreq §3.1.6.2): two blanks meeting collapse into one, so the pair is set
// 1.5 em. The first mark loses its right blank, or the second its left one.
void compress(Atom& a, Atom& next, Kind k, Kind nk) {
  if (has_right_blank(k) && (is_mark(nk) && nk != Kind::Dash && nk != Kind::Connector)) {
    a.width -= 0.5f * kEm;
    a.shrink = 0;
    a.end_trim = 0;
    a.shrink_class = ShrinkClass::None;
  } else if (k == Kind::Open && nk == Kind::Open) {
    next.width -= 0.5f * kEm;
    next.shrink = 0;
    next.start_trim = 0;
    next.shrink_class = ShrinkClass::None;
  }
}

}  // namespace

FakeParagraph fake_atoms(std::string_view utf8) {
  std::vector<Token> toks = tokenize(utf8::decode(utf8));
  FakeParagraph p;
  for (const Token& t : toks) {
    p.atoms.push_back(atom_of(t));
    p.text.push_back(utf8::encode(t.text));
  }
  for (size_t i = 0; i + 1 < toks.size(); ++i) {
    compress(p.atoms[i], p.atoms[i + 1], toks[i].kind, toks[i + 1].kind);
    set_glue(p.atoms[i], toks[i], toks[i + 1]);
    // GB prohibition (clreq §3.1.4): no break before a closing mark, after an opening one.
    if (no_break_before(toks[i + 1].kind) || toks[i].kind == Kind::Open)
      p.atoms[i].brk = Break::Forbidden;
  }
  if (!p.atoms.empty()) p.atoms.back().brk = Break::Mandatory;
  return p;
}

std::string line_text(const FakeParagraph& p, const Line& l) {
  std::string s;
  for (std::uint32_t i = l.begin; i < l.end; ++i) s += p.text[i];
  return s;
}

bool is_mid_mark(const std::string& t) {
  return t == "，" || t == "。" || t == "、" || t == "；" || t == "：";
}

bool is_han_atom(const std::string& t) {
  std::u32string u = utf8::decode(t);
  return u.size() == 1 && utf8::is_han(u[0]);
}

std::string sample_text(int chars, unsigned seed) {
  // Words in the style of a local news page (written for these tests).
  static const char* words[] = {
      "记者",     "今年",     "全省",     "重点项目", "建设",     "进展顺利",   "一季度",
      "完成投资", "同比增长", "城乡居民", "收入",     "持续提高", "新能源汽车", "产业链",
      "加快布局", "农村公路", "养护工程", "全面推进", "科技创新", "企业",       "研发投入",
      "稳步上升", "基层治理", "能力",     "明显增强", "文化旅游", "市场活跃",   "消费需求",
      "逐步释放", "据介绍",   "目前",     "已经",     "进一步",   "推动",       "高质量发展",
      "群众",     "满意度",   "服务",     "保障",     "村民",     "合作社",     "种植",
      "面积",     "达到",     "万亩",     "带动",     "就业",     "岗位",       "工作人员"};
  static const char* latin[] = {"GDP", "5G", "2024", "CPI", "AI", "3.5%", "App", "12"};
  std::uint32_t r = seed * 2654435761u + 12345u;
  auto next = [&r](std::uint32_t n) {
    r = r * 1664525u + 1013904223u;
    return (r >> 8) % n;
  };
  const std::uint32_t nw = sizeof words / sizeof *words;
  std::string out;
  int clauses = 0;
  size_t counted = 0;
  int length = 0;
  auto grown = [&] {  // characters so far, counted incrementally
    length += static_cast<int>(utf8::length(std::string_view(out).substr(counted)));
    counted = out.size();
    return length;
  };
  while (grown() < chars) {
    for (std::uint32_t w = 0, n = 2 + next(4); w < n; ++w) {
      std::uint32_t k = next(100);
      if (k < 6)
        out += std::string("“") + words[next(nw)] + "”";
      else if (k < 9)
        out += std::string("（") + words[next(nw)] + words[next(nw)] + "）";
      else if (k < 14)
        out += latin[next(8)];
      out += words[next(nw)];
    }
    std::uint32_t k = next(100);
    bool stop = ++clauses >= 3 && k < 40;
    if (stop) clauses = 0;
    bool end = grown() >= chars;
    out += stop || end ? (k < 3 ? "？" : "。")
           : k < 50    ? "，"
           : k < 60    ? "、"
           : k < 65    ? "；"
                       : "，";
  }
  return out;
}

}  // namespace wz::typeset::testing
