/** The editRate feature: a word-level edit distance over the mean length, a TER without shifts. */

/** The two rows of editRate's dynamic programme, grown as needed: scratch of one computation at a time. */
export class EditRows {
  prev = new Int32Array(64);
  cur = new Int32Array(64);

  /** Rows with room for `n` + 1 columns. */
  reserve(n: number): void {
    if (this.prev.length < n + 1) {
      this.prev = new Int32Array(2 * (n + 1));
      this.cur = new Int32Array(2 * (n + 1));
    }
  }
}

/** Words, as ids or as strings. */
type Sequence = ArrayLike<string | number>;

/** The edit distance of a[start, start + m) and b[start, start + n), both non-empty, in the rows of `rows`. */
function middleDistance(a: Sequence, b: Sequence, start: number, m: number, n: number, rows: EditRows): number {
  rows.reserve(n);
  let prev = rows.prev;
  let cur = rows.cur;
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    const x = a[start + i - 1];
    cur[0] = i;
    let left = i;
    for (let j = 1; j <= n; j++) {
      const diagonal = prev[j - 1]! + (x === b[start + j - 1] ? 0 : 1);
      const up = prev[j]! + 1;
      let best = left + 1;
      if (up < best) best = up;
      if (diagonal < best) best = diagonal;
      cur[j] = best;
      left = best;
    }
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[n]!;
}

/**
 * Word-level edit distance (substitution, insertion, deletion) over the mean length, at most 2: a TER without shifts.
 * A common prefix and a common suffix never change a unit-cost edit distance (an optimal alignment can always pair
 * equal end elements), so only the differing middle is run through the quadratic table: two reports of one sentence
 * mostly differ in a few words, and that middle is then small. `rows`: scratch rows to reuse (fresh ones if none).
 */
export function editRate(a: Sequence, b: Sequence, rows: EditRows = new EditRows()): number {
  const mean = (a.length + b.length) / 2;
  if (mean === 0) return 0;
  let start = 0;
  let endA = a.length;
  let endB = b.length;
  while (start < endA && start < endB && a[start] === b[start]) start++;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const m = endA - start;
  const n = endB - start;
  const distance = m === 0 ? n : n === 0 ? m : middleDistance(a, b, start, m, n, rows);
  return Math.min(2, distance / mean);
}
