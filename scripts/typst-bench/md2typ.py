# The five pages' structured source (wenzhai segment) as a Typst document of the same
# text in the digest-a4 look: A4, two columns, 10.5 pt Noto Serif CJK SC, headlines in
# Noto Sans CJK SC, kickers in AR PL KaitiM GB, a contents page.
import json, sys
src = open(sys.argv[1], encoding='utf-8').read().splitlines()
out = ['''#set document(title: "五个整版")
#set page(paper: "a4", margin: (top: 22mm, bottom: 20mm, inside: 18mm, outside: 18mm), columns: 2, numbering: "1")
#set columns(gutter: 21pt)
#set text(font: ("Noto Serif CJK SC",), size: 10.5pt, lang: "zh", region: "cn")
#set par(leading: 7.35pt, spacing: 7.35pt, first-line-indent: (amount: 2em, all: true), justify: true)
#show heading: set text(font: "Noto Sans CJK SC", size: 20pt, weight: "regular")
#show heading: set block(above: 14pt, below: 10pt)
#page(columns: 1)[#align(center)[#text(size: 28pt, font: "Noto Sans CJK SC")[五个整版]] #outline()]
''']
def s(t):
    return '#' + json.dumps(t, ensure_ascii=False)
for line in src:
    if not line.strip() or line.startswith('<!--'):
        continue
    if line.startswith('# '):
        t = line[2:].replace('\\', '')
        out.append('= ' + s(t) + '\n')
    elif line.split('：', 1)[0] in ('引题', '副题', '体裁', '类型', '署名', '图片', '图注'):
        out.append('#text(font: "AR PL KaitiM GB", size: 12pt)[' + s(line) + ']\n')
    else:
        out.append(s(line.replace('\\', '')) + '\n')
open(sys.argv[2], 'w', encoding='utf-8').write('\n'.join(out))
