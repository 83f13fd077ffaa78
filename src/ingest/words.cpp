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

int word_across_seam(const WordSegmenter& w, std::string_view left, std::string_view right) {
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
      return n >= 2 ? n : 0;
    }
  }
  return 0;
}

}  // namespace wz::ingest
