// Typst 0.14 (the node addon @myriaddreamin/typst-ts-node-compiler 0.7.0): five.typ to
// five.pdf in this folder, one whole process. The compiler's default font search (the
// system's fonts, loaded as used) finds Noto Serif/Sans CJK SC and AR PL KaitiM GB.
const { NodeCompiler } = require('@myriaddreamin/typst-ts-node-compiler');
const fs = require('fs');
const path = require('path');
const c = NodeCompiler.create({ workspace: __dirname });
const pdf = c.pdf({ mainFilePath: path.join(__dirname, 'five.typ') });
fs.writeFileSync(path.join(__dirname, 'five.pdf'), pdf);
