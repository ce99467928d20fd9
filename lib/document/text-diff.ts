/**
 * Word-level difference between two texts, for showing what changed between revisions.
 * Tokens are words, runs of white space and single punctuation marks; the result joins
 * neighbouring tokens of the same kind, so it reads as phrases added and removed.
 */
export type DiffPart = { kind: "same" | "added" | "removed"; text: string };

const TOKEN = /[\p{L}\p{N}]+|\s+|[^\p{L}\p{N}\s]/gu;

export function diffWords(before: string, after: string): DiffPart[] {
  const a = before.match(TOKEN) ?? [];
  const b = after.match(TOKEN) ?? [];
  // Trim the common head and tail first: most revisions change a small middle part.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const parts: DiffPart[] = [];
  push(parts, "same", a.slice(0, head).join(""));
  for (const part of myers(a.slice(head, a.length - tail), b.slice(head, b.length - tail))) push(parts, part.kind, part.text);
  push(parts, "same", a.slice(a.length - tail).join(""));
  return parts;
}

function push(parts: DiffPart[], kind: DiffPart["kind"], text: string) {
  if (!text) return;
  const last = parts[parts.length - 1];
  if (last && last.kind === kind) last.text += text;
  else parts.push({ kind, text });
}

/** Myers' O(ND) shortest edit script over token arrays. */
function myers(a: string[], b: string[]): DiffPart[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const frontier = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(frontier.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && frontier[offset + k - 1]! < frontier[offset + k + 1]!) ? frontier[offset + k + 1]! : frontier[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x]! === b[y]!) {
        x++;
        y++;
      }
      frontier[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, a, b, offset, d);
    }
  }
  return [];
}

function backtrack(trace: Int32Array[], a: string[], b: string[], offset: number, depth: number): DiffPart[] {
  const parts: DiffPart[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = depth; d > 0; d--) {
    const frontier = trace[d]!;
    const k = x - y;
    const previousK = k === -d || (k !== d && frontier[offset + k - 1]! < frontier[offset + k + 1]!) ? k + 1 : k - 1;
    const previousX = frontier[offset + previousK]!;
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY) {
      x--;
      y--;
      parts.push({ kind: "same", text: a[x]! });
    }
    if (x === previousX) parts.push({ kind: "added", text: b[--y]! });
    else parts.push({ kind: "removed", text: a[--x]! });
  }
  while (x > 0 && y > 0) {
    x--;
    y--;
    parts.push({ kind: "same", text: a[x]! });
  }
  const merged: DiffPart[] = [];
  for (const part of parts.reverse()) push(merged, part.kind, part.text);
  return merged;
}
