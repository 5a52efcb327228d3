import { readFileSync, readdirSync } from 'node:fs';
import { francAll } from 'franc';
import { splitParagraphs } from './src/document/paragraphs.js';
import { rankLanguages } from './src/language/trigrams.js';
import { CANDIDATE_CODES } from './src/language/languages.js';
const c = new Set(CANDIDATE_CODES);
let diff = 0, n = 0;
for (const dir of ['samples/', ...readdirSync('/work/shared/eval/dev').filter(d => !d.endsWith('tsv')).map(d => '/work/shared/eval/dev/' + d + '/')]) {
  for (const f of readdirSync(dir).filter(f => f.endsWith('.txt'))) {
    for (const p of splitParagraphs(readFileSync(dir + f, 'utf8'))) {
      n++;
      const a = JSON.stringify(rankLanguages(p.text, c)); let b = JSON.stringify(francAll(p.text, { only: [...CANDIDATE_CODES] }));
      if (b === '[["und",1]]') b = '[]';
      if (a !== b) { diff++; if (diff < 3) console.log(a.slice(0, 200), '\n', b.slice(0, 200)); }
    }
  }
}
console.log('paragraphs', n, 'differences', diff);
