#include "ingest/words.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <unordered_set>

#include "base/error.h"
#include "base/utf8.h"

extern "C" {
#include <friso/friso.h>
}

// The packed lexicon, embedded by the build (lexicon_data.S, scripts/lexpack.py).
extern "C" const unsigned char wz_friso_lexicon_begin[];
extern "C" const unsigned char wz_friso_lexicon_end[];

namespace wz::ingest {

namespace {

// friso.ini of Debian's friso-dict: max_len 5, name recognition on, mixed words of 2.
// No synonyms and no secondary split: the tokens must partition the text.
void configure(friso_config_t c) {
  friso_init_config(c);
  c->max_len = 5;
  c->r_name = 1;
  c->mix_len = 2;
  c->lna_len = 1;
  c->add_syn = 0;
  c->clr_stw = 0;
  c->keep_urec = 0;
  c->spx_out = 0;
  c->en_sseg = 0;
  c->st_minl = 2;
  c->nthreshold = 2000000;
  std::strcpy(c->kpuncs, "@%.#&+");
  friso_set_mode(c, __FRISO_COMPLEX_MODE__);
}

std::uint32_t read_u32(const unsigned char* p) {
  std::uint32_t v;
  std::memcpy(&v, p, 4);
  return v;  // the packer writes little endian, as this machine reads
}

// The packed lexicon: an index by first code point over entries (lexpack.py's format).
struct Packed {
  const unsigned char* index = nullptr;
  const unsigned char* entries = nullptr;
  std::uint32_t count = 0;

