#include "lang/words.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <unordered_map>
#include <vector>

#include "base/error.h"
#include "base/utf8.h"

extern "C" {
#include <friso/friso.h>
}

// The packed lexicon, embedded by the build (CMake wz_embed, scripts/lexpack.py).
extern "C" const unsigned char wz_friso_lexicon_begin[];
extern "C" const unsigned char wz_friso_lexicon_end[];

namespace wz::lang {

namespace {

// friso.ini of Debian's friso-dict: max_len 5, name recognition on, mixed words of 2.
// No synonyms and no secondary split: the tokens must partition the text.
void configure(friso_config_t c) {
  friso_init_config(c);
  c->max_len = kMaxWordChars;
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

// One entry of the packed lexicon.
struct Entry {
  unsigned lex = 0;
  std::uint32_t freq = 0;
  std::string_view word;
};

// The packed lexicon (lexpack.py's format): entries grouped by first code point and sorted
// by word within a group, and the character pairs that occur inside words.
struct Packed {
  const unsigned char* index = nullptr;
  const unsigned char* offsets = nullptr;
  const unsigned char* pairs = nullptr;
  const unsigned char* blob = nullptr;
  std::uint32_t groups = 0, entries = 0, npairs = 0;
  // For each code point below U+10000, its group's index + 1 (0: no word starts with it):
  // group() is asked for every character of every window, a binary search each before.
  std::vector<std::uint16_t> bmp_group;

  Packed() {
    const unsigned char* p = wz_friso_lexicon_begin;
    size_t n = static_cast<size_t>(wz_friso_lexicon_end - wz_friso_lexicon_begin);
    if (n < 24 || std::memcmp(p, "WZLEX002", 8) != 0)
      throw Error("internal: the embedded friso lexicon is missing or damaged");
    groups = read_u32(p + 8), entries = read_u32(p + 12), npairs = read_u32(p + 16);
    index = p + 24;
    offsets = index + 12 * static_cast<size_t>(groups);
    pairs = offsets + 4 * static_cast<size_t>(entries);
    blob = pairs + 4 * static_cast<size_t>(npairs);
    if (groups < 0xFFFF) {  // (the packed friso-dict has ~13 k groups)
      bmp_group.assign(0x10000, 0);
      for (std::uint32_t k = 0; k < groups; ++k)
        if (std::uint32_t cp = read_u32(index + 12 * k); cp < 0x10000 && !bmp_group[cp])
          bmp_group[cp] = static_cast<std::uint16_t>(k + 1);  // the first, as the search finds
    }
  }
  Entry entry(std::uint32_t k) const {
    const unsigned char* e = blob + read_u32(offsets + 4 * static_cast<size_t>(k));
    return Entry{e[0], read_u32(e + 2),
                 std::string_view(reinterpret_cast<const char*>(e + 6), e[1])};
  }
  // The first index in [lo, hi) for which below(index) is false (a binary search).
  template <class Below>
  static std::uint32_t partition(std::uint32_t lo, std::uint32_t hi, Below below) {
    while (lo < hi) {
      std::uint32_t mid = lo + (hi - lo) / 2;
      if (below(mid))
        lo = mid + 1;
      else
        hi = mid;
    }
    return lo;
  }
  // [first entry, end) of the words starting with `cp`.
  std::pair<std::uint32_t, std::uint32_t> group(char32_t cp) const {
    std::uint32_t k = 0;
    if (cp < 0x10000 && !bmp_group.empty()) {
      if (bmp_group[cp] == 0) return {0, 0};
      k = bmp_group[cp] - 1u;
    } else {
      k = partition(0, groups, [&](std::uint32_t m) { return read_u32(index + 12 * m) < cp; });
      if (k == groups || read_u32(index + 12 * k) != cp) return {0, 0};
    }
    std::uint32_t first = read_u32(index + 12 * k + 4);
    return {first, first + read_u32(index + 12 * k + 8)};
  }
  // The first entry in [lo, hi) whose word is not below `w`.
  std::uint32_t lower_bound(std::uint32_t lo, std::uint32_t hi, std::string_view w) const {
    return partition(lo, hi, [&](std::uint32_t m) { return entry(m).word < w; });
  }
  // The same, searched outward from lo: when lo is the place of w's prefix, the words that
  // start with w sort a few entries on, where the entries and their offsets share cache
  // lines, while a bisection of [lo, hi) misses the cache at every step.
  std::uint32_t lower_bound_near(std::uint32_t lo, std::uint32_t hi, std::string_view w) const {
    auto below = [&](std::uint32_t m) { return entry(m).word < w; };
    for (std::uint32_t step = 1;; step *= 2) {
      std::uint32_t probe = lo + step - 1;
      if (probe >= hi) return partition(lo, hi, below);
      if (!below(probe)) return partition(lo, probe, below);
      lo = probe + 1;
    }
  }
  // Is `word` an entry of type `lex`?
  bool has(std::string_view word, unsigned lex) const {
    if (word.empty()) return false;
    size_t i = 0;
    auto [lo, hi] = group(utf8::next(word, i));
    for (std::uint32_t k = lower_bound(lo, hi, word); k < hi && entry(k).word == word; ++k)
      if (entry(k).lex == lex) return true;
    return false;
  }
  // Do a and b stand side by side inside some word?
  // (Looked up in `run`, the pairs that start with a: pair_run(a).)
  bool pair(char32_t a, char32_t b, std::pair<std::uint32_t, std::uint32_t> run) const {
    if (a >= 0x10000 || b >= 0x10000) return false;
    std::uint32_t key = a << 16 | b;
    auto k = partition(run.first, run.second, [&](std::uint32_t m) { return pair_key(m) < key; });
    return k < run.second && pair_key(k) == key;
  }
  // [first, end) of the pairs that start with a (all of them for a beyond the BMP).
  std::pair<std::uint32_t, std::uint32_t> pair_run(char32_t a) const {
    if (a >= 0x10000) return {0, npairs};
    std::uint32_t from = a << 16, to = (a + 1) << 16;  // (to wraps to 0 for U+FFFF)
    auto first = partition(0, npairs, [&](std::uint32_t m) { return pair_key(m) < from; });
    if (to == 0) return {first, npairs};
    return {first, partition(first, npairs, [&](std::uint32_t m) { return pair_key(m) < to; })};
  }
  std::uint32_t pair_key(std::uint32_t m) const { return read_u32(pairs + 4 * m); }
};

// Each substring of the windows segmented so far, with the first packed entry that starts
// with it, or kNoEntry.
using Lookups = std::unordered_map<std::string, std::uint32_t>;
constexpr std::uint32_t kNoEntry = ~std::uint32_t{0};

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
  std::unordered_map<std::string, std::vector<Token>> cache;  // windows segmented so far
  // Every substring of a window looked up so far: one dictionary serves every
  // window, grown by the entries each new window holds. friso looks up substrings of the
  // text only, and every entry that is one is added before it segments, so the entries of
  // earlier windows change nothing (and building and freeing a dictionary per window cost
  // more than segmenting it).
  Lookups seen;
  std::unordered_map<char32_t, std::pair<std::uint32_t, std::uint32_t>> pair_runs;  // pair_run
};

namespace {

// Adds to `dic` the lexicon entries that occur in `text` as substrings and are not in it
// yet: friso looks up substrings of the text only, so it segments as with the whole
// lexicon. From each start, the substring grows while some entry still begins with it
// (entries are sorted by their bytes within a first character). A substring looked up for
// an earlier window is not searched again (`seen`): its entries are in `dic` already.
// (A page's windows overlap -- a line's head is segmented after every end it may follow --
// and each step of a binary search over the 4 MB lexicon misses the cache.)
void add_entries_for(std::string_view text, friso_dic_t dic, Lookups& seen) {
  const Packed& lex = packed();  // (once: each call tests the static's guard)
  auto add = [&](std::uint32_t k) {
    Entry e = lex.entry(k);
    char* owned = static_cast<char*>(std::malloc(e.word.size() + 1));  // friso frees it
    std::memcpy(owned, e.word.data(), e.word.size());
    owned[e.word.size()] = '\0';
    friso_dic_add_with_fre(dic, static_cast<friso_lex_t>(e.lex), owned, nullptr, e.freq);
  };
  for (size_t b = 0; b < text.size(); utf8::next(text, b)) {
    size_t e = b;
    auto [lo, hi] = lex.group(utf8::next(text, e));
    for (bool first = true; lo < hi; first = false) {
      std::string_view w = text.substr(b, e - b);
      auto [it, fresh] = seen.try_emplace(std::string(w), kNoEntry);
      if (fresh) {
        // Every word of the group starts with its character, so none sorts below it alone.
        std::uint32_t k = first ? lo : lex.lower_bound_near(lo, hi, w);
        if (k < hi && lex.entry(k).word.starts_with(w)) it->second = k;
        for (; k < hi && lex.entry(k).word == w; ++k) add(k);
      }
      if (it->second == kNoEntry) break;
      lo = it->second;  // the longer substrings sort after this one
      if (e >= text.size()) break;
      utf8::next(text, e);
    }
  }
}

}  // namespace

WordSegmenter::WordSegmenter() : impl_(std::make_unique<Impl>()) {
  configure(impl_->config.get());
}

WordSegmenter::~WordSegmenter() = default;

bool WordSegmenter::is_word(std::string_view word) const {
  return packed().has(word, __LEX_CJK_WORDS__);
}

bool WordSegmenter::has_word_across(std::string_view text, size_t seam) const {
  // From each start before the seam the substring grows while some entry begins with it
  // (a prefix no entry has ends the search), as add_entries_for walks a window.
  const Packed& lex = packed();
  for (size_t b = 0; b < seam; utf8::next(text, b)) {
    size_t e = b;
    auto [lo, hi] = lex.group(utf8::next(text, e));
    for (int chars = 1; lo < hi && chars <= kMaxWordChars; ++chars) {
      std::string_view w = text.substr(b, e - b);
      std::uint32_t k = chars == 1 ? lo : lex.lower_bound_near(lo, hi, w);
      if (k == hi || !lex.entry(k).word.starts_with(w)) break;
      for (lo = k; e > seam && k < hi && lex.entry(k).word == w; ++k)
        if (lex.entry(k).lex == __LEX_CJK_WORDS__) return true;
      if (e >= text.size()) break;
      utf8::next(text, e);
    }
  }
  return false;
}

bool WordSegmenter::is_surname(std::string_view s) const {
  if (packed().has(s, __LEX_CN_LNAME__)) return true;
  // Common surnames friso's list (513 entries) lacks, from the 2020 census's 400 most
  // frequent; 和, 但, 斯, 阿, 哈 are left out: as words they open too many phrases.
  static constexpr std::string_view kMore[] = {"肖", "金", "向", "柴", "古", "阎", "朴",
                                               "尧", "玉", "宾", "奉", "闭", "隆", "冶"};
  return std::find(std::begin(kMore), std::end(kMore), s) != std::end(kMore);
}

bool WordSegmenter::may_straddle(char32_t a, char32_t b) const {
  // A page asks for the pairs of one line's last character with many lines' first: the run
  // of pairs that start with it is found once (a search of all 165 k pairs misses the cache
  // at nearly every step; the run is a few cache lines).
  auto [run, fresh] = impl_->pair_runs.try_emplace(a);
  if (fresh) run->second = packed().pair_run(a);
  return packed().pair(a, b, run->second);
}

// friso's tokens of `buf` in order, each handed to `take` until it returns false.
std::vector<WordSegmenter::Token> WordSegmenter::tokens(std::string_view text) const {
  std::string buf(text);  // friso wants a NUL-terminated, writable string
  auto hit = impl_->cache.find(buf);
  if (hit != impl_->cache.end()) return hit->second;
  friso_t f = impl_->friso.get();
  if (!f->dic) f->dic = friso_dic_new();  // (friso_set_dic: a macro for a variable named dic)
  add_entries_for(buf, f->dic, impl_->seen);
  friso_task_t task = impl_->task.get();
  // Read to the end: friso frees the entries it queues (names, units it assembles) only as
  // it hands them out, and friso_set_text does not drop them.
  friso_set_text(task, buf.data());
  std::vector<Token> out;
  friso_config_t c = impl_->config.get();
  while (c->next_token(f, c, task) != nullptr) {
    friso_token_t t = task->token;
    size_t b = static_cast<size_t>(t->offset);
    out.push_back(Token{b, std::min(buf.size(), b + t->rlen)});
  }
  impl_->cache.emplace(std::move(buf), out);
  return out;
}

WordSegmenter::Token WordSegmenter::token_across(std::string_view text, size_t at) const {
  // Tokens come in text order: the first that ends past `at` holds it or starts after it.
  for (Token t : tokens(text))
    if (t.end > at) return t.begin < at ? t : Token{};
  return Token{};
}

// Both walk only as far as the n characters they keep (lines run long).
std::string tail_chars(std::string_view s, int n) {
  std::u32string out;
  for (size_t i = s.size(); i > 0 && static_cast<int>(out.size()) < n;)
    if (char32_t c = utf8::prev(s, i); !utf8::is_space(c)) out.insert(out.begin(), c);
  return utf8::encode(out);
}

std::string head_chars(std::string_view s, int n) {
  std::string out;
  for (size_t i = 0, kept = 0; i < s.size() && static_cast<int>(kept) < n;) {
    char32_t c = utf8::next(s, i);
    if (!utf8::is_space(c)) utf8::append(out, c), ++kept;
  }
  return out;
}

}  // namespace wz::lang
