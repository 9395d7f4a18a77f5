/**
 * A diff of two renditions' texts whose cost has a bound. fast-diff (Myers) costs O(N·D): two
 * extractions of one issue differ in a few characters here and there and it is fast, but a
 * rendition with a 200 KB line the other lacks, or one shuffled against the other, made it run for
 * minutes. So the texts are compared unit by unit first (paragraphs, items, cells: Myers on their
 * ids, at most MAX_UNIT_EDITS units inserted or deleted), and character by character only inside
 * the runs of units that differ, after trimming what they share at both ends, within a budget of
 * character comparisons; a run beyond it is one deletion and one insertion.
 */
import diff from 'fast-diff';

export type DiffOp = [-1 | 0 | 1, string];

/** Units inserted plus deleted beyond which two renditions are not two readings of one text. */
export const MAX_UNIT_EDITS = 1000;
/** Character comparisons (n × m of the trimmed runs) allowed for one document. */
export const CHAR_BUDGET = 50_000_000;
/**
 * When the whole texts' length times their differing characters stays under this, fast-diff
 * compares the whole texts at once (its cost is O(N·D)), as it always did: where a difference lies
 * in repeated wording, it places it as before (the seed reconciles to the same bytes).
 */
export const GLOBAL_BUDGET = 200_000_000;

interface Run {
  equal: boolean;
  a: [number, number];
  b: [number, number];
}

/** Myers' shortest edit script on two id sequences, as runs; undefined when it needs more than maxD edits. */
export function myersRuns(a: Int32Array, b: Int32Array, maxD: number): Run[] | undefined {
  const n = a.length;
  const m = b.length;
  const max = Math.min(maxD, n + m);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, d, n, m);
    }
  }
  return undefined;
}

function backtrack(trace: Int32Array[], D: number, n: number, m: number): Run[] {
  // Steps from the end back to the start: 0 equal, -1 deletion of a[x], 1 insertion of b[y].
  const steps: Array<[-1 | 0 | 1, number, number]> = [];
  let x = n;
  let y = m;
  for (let d = D; d > 0; d--) {
    const v = trace[d]!; // the state before round d, window [-(d+1), d+1]
    const at = (k: number) => v[k + d + 1]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      steps.push([0, x, y]);
    }
    if (x === prevX) {
      y--;
      steps.push([1, x, y]);
    } else {
      x--;
      steps.push([-1, x, y]);
    }
  }
  while (x > 0 && y > 0) {
    x--;
    y--;
    steps.push([0, x, y]);
  }
  steps.reverse();
  const runs: Run[] = [];
  for (const [op, sx, sy] of steps) {
    const equal = op === 0;
    let last = runs[runs.length - 1];
    if (!last || last.equal !== equal) {
      last = { equal, a: [sx, sx], b: [sy, sy] };
      runs.push(last);
    }
    if (op !== 1) last.a[1] = sx + 1;
    if (op !== -1) last.b[1] = sy + 1;
  }
  return runs;
}

function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  // Never split a surrogate pair.
  if (i > 0 && i < n && a.charCodeAt(i - 1) >= 0xd800 && a.charCodeAt(i - 1) <= 0xdbff) i--;
  return i;
}

function commonSuffix(a: string, b: string, max: number): number {
  const n = Math.min(a.length, b.length, max);
  let i = 0;
  while (i < n && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  if (i > 0 && i < n && a.charCodeAt(a.length - i) >= 0xdc00 && a.charCodeAt(a.length - i) <= 0xdfff) i--;
  return i;
}

/**
 * The diff of two texts each given as its units' texts in order (their concatenations are the
 * texts compared), in fast-diff's form; undefined when the renditions differ in more than
 * MAX_UNIT_EDITS units.
 */
export function boundedDiff(aUnits: readonly string[], bUnits: readonly string[]): DiffOp[] | undefined {
  const ids = new Map<string, number>();
  const idOf = (t: string) => {
    let id = ids.get(t);
    if (id === undefined) ids.set(t, (id = ids.size));
    return id;
  };
  const a = Int32Array.from(aUnits, idOf);
  const b = Int32Array.from(bUnits, idOf);
  const runs = myersRuns(a, b, MAX_UNIT_EDITS);
  if (!runs) return undefined;
  // An upper bound of the edit distance: the characters of the differing runs, trimmed.
  let differing = 0;
  const trimmed = runs.map((run) => {
    const A = aUnits.slice(run.a[0], run.a[1]).join('');
    const B = bUnits.slice(run.b[0], run.b[1]).join('');
    if (run.equal) return { A, B, p: A.length, s: 0 };
    const p = commonPrefix(A, B);
    const s = commonSuffix(A, B, Math.min(A.length, B.length) - p);
    differing += A.length + B.length - 2 * (p + s);
    return { A, B, p, s };
  });
  const total = trimmed.reduce((n, t) => n + t.A.length + t.B.length, 0);
  if (total * differing <= GLOBAL_BUDGET) return diff(aUnits.join(''), bUnits.join('')) as DiffOp[];

  const ops: DiffOp[] = [];
  let budget = CHAR_BUDGET;
  const push = (op: -1 | 0 | 1, text: string) => {
    if (text) ops.push([op, text]);
  };
  for (const [i, run] of runs.entries()) {
    const { A, B, p, s } = trimmed[i]!;
    if (run.equal) {
      push(0, A);
      continue;
    }
    const midA = A.slice(p, A.length - s);
    const midB = B.slice(p, B.length - s);
    push(0, A.slice(0, p));
    const cost = midA.length * midB.length;
    if (midA && midB && cost <= budget) {
      budget -= cost;
      for (const [op, text] of diff(midA, midB)) push(op as -1 | 0 | 1, text);
    } else {
      push(-1, midA);
      push(1, midB);
    }
    push(0, A.slice(A.length - s));
  }
  return ops;
}