  Packed() {
    const unsigned char* p = wz_friso_lexicon_begin;
    size_t n = static_cast<size_t>(wz_friso_lexicon_end - wz_friso_lexicon_begin);
    if (n < 16 || std::memcmp(p, "WZLEX001", 8) != 0)
      throw Error("internal: the embedded friso lexicon is missing or damaged");
    count = read_u32(p + 8);
    index = p + 16;
    entries = index + 12 * static_cast<size_t>(count);
  }
  // [first entry, number of entries) for words starting with `cp`.
  std::pair<const unsigned char*, std::uint32_t> words_from(char32_t cp) const {
    size_t lo = 0, hi = count;
    while (lo < hi) {
      size_t mid = (lo + hi) / 2;
      if (read_u32(index + 12 * mid) < cp)
        lo = mid + 1;
      else
        hi = mid;
    }
    if (lo == count || read_u32(index + 12 * lo) != cp) return {nullptr, 0};
    return {entries + read_u32(index + 12 * lo + 4), read_u32(index + 12 * lo + 8)};
  }
};

const Packed& packed() {
  static const Packed p;
  return p;
}

struct FrisoFree {
  void operator()(friso_entry* f) const { friso_free(f); }  // frees its dictionary too
};
struct ConfigFree {
  void operator()(friso_config_entry* c) const { std::free(c); }  // friso_free_config
};
struct TaskFree {
  void operator()(friso_task_entry* t) const { friso_free_task(t); }
};

}  // namespace

struct WordSegmenter::Impl {
  std::unique_ptr<friso_entry, FrisoFree> friso{friso_new()};
  std::unique_ptr<friso_config_entry, ConfigFree> config{friso_new_config()};
  std::unique_ptr<friso_task_entry, TaskFree> task{friso_new_task()};
  size_t words = 0;
};

WordSegmenter::WordSegmenter(std::string_view alphabet) : impl_(std::make_unique<Impl>()) {
  configure(impl_->config.get());
  friso_dic_t dic = friso_dic_new();
  friso_set_dic(impl_->friso.get(), dic);
  std::unordered_set<char32_t> chars;
  for (size_t i = 0; i < alphabet.size();) chars.insert(utf8::next(alphabet, i));
  for (char32_t c : chars) {
    auto [p, n] = packed().words_from(c);
    for (std::uint32_t k = 0; k < n; ++k) {
      unsigned lex = p[0], len = p[1];
      std::uint32_t fre = read_u32(p + 2);
      std::string_view word(reinterpret_cast<const char*>(p + 6), len);
      p += 6 + len;
      bool inside = true;
      for (size_t i = 0; i < word.size() && inside;) inside = chars.count(utf8::next(word, i)) > 0;
      if (!inside) continue;
      char* owned = static_cast<char*>(std::malloc(len + 1));  // friso frees it
      std::memcpy(owned, word.data(), len);
      owned[len] = '\0';
      friso_dic_add_with_fre(dic, static_cast<friso_lex_t>(lex), owned, nullptr, fre);
      ++impl_->words;
    }
  }
}

WordSegmenter::~WordSegmenter() = default;

size_t WordSegmenter::lexicon_size() const {
  return impl_->words;
}

bool WordSegmenter::is_word(std::string_view word) const {
  std::string w(word);
  return friso_dic_match(impl_->friso->dic, __LEX_CJK_WORDS__, w.data()) != 0;
}

bool WordSegmenter::is_surname(std::string_view s) const {
  std::string w(s);
  return friso_dic_match(impl_->friso->dic, __LEX_CN_LNAME__, w.data()) != 0;
}

std::vector<WordSegmenter::Token> WordSegmenter::tokens(std::string_view text) const {
  std::string buf(text);  // friso wants a NUL-terminated, writable string
  friso_task_t task = impl_->task.get();
  friso_set_text(task, buf.data());
  std::vector<Token> out;
  friso_config_t c = impl_->config.get();
  while (c->next_token(impl_->friso.get(), c, task) != nullptr) {
    friso_token_t t = task->token;
    size_t b = static_cast<size_t>(t->offset);
    out.push_back(Token{b, std::min(buf.size(), b + t->rlen)});
  }
  return out;
}

std::string tail_chars(std::string_view s, int n) {
  std::u32string u = utf8::decode(s);
  std::u32string out;
  for (size_t i = u.size(); i-- > 0 && static_cast<int>(out.size()) < n;)
    if (!utf8::is_space(u[i])) out.insert(out.begin(), u[i]);
  return utf8::encode(out);
}

std::string head_chars(std::string_view s, int n) {
  std::u32string u = utf8::decode(s);
  std::u32string out;
  for (size_t i = 0; i < u.size() && static_cast<int>(out.size()) < n; ++i)
    if (!utf8::is_space(u[i])) out.push_back(u[i]);
  return utf8::encode(out);
}

namespace {

// The longest lexicon word (characters) made of the last a characters of `left` and the
// first b of `right` (a >= 1, 1 <= b <= max_b, a + b <= 5: friso's longest words), or 0.
int longest_straddling_word(const WordSegmenter& w, std::string_view left, std::string_view right,
                            size_t max_b = 4) {
  std::u32string l = utf8::decode(tail_chars(left, 4)), r = utf8::decode(head_chars(right, 4));
  int best = 0;
  for (size_t a = 1; a <= l.size(); ++a)
    for (size_t b = 1; b <= r.size() && b <= max_b && a + b <= 5; ++b)
      if (static_cast<int>(a + b) > best &&
          w.is_word(utf8::encode(l.substr(l.size() - a) + r.substr(0, b))))
        best = static_cast<int>(a + b);
  return best;
}

}  // namespace

bool seam_halves_bound(const WordSegmenter& w, std::string_view left, std::string_view right) {
  std::string l = tail_chars(left, kSeamWindow), r = head_chars(right, kSeamWindow);
  auto lt = w.tokens(l), rt = w.tokens(r);
  if (lt.empty() || rt.empty()) return false;
  auto one_char = [](const WordSegmenter::Token& t, const std::string& s) {
    return utf8::length(std::string_view(s).substr(t.begin, t.end - t.begin)) == 1;
  };
  return one_char(lt.back(), l) && one_char(rt.front(), r);
}

int word_across_seam(const WordSegmenter& w, std::string_view left, std::string_view right) {
  // friso's own reading first; a lexicon word of three characters or more that the cut
  // leaves one character of on the next line counts too when friso reads the window
  // otherwise (驾驶|室里 for 驾驶室|里). Words with two or more characters on each side are
  // left to friso: they straddle seams by chance (全总|站长 holds 总站长).
  if (longest_straddling_word(w, left, right) == 0) return 0;
  int lexicon = longest_straddling_word(w, left, right, 1);
  std::string l = tail_chars(left, kSeamWindow), r = head_chars(right, kSeamWindow);
  if (l.empty() || r.empty()) return 0;
  char32_t lc = utf8::decode(l).back(), rc = utf8::decode(r).front();
  if (!utf8::is_han(lc) || !utf8::is_han(rc)) return 0;
  std::string text = l + r;
  size_t seam = l.size();
  for (const auto& t : w.tokens(text)) {
    if (t.begin < seam && t.end > seam) {
      std::string_view word(text.data() + t.begin, t.end - t.begin);
      int n = 0;
      for (size_t i = 0; i < word.size();) n += utf8::is_han(utf8::next(word, i)) ? 1 : 0;
      if (n >= 2) return n;
      break;
    }
  }
  return lexicon >= 3 ? lexicon : 0;
}

}  // namespace wz::ingest
