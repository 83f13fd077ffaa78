#!/usr/bin/env python3
"""gold-lint: check a page's gold annotation against the page it describes.

    scripts/gold-lint.py PAGE.txt [PAGE.txt ...]     (gold: PAGE.json beside each page)

The gold follows ../shared/gold/README.md, plus one key of this project's corpus that the
shared scorer ignores: every article has "lines", the page lines it is made of, as a list
of [first, last] ranges (1-based, blank lines counted, ranges inclusive), and every
non_articles entry names its line as "— line N" (or "lines N-M").

Checks:
  - the JSON parses; "seed" is the page's file name; every article has the schema's keys;
  - every display line, byline line, section head and credit is copied verbatim from the
    page (a line or part of one); body_first / body_last occur in the page's skeleton;
  - every non-blank line is covered by exactly one article's "lines" or one non-article,
    and no range covers a blank-only stretch outside the page.
Prints each problem and exits 1 when there is one.
"""
import json
import re
import sys
from pathlib import Path

KEEP = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff0-9A-Za-z]")
KEYS = ["kind", "kicker", "headline", "subheadline", "byline", "reading_tip",
        "section_heads", "body_first", "body_last", "credit", "notes", "lines"]
KINDS = {"news", "feature", "photo", "fragment"}


def sk(s):
    return "".join(KEEP.findall(s or ""))


def lint(page: Path) -> list[str]:
    errs = []
    gold_path = page.with_suffix(".json")
    if not gold_path.exists():
        return [f"{page}: no gold file {gold_path.name}"]
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        return [f"{gold_path}: invalid JSON: {e}"]
    lines = page.read_text(encoding="utf-8").split("\n")
    text = "\n".join(lines)
    page_sk = sk(text)
    if gold.get("seed") != page.name:
        errs.append(f"{gold_path}: seed is {gold.get('seed')!r}, expected {page.name!r}")
    owner = {}  # line number -> who covers it

    def cover(n, who):
        if n < 1 or n > len(lines):
            errs.append(f"{who}: line {n} is outside the page (1-{len(lines)})")
            return
        if n in owner:
            errs.append(f"line {n} covered twice: {owner[n]} and {who}")
        owner[n] = who

    for i, a in enumerate(gold.get("articles", [])):
        who = f"article {i + 1} ({a.get('headline') or a.get('body_first')})"
        for k in KEYS:
            if k not in a:
                errs.append(f"{who}: missing key {k!r}")
        if a.get("kind") not in KINDS:
            errs.append(f"{who}: kind {a.get('kind')!r} is not one of {sorted(KINDS)}")
        for k in ("kicker", "headline", "subheadline", "credit"):
            v = a.get(k)
            if v and v.strip() not in text:
                errs.append(f"{who}: {k} {v!r} is not verbatim in the page")
        for part in (a.get("byline") or "").split("\n"):
            if part.strip() and part.strip() not in text:
                errs.append(f"{who}: byline line {part!r} is not verbatim in the page")
        for h in a.get("section_heads") or []:
            if h.strip() not in text:
                errs.append(f"{who}: section head {h!r} is not verbatim in the page")
        for k in ("body_first", "body_last"):
            v = a.get(k)
            if v and sk(v) not in page_sk:
                errs.append(f"{who}: {k} {v!r} does not occur in the page")
        if a.get("kind") == "fragment" and a.get("headline"):
            errs.append(f"{who}: a fragment has no headline on the page")
        if a.get("kind") != "fragment" and not a.get("headline"):
            errs.append(f"{who}: only a fragment may lack a headline")
        for r in a.get("lines") or []:
            if not (isinstance(r, list) and len(r) == 2 and r[0] <= r[1]):
                errs.append(f"{who}: bad line range {r!r} (want [first, last])")
                continue
            for n in range(r[0], r[1] + 1):
                if n <= len(lines) and lines[n - 1].strip():
                    cover(n, who)
        if not a.get("lines"):
            errs.append(f"{who}: no \"lines\"")
    for s in gold.get("non_articles", []):
        m = re.search(r"lines? (\d+)(?:-(\d+))?", s)
        if not m:
            errs.append(f"non_article {s!r}: no 'line N'")
            continue
        first = int(m.group(1))
        last = int(m.group(2) or first)
        for n in range(first, last + 1):
            if n <= len(lines) and lines[n - 1].strip():
                cover(n, f"non_article line {first}")
        verb = s.split(" — ")[0].strip()
        if first <= len(lines) and verb not in lines[first - 1]:
            errs.append(f"non_article {s[:40]!r}: text is not verbatim line {first}")
    for n, l in enumerate(lines, 1):
        if l.strip() and n not in owner:
            errs.append(f"line {n} is covered by no article and no non-article: {l[:30]!r}")
    return [f"{page.name}: {e}" for e in errs]


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    errs = []
    for p in sys.argv[1:]:
        errs += lint(Path(p))
    for e in errs:
        print(e)
    print(f"gold-lint: {len(sys.argv) - 1} page(s), {len(errs)} problem(s)")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
