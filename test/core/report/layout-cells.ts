/**
 * Reading a layout model back in tests: cells by position, and a tiny evaluator for the formulas the summary
 * writes (SUM over a range, IF, + - * /, =), computed from the layout's own cells — formulas are evaluated
 * recursively, never read from their cached values — so a test can prove every cached value is what Excel
 * will compute.
 */
import { columnIndex } from '../../../src/core/grid';
import type { LayoutCell, LayoutSheet } from '../../../src/core/layout';

export type Value = number | string | boolean | null;

export function cellMap(sheet: LayoutSheet): Map<string, LayoutCell> {
  const out = new Map<string, LayoutCell>();
  for (const b of sheet.blocks) {
    b.cells.forEach((row, i) => row.forEach((cell, j) => out.set(`${b.row + i},${b.col + j}`, cell)));
  }
  return out;
}

export function at(sheet: LayoutSheet, r: number, c: number): LayoutCell | undefined {
  return cellMap(sheet).get(`${r},${c}`);
}

/** Rows of plain values, for searching. */
export function values(sheet: LayoutSheet): Value[][] {
  const out: Value[][] = [];
  for (const [k, cell] of cellMap(sheet)) {
    const [r, c] = k.split(',').map(Number);
    (out[r] ??= [])[c] = cell.v;
  }
  return out;
}

/** Zero-based row of the first cell whose value is `text`, in column `c`. */
export function rowOf(sheet: LayoutSheet, c: number, text: Value): number {
  return values(sheet).findIndex((row) => row?.[c] === text);
}

type Token =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'ref'; r: number; c: number }
  | { t: 'id'; v: string }
  | { t: 'op'; v: string };

function tokenize(f: string): Token[] {
  const out: Token[] = [];
  const re = /\s*(?:(\d+(?:\.\d+)?)|"([^"]*)"|\$?([A-Z]{1,3})\$?(\d+)(?![A-Z(])|([A-Z]+)(?=\()|([-+*/=(),:]))/y;
  let m: RegExpExecArray | null;
  let pos = 0;
  while (pos < f.length) {
    re.lastIndex = pos;
    m = re.exec(f);
    if (!m) throw new Error(`cannot read formula ${f} at ${pos}`);
    pos = re.lastIndex;
    if (m[1] !== undefined) out.push({ t: 'num', v: Number(m[1]) });
    else if (m[2] !== undefined) out.push({ t: 'str', v: m[2] });
    else if (m[3] !== undefined) out.push({ t: 'ref', r: Number(m[4]) - 1, c: columnIndex(m[3]) });
    else if (m[5] !== undefined) out.push({ t: 'id', v: m[5] });
    else out.push({ t: 'op', v: m[6] });
  }
  return out;
}

type Result = Value | Value[];

/** Evaluates `f` (no leading '=') against the sheet's cells; throws on anything it does not know. */
export function evaluate(sheet: LayoutSheet, f: string, depth = 0): Value {
  if (depth > 20) throw new Error('circular formula');
  const cells = cellMap(sheet);
  const toks = tokenize(f);
  let i = 0;
  const peek = (): Token | undefined => toks[i];
  const isOp = (v: string): boolean => peek()?.t === 'op' && (peek() as { v: string }).v === v;
  const expect = (v: string): void => {
    if (!isOp(v)) throw new Error(`expected ${v} in ${f}`);
    i++;
  };
  const cellValue = (r: number, c: number): Value => {
    const cell = cells.get(`${r},${c}`);
    if (!cell) return null;
    return cell.f !== undefined ? evaluate(sheet, cell.f, depth + 1) : cell.v;
  };
  const num = (v: Result): number => {
    if (Array.isArray(v)) throw new Error('range used as a number');
    if (v === null) return 0;
    if (typeof v === 'number') return v;
    throw new Error(`#VALUE! (${JSON.stringify(v)}) in ${f}`);
  };

  function primary(): Result {
    const t = toks[i++];
    if (!t) throw new Error(`unexpected end of ${f}`);
    if (t.t === 'num' || t.t === 'str') return t.v;
    if (t.t === 'ref') {
      if (isOp(':')) {
        i++;
        const e = toks[i++];
        if (!e || e.t !== 'ref') throw new Error('bad range');
        const out: Value[] = [];
        for (let r = t.r; r <= e.r; r++) for (let c = t.c; c <= e.c; c++) out.push(cellValue(r, c));
        return out;
      }
      return cellValue(t.r, t.c);
    }
    if (t.t === 'id') {
      expect('(');
      const args: Result[] = [expr()];
      while (isOp(',')) {
        i++;
        args.push(expr());
      }
      expect(')');
      if (t.v === 'SUM') return args.flat().reduce<number>((s, v) => s + (typeof v === 'number' ? v : 0), 0);
      if (t.v === 'IF') return args[0] ? (args[1] as Value) : (args[2] as Value);
      throw new Error(`unknown function ${t.v}`);
    }
    if (t.v === '(') {
      const v = expr();
      expect(')');
      return v;
    }
    if (t.v === '-') return -num(primary());
    throw new Error(`unexpected ${t.v} in ${f}`);
  }
  function term(): Result {
    let v = primary();
    while (isOp('*') || isOp('/')) {
      const op = (toks[i++] as { v: string }).v;
      const w = num(primary());
      v = op === '*' ? num(v) * w : num(v) / w;
    }
    return v;
  }
  function additive(): Result {
    let v = term();
    while (isOp('+') || isOp('-')) {
      const op = (toks[i++] as { v: string }).v;
      const w = num(term());
      v = op === '+' ? num(v) + w : num(v) - w;
    }
    return v;
  }
  function expr(): Result {
    const v = additive();
    if (!isOp('=')) return v;
    i++;
    const w = additive();
    return (v === null ? 0 : v) === (w === null ? 0 : w);
  }
  const v = expr();
  if (i !== toks.length) throw new Error(`trailing tokens in ${f}`);
  if (Array.isArray(v)) throw new Error('formula returns a range');
  return v;
}
