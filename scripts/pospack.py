#!/usr/bin/env python3
"""pospack: jieba's dictionary (Debian's python3-jieba) -> the words that open a predicate.

    scripts/pospack.py DICT.txt OUT.txt     (DICT: /usr/lib/python3/dist-packages/jieba/dict.txt)

jieba's dict.txt gives each word a frequency and a part-of-speech tag (ICTCLAS tag set).
ingest asks one question of it: does a headline line open with a predicate (a verb, an
adverb, a preposition or a conjunction: 打通…, 把…, 围绕…), perhaps after a time or a
quantity (年内完成…, 首批接待…), and so have no subject of its own? (src/lang/predicates.h).
This keeps the words of 1-4 characters with a frequency of at least 3 tagged v, vd, vi, vn, d,
ad (class V: verbs and adverbs), p or c (class R: prepositions and conjunctions), or t, m,
mq (class T), sorted by their bytes, one "word<TAB>class"
per line (~48,000, ~450 KB).
"""
import sys

TAGS = {"v": "V", "vd": "V", "vi": "V", "vn": "V", "d": "V", "ad": "V", "p": "R", "c": "R",
        "t": "T", "m": "T", "mq": "T"}
MIN_FREQ = 3  # rarer entries are mostly jieba's noise
MAX_CHARS = 4

words = {}
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        parts = line.split()
        if len(parts) != 3:
            continue
        word, freq, tag = parts
        if tag in TAGS and int(freq) >= MIN_FREQ and len(word) <= MAX_CHARS:
            words.setdefault(word, TAGS[tag])  # the first (most common) reading
if len(words) < 10000:
    sys.exit(f"pospack: only {len(words)} predicate words in {sys.argv[1]}: not jieba's dict.txt?")
data = "".join(f"{w}\t{words[w]}\n" for w in sorted(words, key=lambda w: w.encode("utf-8")))
with open(sys.argv[2], "w", encoding="utf-8", newline="\n") as out:
    out.write(data)
