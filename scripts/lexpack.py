#!/usr/bin/env python3
"""lexpack: friso's lexicon (Debian's friso-dict) -> one compact file wenzhai embeds.

    scripts/lexpack.py DICT_DIR OUT.bin      (DICT_DIR: /usr/share/friso/dict/UTF-8)

Reads friso.lex.ini and every lexicon file it lists exactly as friso_dic_load does
(comment lines, word/synonyms/frequency fields, words longer than max_len characters
dropped unless mixed Latin-Chinese) and writes the entries grouped by their first code
point, so that ingest can give friso, per page, only the words that can occur in the
text it segments (src/lang/words.cpp). Loading friso's own way costs ~350 ms per
process; this form costs nothing to load.

Format (little endian):
  "WZLEX002"  u32 index_count  u32 entry_count  u32 pair_count  u32 blob_bytes
  index_count x (u32 first_code_point, u32 first_entry, u32 count)   sorted by code point
  entry_count x u32 offset of the entry in the blob   (per first character: sorted by word)
  pair_count x u32 (a << 16 | b): two BMP characters side by side in some word, sorted
  blob: entries of u8 lex_type, u8 byte_length, u32 frequency, UTF-8 bytes
"""
import re
import struct
import sys
from collections import defaultdict
from pathlib import Path

# friso.h friso_lex_t
TYPES = {"__LEX_CJK_WORDS__": 0, "__LEX_CJK_UNITS__": 1, "__LEX_ECM_WORDS__": 2,
         "__LEX_CEM_WORDS__": 3, "__LEX_CN_LNAME__": 4, "__LEX_CN_SNAME__": 5,
         "__LEX_CN_DNAME1__": 6, "__LEX_CN_DNAME2__": 7, "__LEX_CN_LNA__": 8,
         "__LEX_STOPWORDS__": 9, "__LEX_ENPUN_WORDS__": 10, "__LEX_EN_WORDS__": 11}
MAX_LEN = 5             # friso.ini friso.max_len: the longest word friso matches
MAX_BYTES = MAX_LEN * 3  # friso_dic_load's limit in UTF-8 bytes


def sections(ini: Path):
    cur = None
    for line in ini.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        m = re.match(r"(__\w+__)\s*:\s*\[", line)
        if m:
            cur = TYPES.get(m.group(1))
            continue
        if line.startswith("]"):
            cur = None
            continue
        if cur is not None:
            yield cur, line.rstrip(";").strip()


def entries(path: Path, lex: int):
    for line in path.read_bytes().decode("utf-8", "replace").splitlines():
        line = line.strip("\r\n")
        if not line or (line[0] == "#" and len(line) > 1):
            continue
        if lex == 9:  # stopwords: the whole line
            if line[0] >= "\x80" and len(line.encode()) > MAX_BYTES:
                continue
            yield line, 0
            continue
        parts = line.split("/")
        word = parts[0]
        if not word:
            continue
        if len(parts) == 1:
            yield word, 0
            continue
        if lex not in (2, 3) and len(word.encode()) > MAX_BYTES:
            continue
        fre = 0
        if len(parts) >= 3:
            try:
                fre = int(re.match(r"\d*", parts[2]).group(0) or 0)
            except ValueError:
                fre = 0
        yield word, fre


def main():
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    d, out = Path(sys.argv[1]), Path(sys.argv[2])
    groups = defaultdict(dict)  # first code point -> {(lex, word): fre}; later files win
    for lex, name in sections(d / "friso.lex.ini"):
        f = d / name
        if not f.exists():
            continue
        for word, fre in entries(f, lex):
            b = word.encode("utf-8")
            if len(b) > 255:
                continue
            groups[ord(word[0])][(lex, word)] = fre
    index, offsets, blob, pairs = [], [], bytearray(), set()
    for cp in sorted(groups):
        first = len(offsets)
        items = sorted(groups[cp].items(), key=lambda kv: (kv[0][1].encode("utf-8"), kv[0][0]))
        for (lex, word), fre in items:
            b = word.encode("utf-8")
            offsets.append(len(blob))
            blob += struct.pack("<BBI", lex, len(b), min(fre, 0xFFFFFFFF)) + b
            if lex == 0:  # __LEX_CJK_WORDS__: the pairs a seam can cut
                for x, y in zip(word, word[1:]):
                    if ord(x) < 0x10000 and ord(y) < 0x10000:
                        pairs.add(ord(x) << 16 | ord(y))
        index.append((cp, first, len(offsets) - first))
    pairs = sorted(pairs)
    with open(out, "wb") as f:
        f.write(b"WZLEX002" + struct.pack("<IIII", len(index), len(offsets), len(pairs), len(blob)))
        for cp, first, n in index:
            f.write(struct.pack("<III", cp, first, n))
        f.write(struct.pack(f"<{len(offsets)}I", *offsets))
        f.write(struct.pack(f"<{len(pairs)}I", *pairs))
        f.write(blob)
    return 0


if __name__ == "__main__":
    sys.exit(main())
