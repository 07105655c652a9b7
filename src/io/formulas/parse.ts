/**
 * The formulas offices type (công thức thường gặp), parsed into a tree: numbers, text, TRUE/FALSE, arithmetic
 * (+ - * / ^ %, unary minus, &), references `B3`, `$B$3`, ranges `C3:C9`, other sheets `TTHC!C3`, `'Kỳ này'!C3:C9`,
 * and function calls. Anything else (defined names, external workbooks, whole columns, array constants…) makes
 * `parseFormula` return null; the caller then reports the formula as not evaluable.
 */
import { columnIndex } from '../../core/grid';

export type Node =
  | { type: 'number'; value: number }
  | { type: 'text'; value: string }
  | { type: 'bool'; value: boolean }
  | { type: 'ref'; sheet: string | null; r: number; c: number }
  | { type: 'range'; sheet: string | null; r1: number; c1: number; r2: number; c2: number }
  | { type: 'unary'; op: '-' | '+' | '%'; arg: Node }
  | { type: 'binary'; op: '+' | '-' | '*' | '/' | '^' | '&'; left: Node; right: Node }
  | { type: 'call'; name: string; args: Node[] };

type Token =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'cell'; sheet: string | null; r: number; c: number }
  | { t: 'name'; v: string }
  | { t: 'op'; v: string };

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})/;
const NUMBER = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/;
const NAME = /^[A-Za-z_][A-Za-z0-9_.]*/;
/** Excel's grid limits: a reference beyond them is not a cell. */
const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

function cellToken(m: RegExpExecArray, sheet: string | null): Token | null {
  const c = columnIndex(m[1]);
  const r = Number(m[2]) - 1;
  if (r < 0 || r >= MAX_ROW || c >= MAX_COL) return null;
  return { t: 'cell', sheet, r, c };
}

function tokenize(src: string): Token[] | null {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t') {
      i++;
      continue;
    }
    const rest = src.slice(i);
    if (ch === '"') {
      let j = i + 1;
      let s = '';
      for (;;) {
        if (j >= src.length) return null;
        if (src[j] === '"') {
          if (src[j + 1] === '"') {
            s += '"';
            j += 2;
            continue;
          }
          break;
        }
        s += src[j++];
      }
      out.push({ t: 'str', v: s });
      i = j + 1;
      continue;
    }
    if (ch === "'") {
      // 'Sheet name'!A1 — a quote inside the name is doubled.
      let j = i + 1;
      let s = '';
      for (;;) {
        if (j >= src.length) return null;
        if (src[j] === "'") {
          if (src[j + 1] === "'") {
            s += "'";
            j += 2;
            continue;
          }
          break;
        }
        s += src[j++];
      }
      if (src[j + 1] !== '!') return null;
      const m = CELL.exec(src.slice(j + 2));
      if (!m) return null;
      const tok = cellToken(m, s);
      if (!tok) return null;
      out.push(tok);
      i = j + 2 + m[0].length;
      continue;
    }
    // Unquoted sheet name followed by `!` (letters, digits, underscores, dots and Vietnamese letters).
    const sheet = /^([^\s!'"()+\-*/^&%,;:=<>{}[\]]+)!/.exec(rest);
    if (sheet) {
      const m = CELL.exec(rest.slice(sheet[0].length));
      if (!m) return null;
      const tok = cellToken(m, sheet[1]);
      if (!tok) return null;
      out.push(tok);
      i += sheet[0].length + m[0].length;
      continue;
    }
    const cell = CELL.exec(rest);
    if (cell && !/^[A-Za-z0-9_(]/.test(rest.slice(cell[0].length))) {
      const tok = cellToken(cell, null);
      if (!tok) return null;
      out.push(tok);
      i += cell[0].length;
      continue;
    }
    const num = NUMBER.exec(rest);
    if (num) {
      out.push({ t: 'num', v: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    const name = NAME.exec(rest);
    if (name) {
      out.push({ t: 'name', v: name[0].toUpperCase() });
      i += name[0].length;
      continue;
    }
    if ('+-*/^&%(),;:'.includes(ch)) {
      out.push({ t: 'op', v: ch === ';' ? ',' : ch });
      i++;
      continue;
    }
    return null; // comparison, array constant, structured reference…
  }
  return out;
}

/** The formula as a tree, or null when it uses something outside the subset above. */
export function parseFormula(text: string): Node | null {
  const src = text.startsWith('=') ? text.slice(1) : text;
  const tokens = tokenize(src);
  if (tokens === null || tokens.length === 0) return null;
  let k = 0;
  const peek = (): Token | undefined => tokens[k];
  const isOp = (v: string) => {
    const t = peek();
    return t !== undefined && t.t === 'op' && t.v === v;
  };
  const fail = (): never => {
    throw new SyntaxError('formula');
  };

  const binary = (ops: string[], next: () => Node) => (): Node => {
    let left = next();
    for (;;) {
      const t = peek();
      if (t?.t !== 'op' || !ops.includes(t.v)) return left;
      k++;
      left = { type: 'binary', op: t.v as '+', left, right: next() };
    }
  };
  const primary = (): Node => {
    const t = tokens[k++];
    if (t === undefined) return fail();
    switch (t.t) {
      case 'num':
        return { type: 'number', value: t.v };
      case 'str':
        return { type: 'text', value: t.v };
      case 'cell': {
        if (!isOp(':')) return { type: 'ref', sheet: t.sheet, r: t.r, c: t.c };
        k++;
        const end = tokens[k++];
        if (end?.t !== 'cell' || (end.sheet !== null && end.sheet !== t.sheet)) return fail();
        return {
          type: 'range',
          sheet: t.sheet,
          r1: Math.min(t.r, end.r),
          c1: Math.min(t.c, end.c),
          r2: Math.max(t.r, end.r),
          c2: Math.max(t.c, end.c),
        };
      }
      case 'name': {
        if (!isOp('(')) {
          if (t.v === 'TRUE' || t.v === 'FALSE') return { type: 'bool', value: t.v === 'TRUE' };
          return fail(); // a defined name
        }
        k++;
        const args: Node[] = [];
        if (!isOp(')')) {
          for (;;) {
            args.push(expr());
            if (isOp(',')) {
              k++;
              continue;
            }
            break;
          }
        }
        if (!isOp(')')) return fail();
        k++;
        return { type: 'call', name: t.v.replace(/^_XLFN\./, ''), args };
      }
      case 'op':
        if (t.v === '(') {
          const inner = expr();
          if (!isOp(')')) return fail();
          k++;
          return inner;
        }
        return fail();
    }
  };
  const postfix = (): Node => {
    let n = primary();
    while (isOp('%')) {
      k++;
      n = { type: 'unary', op: '%', arg: n };
    }
    return n;
  };
  const unary = (): Node => {
    if (isOp('-') || isOp('+')) {
      const op = (tokens[k++] as { v: string }).v as '-' | '+';
      return { type: 'unary', op, arg: unary() };
    }
    return postfix();
  };
  const power = binary(['^'], unary);
  const term = binary(['*', '/'], power);
  const additive = binary(['+', '-'], term);
  const expr = binary(['&'], additive);

  try {
    const tree = expr();
    return k === tokens.length ? tree : null;
  } catch {
    return null;
  }
}
