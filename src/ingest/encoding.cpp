#include "ingest/encoding.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <cstdio>
#include <memory>

#include "base/error.h"
#include "base/utf8.h"
#include "ingest/lines.h"

namespace wz::ingest {

namespace {

// Below this many multi-byte characters before the first invalid byte, a page may still be
// GB18030 (GB18030 text of the corpus has at most 3 such accidental characters at its
// start); from it on, the page is UTF-8 with a broken byte and is not decoded as GB18030.
constexpr int kUtf8Evidence = 8;

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
using Converter = std::unique_ptr<UConverter, ConverterCloser>;

// ICU's converter for `name`, or null when ICU knows no such name.
Converter open_converter(const std::string& name) {
  if (name.empty()) return nullptr;  // ucnv_open("") would give the platform default
  UErrorCode err = U_ZERO_ERROR;
  Converter c(ucnv_open(name.c_str(), &err));
  if (U_FAILURE(err)) return nullptr;
  return c;
}

// The outcome of a strict conversion to UTF-16.
struct Decoded {
  std::u16string text;     // what was converted before the first invalid sequence
  std::int64_t bad = -1;   // offset in the input of the first invalid sequence; -1 = none
  std::string bad_bytes;   // that sequence
  bool truncated = false;  // the input ends inside a character
};

// Converts `bytes` with `cnv`, stopping at the first sequence that is illegal, unassigned
// or truncated (no substitution character, nothing skipped).
Decoded decode(std::string_view bytes, UConverter* cnv) {
  Decoded d;
  UErrorCode err = U_ZERO_ERROR;
  ucnv_setToUCallBack(cnv, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &err);
  if (U_FAILURE(err))
    throw Error(std::string("ICU: cannot set converter callback: ") + u_errorName(err));
  const char* begin = bytes.data();
  const char* src = begin;
  const char* end = begin + bytes.size();
  std::vector<UChar> buf(std::clamp<size_t>(bytes.size() + 16, 256, 1 << 20));
  for (;;) {
    UChar* tgt = buf.data();
    err = U_ZERO_ERROR;
    ucnv_toUnicode(cnv, &tgt, buf.data() + buf.size(), &src, end, nullptr, true, &err);
    d.text.append(buf.data(), tgt);
    if (err == U_BUFFER_OVERFLOW_ERROR) continue;  // target full: go on where it stopped
    if (U_FAILURE(err)) {
      char inv[32];
      int8_t len = sizeof inv;
      UErrorCode e2 = U_ZERO_ERROR;
      ucnv_getInvalidChars(cnv, inv, &len, &e2);
      if (U_FAILURE(e2)) len = 0;
      d.bad = static_cast<std::int64_t>(src - begin) - len;
      d.bad_bytes.assign(inv, static_cast<size_t>(len));
      d.truncated = err == U_TRUNCATED_CHAR_FOUND;
    }
    return d;
  }
}

std::string to_utf8(const std::u16string& s, const std::string& path) {
  UErrorCode err = U_ZERO_ERROR;
  int32_t n = 0;
  u_strToUTF8(nullptr, 0, &n, s.data(), static_cast<int32_t>(s.size()), &err);
  if (err != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(err))
    throw Error(SourcePos{path},
                std::string("cannot convert the page to UTF-8: ") + u_errorName(err));
  std::string out(static_cast<size_t>(n), '\0');
  err = U_ZERO_ERROR;
  u_strToUTF8(out.data(), n, nullptr, s.data(), static_cast<int32_t>(s.size()), &err);
  if (U_FAILURE(err))
    throw Error(SourcePos{path},
                std::string("cannot convert the page to UTF-8: ") + u_errorName(err));
  return out;
}

std::string strip_bom(std::string s) {
  if (s.compare(0, 3, "\xEF\xBB\xBF") == 0) s.erase(0, 3);
  return s;
}

// "FF 80" for messages.
std::string hex(std::string_view b) {
  std::string o;
  char x[4];
  for (unsigned char c : b) {
    std::snprintf(x, sizeof x, "%02X", c);
    o += (o.empty() ? "" : " ") + std::string(x);
  }
  return o;
}

// The bytes of the UTF-8 sequence that is invalid at `off` (at most 4, for the message).
std::string bad_utf8(std::string_view bytes, std::int64_t off) {
  std::string_view rest = bytes.substr(static_cast<size_t>(off));
  size_t n = 1;
  while (n < rest.size() && n < 4 && (static_cast<unsigned char>(rest[n]) & 0xC0) == 0x80) ++n;
  return std::string(rest.substr(0, n));
}

const char* kSuggest =
    "name its encoding with --encoding NAME (manifest: encoding = \"NAME\"), e.g. GB18030, "
    "Big5, UTF-16LE";

// Converts `bytes` (which start `base` bytes into the file) from `encoding`, strictly.
std::string convert(std::string_view bytes, std::int64_t base, const std::string& path,
                    const std::string& encoding) {
  Converter cnv = open_converter(encoding);
  if (!cnv)
    throw Error(SourcePos{path},
                "unknown encoding '" + encoding +
                    "': ICU has no converter of that name (known ones include GB18030, GBK, "
                    "GB2312, Big5, Big5-HKSCS, UTF-8, UTF-16LE, UTF-16BE, Shift_JIS)");
  Decoded d = decode(bytes, cnv.get());
  if (d.bad >= 0) {
    std::int64_t at = base + d.bad;
    int line = 1 + static_cast<int>(std::count(d.text.begin(), d.text.end(), u'\n'));
    std::string what = d.truncated ? "the page ends inside a " + encoding + " character at byte " +
                                         std::to_string(at) + " (bytes " + hex(d.bad_bytes) + ")"
                                   : "byte " + std::to_string(at) + " is not valid " + encoding +
                                         " (bytes " + hex(d.bad_bytes) + ")";
    throw Error(SourcePos{path, line, at},
                what + ": the page is not " + encoding + " text; check the encoding given");
  }
  return strip_bom(to_utf8(d.text, path));
}

}  // namespace

bool is_known_encoding(const std::string& name) {
  return name.empty() || open_converter(name) != nullptr;
}

std::string page_to_utf8(std::string_view bytes, const std::string& path,
                         const std::string& encoding) {
  if (!encoding.empty()) return convert(bytes, 0, path, encoding);

  auto starts = [&](std::string_view p) { return bytes.substr(0, p.size()) == p; };
  if (starts("\xEF\xBB\xBF")) {
    std::string_view rest = bytes.substr(3);
    std::int64_t bad = utf8::first_invalid(rest);
    if (bad >= 0)
      throw Error(SourcePos{path, line_of(bytes, bad + 3), bad + 3},
                  "invalid UTF-8 at byte " + std::to_string(bad + 3) + " (bytes " +
                      hex(bad_utf8(rest, bad)) +
                      ") in a page that starts with a UTF-8 byte-order mark");
    return std::string(rest);
  }
  // UTF-32 first: its little-endian BOM starts with the UTF-16 one.
  if (starts(std::string_view("\xFF\xFE\0\0", 4)))
    return convert(bytes.substr(4), 4, path, "UTF-32LE");
  if (starts(std::string_view("\0\0\xFE\xFF", 4)))
    return convert(bytes.substr(4), 4, path, "UTF-32BE");
  if (starts("\xFF\xFE")) return convert(bytes.substr(2), 2, path, "UTF-16LE");
  if (starts("\xFE\xFF")) return convert(bytes.substr(2), 2, path, "UTF-16BE");

  size_t nul = bytes.find('\0');
  if (nul != std::string_view::npos) {
    auto at = static_cast<std::int64_t>(nul);
    throw Error(SourcePos{path, line_of(bytes, at), at},
                "NUL byte at byte " + std::to_string(at) +
                    ": not a text page, or UTF-16 without a byte-order mark (then give "
                    "--encoding UTF-16LE or UTF-16BE)");
  }
  std::int64_t bad = utf8::first_invalid(bytes);
  if (bad < 0) return std::string(bytes);

  std::string where =
      "invalid UTF-8 at byte " + std::to_string(bad) + " (bytes " + hex(bad_utf8(bytes, bad)) + ")";
  SourcePos pos{path, line_of(bytes, bad), bad};
  int multibyte = 0;
  for (std::int64_t i = 0; i < bad; ++i)
    multibyte += (static_cast<unsigned char>(bytes[static_cast<size_t>(i)]) & 0xC0) == 0xC0;
  if (multibyte >= kUtf8Evidence)
    throw Error(pos, where +
                         ": the page is UTF-8 text before it, so it is not read as GB18030; "
                         "repair the byte, or " +
                         kSuggest);

  Converter gb = open_converter("GB18030");
  if (!gb) throw Error("ICU has no GB18030 converter");
  Decoded d = decode(bytes, gb.get());
  if (d.bad < 0) return strip_bom(to_utf8(d.text, path));
  throw Error(pos, where + ": the page is neither UTF-8 nor GB18030 text; " + kSuggest);
}

}  // namespace wz::ingest
