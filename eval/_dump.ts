import { readFileSync, writeFileSync } from 'node:fs';
import { pairFeatures, numbersConflict } from '../lambdas/pipeline/statements/similarity-features.js';
import { comparedProfiles, statementFeatures, compareStatements } from '../lambdas/pipeline/statements/similarity.js';
import { nameCues } from '../lambdas/pipeline/statements/similarity-names.js';
const read = (p: string) => readFileSync(p, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const C = '/work/shared/corpora/';
function feats(s1: string, s2: string) {
  const a0 = statementFeatures(s1), b0 = statementFeatures(s2);
  const [a, b] = a0.text <= b0.text ? [a0, b0] : [b0, a0];
  const [pa, pb] = comparedProfiles(a, b);
  const x = pairFeatures(pa, pb);
  const nc = nameCues(pa, pb);
  const c = compareStatements(s1, s2);
  return { x, extra: [nc.missing, nc.conflict], score: c.score, dup: c.duplicate ? 1 : 0, conflict: numbersConflict(a.whole, b.whole) ? 1 : 0, quote: a.quote && b.quote ? 1 : 0 };
}
const out: any = {};
out.sts = read(C + 'sts/sts_news.jsonl').map((p: any, i: number) => ({ i, subset: p.subset, year: p.year, gold: p.score, ...feats(p.s1, p.s2) }));
out.msrpTrain = read(C + 'msrp/train.jsonl').map((p: any) => ({ gold: p.label, ...feats(p.s1, p.s2) }));
out.msrpVal = read(C + 'msrp/val.jsonl').map((p: any) => ({ gold: p.label, ...feats(p.s1, p.s2) }));
writeFileSync(process.argv[2]!, JSON.stringify(out));
