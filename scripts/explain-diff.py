#!/usr/bin/env python3
"""explain-diff: a page's decoded line roles beside what its gold says (development aid).

    scripts/explain-diff.py PAGE.txt [GOLD.json]

Runs WZ_EXPLAIN=1 build/wenzhai segment PAGE and prints every line: our role, whether it
opens an article, the margin and runner-up, the evidence, and the gold's reading
(D display line, S section head, B byline, C credit, F non-article, . other) with the
gold article number; lines where the two disagree are marked with '!!'.
"""
import json, re, subprocess, sys
from pathlib import Path

KEEP = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff0-9A-Za-z]")
def sk(s): return "".join(KEEP.findall(s or ""))

page = Path(sys.argv[1])
gold = Path(sys.argv[2]) if len(sys.argv) > 2 else page.with_suffix(".json")
if not gold.exists():
    gold = Path("../shared/gold") / (page.stem + ".json")
g = json.loads(gold.read_text(encoding="utf-8"))
lines = page.read_text(encoding="utf-8").split("\n")
owner, kind = {}, {}
for k, a in enumerate(g["articles"], 1):
    for r in a.get("lines") or []:
        for n in range(r[0], r[1] + 1): owner[n] = k
    disp = {sk(a.get(x)) for x in ("kicker", "headline", "subheadline") if a.get(x)}
    heads = {sk(h) for h in a.get("section_heads") or []}
    bys = {sk(b) for b in (a.get("byline") or "").split("\n") if b.strip()}
    for r in a.get("lines") or []:
        for n in range(r[0], r[1] + 1):
            t = sk(lines[n - 1])
            if not t: continue
            if t in disp: kind[n] = "D"
            elif t in heads: kind[n] = "S"
            elif t in bys: kind[n] = "B"
            elif a.get("credit") and t == sk(a["credit"]): kind[n] = "C"
            else: kind[n] = "."
for s in g.get("non_articles", []):
    m = re.search(r"lines? (\d+)", s)
    if m: kind[int(m.group(1))] = "F"; owner[int(m.group(1))] = 0
starts = {}
for k, a in enumerate(g["articles"], 1):
    ls = [n for r in a.get("lines") or [] for n in range(r[0], r[1] + 1) if lines[n-1].strip()]
    if ls: starts[min(ls)] = k
out = subprocess.run(["build/wenzhai", "segment", "--format", "json", str(page)],
                     env={"WZ_EXPLAIN": "1", "PATH": "/usr/bin:/bin"},
                     capture_output=True).stderr.decode("utf-8", "replace")
ROLE = {"display": "D", "late-display": "D", "section": "S", "byline": "B", "credit": "C",
        "furniture": "F"}
prev_owner = None
for l in out.splitlines():
    if not l.startswith("EXPLAIN "): continue
    f = l[8:].split("\t")
    n = int(f[0]); role, opens, margin, second, ev, text = f[1], f[2], f[3], f[4], f[5], f[6]
    ours = ROLE.get(role, ".")
    theirs = kind.get(n, "?")
    o = owner.get(n, "?")
    gold_open = n in starts
    bad = (ours != theirs and not (ours == "." and theirs == ".")) or (opens == "OPEN") != gold_open
    print(f"{'!!' if bad else '  '} {n:4d} {role:12s} {opens:4s} {margin:>5s} {second:10s} | gold {theirs} a{o}{' OPEN' if gold_open else ''} | {ev} | {text}")
