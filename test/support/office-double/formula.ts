/**
 * Formulas in the double: sheet-reference rewriting (what Excel does to every formula when a sheet is
 * renamed or deleted) and a small evaluator, so formulas written through the API get computed values that a
 * test can compare with the figures the layout expects.
 *
 * The evaluator covers what the summary uses and a little more: numbers, text, booleans, error literals, A1
 * references and ranges (optionally behind `Sheet!` / `'My sheet'!`), + - * / ^ & % = <> < > <= >=, and SUM,
 * AVERAGE, MIN, MAX, COUNT, COUNTA, IF, IFERROR, ROUND, ABS, AND, OR, NOT, LEN. Anything else is #NAME?.
 */
import { colIndex, nameKey, quoteSheet, type Rect } from './util';

export type ErrorValue = { error: string };
export type CellValue = number | string | boolean | ErrorValue | null;

export function isError(v: unknown): v is ErrorValue {
  return typeof v === 'object' && v !== null && typeof (v as ErrorValue).error === 'string';
}

export const ERROR_LITERAL = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|SPILL!|CALC!|GETTING_DATA)/i;

const IDENT_CHAR = /[\p{L}\p{N}_.\\]/u;

/**
 * Calls `replace(sheetName)` for every sheet prefix (`Name!` or `'Name'!`) outside string literals; a string
 * result replaces the prefix (without the `!`), null keeps it as written.
 */
export function mapSheetPrefixes(formula: string, replace: (sheet: string) => string | null): string {
  let out = '';
  let i = 0;
  const n = formula.length;
  while (i < n) {
    const ch = formula[i];
    if (ch === '"') {
      let j = i + 1;
      while (j < n) {
        if (formula[j] === '"') {
          if (formula[j + 1] === '"') j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
    } else if (ch === "'") {
      let j = i + 1;
      while (j < n) {
        if (formula[j] === "'") {
          if (formula[j + 1] === "'") j += 2;
          else break;
        } else j++;
      }
      const raw = formula.slice(i, j + 1);
      if (formula[j + 1] === '!') {
        const name = formula.slice(i + 1, j).replace(/''/g, "'");
        out += (replace(name) ?? raw) + '!';
        i = j + 2;
      } else {
        out += raw;
        i = j + 1;
      }
    } else if (ch === '#') {
      const m = ERROR_LITERAL.exec(formula.slice(i));
      const len = m ? m[0].length : 1;
      out += formula.slice(i, i + len);
      i += len;
    } else if (IDENT_CHAR.test(ch)) {
      let j = i;
      while (j < n && IDENT_CHAR.test(formula[j])) j++;
      const word = formula.slice(i, j);
      if (formula[j] === '!') {
        out += (replace(word) ?? word) + '!';
        i = j + 1;
      } else {
        out += word;
        i = j;
      }
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

/** Excel's own spelling of sheet prefixes: quotes only where needed (applied when a formula is entered). */
export function normalizeSheetQuoting(formula: string): string {
  return mapSheetPrefixes(formula, (name) => quoteSheet(name));
}

export function renameSheetInFormula(formula: string, oldName: string, newName: string): string {
  const key = nameKey(oldName);
  return mapSheetPrefixes(formula, (name) => (nameKey(name) === key ? quoteSheet(newName) : null));
}

export function deleteSheetInFormula(formula: string, deleted: string): string {
  const key = nameKey(deleted);
  return mapSheetPrefixes(formula, (name) => (nameKey(name) === key ? '#REF' : null));
}

// ---------------------------------------------------------------------------------------------- evaluator

type Token =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 'bool'; v: boolean }
  | { t: 'err'; v: string }
  | { t: 'ref'; sheet: string | null; row: number; col: number }
  | { t: 'func'; name: string }
  | { t: 'name'; v: string }
  | { t: 'op'; v: string };

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  let sheet: string | null = null;
  const n = src.length;
  const refAt = (k: number): RegExpExecArray | null => {
    const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?![\p{L}\p{N}_(!])/u.exec(src.slice(k));
    return m;
  };
  while (i < n) {
    const ch = src[i];
    if (ch === ' ' || ch === '\n' || ch === '\t') {
      i++;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      let s = '';
      while (j < n) {
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
      let j = i + 1;
      while (j < n && !(src[j] === "'" && src[j + 1] !== "'")) j += src[j] === "'" ? 2 : 1;
      sheet = src.slice(i + 1, j).replace(/''/g, "'");
      i = j + 2; // skip the quote and the '!'
      continue;
    }
    if (ch === '#') {
      const m = ERROR_LITERAL.exec(src.slice(i));
      if (m) {
        const lit = m[0].toUpperCase();
        if (lit === '#REF!' && refAt(i + 5)) {
          sheet = '#REF';
          i += 5;
          continue;
        }
        out.push({ t: 'err', v: lit });
        i += m[0].length;
        continue;
      }
      out.push({ t: 'err', v: '#NAME?' });
      i++;
      continue;
    }
    const num = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/.exec(src.slice(i));
    if (num && !refAt(i)) {
      out.push({ t: 'num', v: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    const ref = refAt(i);
    if (ref) {
      out.push({ t: 'ref', sheet, row: Number(ref[2]) - 1, col: colIndex(ref[1]) });
      sheet = null;
      i += ref[0].length;
      continue;
    }
    if (IDENT_CHAR.test(ch)) {
      let j = i;
      while (j < n && IDENT_CHAR.test(src[j])) j++;
      const word = src.slice(i, j);
      if (src[j] === '!') {
        sheet = word;
        i = j + 1;
        continue;
      }
      if (src[j] === '(') out.push({ t: 'func', name: word.toUpperCase() });
      else if (/^(TRUE|FALSE)$/i.test(word)) out.push({ t: 'bool', v: word.toUpperCase() === 'TRUE' });
      else out.push({ t: 'name', v: word });
      i = j;
      continue;
    }
    const two = src.slice(i, i + 2);
    if (two === '<>' || two === '<=' || two === '>=') {
      out.push({ t: 'op', v: two });
      i += 2;
      continue;
    }
    out.push({ t: 'op', v: ch });
    i++;
  }
  return out;
}

type Node =
  | { k: 'lit'; v: CellValue }
  | { k: 'ref'; sheet: string | null; rect: Rect }
  | { k: 'name'; v: string }
  | { k: 'func'; name: string; args: Node[] }
  | { k: 'bin'; op: string; a: Node; b: Node }
  | { k: 'neg'; a: Node }
  | { k: 'pct'; a: Node };

class Parser {
  private i = 0;
  constructor(private readonly toks: Token[]) {}

  parse(): Node {
    const node = this.compare();
    if (this.i < this.toks.length) throw new Error('unexpected token');
    return node;
  }
  private peekOp(...ops: string[]): string | null {
    const t = this.toks[this.i];
    return t && t.t === 'op' && ops.includes(t.v) ? t.v : null;
  }
  private compare(): Node {
    let a = this.concat();
    for (let op = this.peekOp('=', '<>', '<', '>', '<=', '>='); op; op = this.peekOp('=', '<>', '<', '>', '<=', '>=')) {
      this.i++;
      a = { k: 'bin', op, a, b: this.concat() };
    }
    return a;
  }
  private concat(): Node {
    let a = this.additive();
    while (this.peekOp('&')) {
      this.i++;
      a = { k: 'bin', op: '&', a, b: this.additive() };
    }
    return a;
  }
  private additive(): Node {
    let a = this.multiplicative();
    for (let op = this.peekOp('+', '-'); op; op = this.peekOp('+', '-')) {
      this.i++;
      a = { k: 'bin', op, a, b: this.multiplicative() };
    }
    return a;
  }
  private multiplicative(): Node {
    let a = this.power();
    for (let op = this.peekOp('*', '/'); op; op = this.peekOp('*', '/')) {
      this.i++;
      a = { k: 'bin', op, a, b: this.power() };
    }
    return a;
  }
  private power(): Node {
    let a = this.percent();
    while (this.peekOp('^')) {
      this.i++;
      a = { k: 'bin', op: '^', a, b: this.percent() };
    }
    return a;
  }
  private percent(): Node {
    let a = this.unary();
    while (this.peekOp('%')) {
      this.i++;
      a = { k: 'pct', a };
    }
    return a;
  }
  private unary(): Node {
    if (this.peekOp('-')) {
      this.i++;
      return { k: 'neg', a: this.unary() };
    }
    if (this.peekOp('+')) {
      this.i++;
      return this.unary();
    }
    return this.range();
  }
  private range(): Node {
    const a = this.primary();
    if (a.k === 'ref' && this.peekOp(':')) {
      this.i++;
      const b = this.primary();
      if (b.k !== 'ref') throw new Error('bad range');
      return {
        k: 'ref',
        sheet: a.sheet,
        rect: {
          r1: Math.min(a.rect.r1, b.rect.r1),
          c1: Math.min(a.rect.c1, b.rect.c1),
          r2: Math.max(a.rect.r2, b.rect.r2),
          c2: Math.max(a.rect.c2, b.rect.c2),
        },
      };
    }
    return a;
  }
  private primary(): Node {
    const t = this.toks[this.i++];
    if (!t) throw new Error('unexpected end');
    switch (t.t) {
      case 'num':
        return { k: 'lit', v: t.v };
      case 'str':
        return { k: 'lit', v: t.v };
      case 'bool':
        return { k: 'lit', v: t.v };
      case 'err':
        return { k: 'lit', v: { error: t.v } };
      case 'ref':
        return { k: 'ref', sheet: t.sheet, rect: { r1: t.row, c1: t.col, r2: t.row, c2: t.col } };
      case 'name':
        return { k: 'name', v: t.v };
      case 'func': {
        this.i++; // '('
        const args: Node[] = [];
        if (!this.peekOp(')')) {
          for (;;) {
            if (this.peekOp(',', ')')) args.push({ k: 'lit', v: null });
            else args.push(this.compare());
            if (this.peekOp(',')) {
              this.i++;
              continue;
            }
            break;
          }
        }
        if (!this.peekOp(')')) throw new Error('missing )');
        this.i++;
        return { k: 'func', name: t.name, args };
      }
      case 'op':
        if (t.v === '(') {
          const inner = this.compare();
          if (!this.peekOp(')')) throw new Error('missing )');
          this.i++;
          return inner;
        }
        throw new Error(`unexpected ${t.v}`);
    }
  }
}

const parsed = new Map<string, Node | null>();

/** Parses a formula (with or without '='); null when the evaluator cannot read it (the value becomes #NAME?). */
export function parseFormula(formula: string): Node | null {
  const src = formula.startsWith('=') ? formula.slice(1) : formula;
  let node = parsed.get(src);
  if (node === undefined) {
    try {
      node = new Parser(tokenize(src)).parse();
    } catch {
      node = null;
    }
    parsed.set(src, node);
  }
  return node;
}

/** How the evaluator reaches cells: the sheet a reference names (null: the formula's own) and a cell's value. */
export interface EvalHost {
  /** Sheet identity for a name (case-insensitive), or null when there is no such sheet. */
  sheetId(name: string | null): string | null;
  value(sheetId: string, row: number, col: number): CellValue;
}

type RangeVal = { range: true; sheetId: string; rect: Rect };
type Val = CellValue | RangeVal;

const isRange = (v: Val): v is RangeVal => typeof v === 'object' && v !== null && (v as RangeVal).range === true;
const E = (code: string): ErrorValue => ({ error: code });

function deref(v: Val, host: EvalHost): CellValue {
  if (!isRange(v)) return v;
  if (v.rect.r1 !== v.rect.r2 || v.rect.c1 !== v.rect.c2) return E('#VALUE!');
  return host.value(v.sheetId, v.rect.r1, v.rect.c1);
}

function toNumber(v: CellValue): number | ErrorValue {
  if (v === null) return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (isError(v)) return v;
  const s = v.trim();
  if (s !== '' && /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?%?$/.test(s)) {
    const pct = s.endsWith('%');
    const x = Number(pct ? s.slice(0, -1) : s);
    return pct ? x / 100 : x;
  }
  return E('#VALUE!');
}

function toText(v: CellValue): string | ErrorValue {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') return String(Number(v.toPrecision(15)));
  return v;
}

function toBool(v: CellValue): boolean | ErrorValue {
  if (v === null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (isError(v)) return v;
  if (/^true$/i.test(v)) return true;
  if (/^false$/i.test(v)) return false;
  return E('#VALUE!');
}

function rank(v: CellValue): number {
  return typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2;
}

function compare(a: CellValue, b: CellValue): number {
  if (a === null) a = typeof b === 'string' ? '' : typeof b === 'boolean' ? false : 0;
  if (b === null) b = typeof a === 'string' ? '' : typeof a === 'boolean' ? false : 0;
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (typeof a === 'string' && typeof b === 'string') {
    const x = a.toUpperCase();
    const y = b.toUpperCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const x = Number(a);
  const y = Number(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Every value an argument stands for: the cells of a range, or the argument itself. */
function* argValues(v: Val, host: EvalHost): Generator<{ v: CellValue; fromRange: boolean }> {
  if (!isRange(v)) {
    yield { v, fromRange: false };
    return;
  }
  for (let r = v.rect.r1; r <= v.rect.r2; r++) {
    for (let c = v.rect.c1; c <= v.rect.c2; c++) yield { v: host.value(v.sheetId, r, c), fromRange: true };
  }
}

function numbersOf(args: Val[], host: EvalHost): number[] | ErrorValue {
  const out: number[] = [];
  for (const a of args) {
    for (const { v, fromRange } of argValues(a, host)) {
      if (isError(v)) return v;
      if (fromRange) {
        if (typeof v === 'number') out.push(v);
      } else {
        const x = toNumber(v);
        if (isError(x)) return x;
        out.push(x);
      }
    }
  }
  return out;
}

function roundHalfAway(x: number, digits: number): number {
  const f = Math.pow(10, digits);
  const y = Math.abs(x) * f;
  const r = Math.round(Number(y.toPrecision(15)));
  return (Math.sign(x) * r) / f;
}

function evalNode(node: Node, sheetId: string, host: EvalHost): Val {
  switch (node.k) {
    case 'lit':
      return node.v;
    case 'name':
      return E('#NAME?');
    case 'ref': {
      if (node.sheet === '#REF') return E('#REF!');
      const id = node.sheet === null ? sheetId : host.sheetId(node.sheet);
      if (id === null) return E('#REF!');
      return { range: true, sheetId: id, rect: node.rect };
    }
    case 'neg': {
      const x = toNumber(deref(evalNode(node.a, sheetId, host), host));
      return isError(x) ? x : -x;
    }
    case 'pct': {
      const x = toNumber(deref(evalNode(node.a, sheetId, host), host));
      return isError(x) ? x : x / 100;
    }
    case 'bin': {
      const a = deref(evalNode(node.a, sheetId, host), host);
      const b = deref(evalNode(node.b, sheetId, host), host);
      if (isError(a)) return a;
      if (isError(b)) return b;
      if (node.op === '&') {
        const x = toText(a);
        const y = toText(b);
        if (isError(x)) return x;
        if (isError(y)) return y;
        return x + y;
      }
      if (['=', '<>', '<', '>', '<=', '>='].includes(node.op)) {
        const c = compare(a, b);
        switch (node.op) {
          case '=':
            return c === 0;
          case '<>':
            return c !== 0;
          case '<':
            return c < 0;
          case '>':
            return c > 0;
          case '<=':
            return c <= 0;
          default:
            return c >= 0;
        }
      }
      const x = toNumber(a);
      const y = toNumber(b);
      if (isError(x)) return x;
      if (isError(y)) return y;
      switch (node.op) {
        case '+':
          return x + y;
        case '-':
          return x - y;
        case '*':
          return x * y;
        case '/':
          return y === 0 ? E('#DIV/0!') : x / y;
        case '^':
          return Math.pow(x, y);
        default:
          return E('#VALUE!');
      }
    }
    case 'func':
      return callFunction(node.name, node.args, sheetId, host);
  }
}

function callFunction(name: string, argNodes: Node[], sheetId: string, host: EvalHost): Val {
  const ev = (i: number): Val => evalNode(argNodes[i], sheetId, host);
  const all = (): Val[] => argNodes.map((_, i) => ev(i));
  switch (name) {
    case 'SUM': {
      const xs = numbersOf(all(), host);
      return isError(xs) ? xs : xs.reduce((s, x) => s + x, 0);
    }
    case 'AVERAGE': {
      const xs = numbersOf(all(), host);
      if (isError(xs)) return xs;
      return xs.length === 0 ? E('#DIV/0!') : xs.reduce((s, x) => s + x, 0) / xs.length;
    }
    case 'MIN':
    case 'MAX': {
      const xs = numbersOf(all(), host);
      if (isError(xs)) return xs;
      if (xs.length === 0) return 0;
      return name === 'MIN' ? Math.min(...xs) : Math.max(...xs);
    }
    case 'COUNT':
    case 'COUNTA': {
      let n = 0;
      for (const a of all()) {
        for (const { v, fromRange } of argValues(a, host)) {
          if (
            name === 'COUNTA'
              ? v !== null && v !== ''
              : typeof v === 'number' || (!fromRange && !isError(toNumber(v)) && v !== null)
          )
            n++;
        }
      }
      return n;
    }
    case 'IF': {
      if (argNodes.length < 2 || argNodes.length > 3) return E('#VALUE!');
      const c = toBool(deref(ev(0), host));
      if (isError(c)) return c;
      if (c) return deref(ev(1), host) ?? 0;
      return argNodes.length === 3 ? (deref(ev(2), host) ?? 0) : false;
    }
    case 'IFERROR': {
      const a = deref(ev(0), host);
      return isError(a) ? (deref(ev(1), host) ?? 0) : (a ?? 0);
    }
    case 'ROUND': {
      const x = toNumber(deref(ev(0), host));
      const d = toNumber(deref(ev(1), host));
      if (isError(x)) return x;
      if (isError(d)) return d;
      return roundHalfAway(x, Math.trunc(d));
    }
    case 'ABS': {
      const x = toNumber(deref(ev(0), host));
      return isError(x) ? x : Math.abs(x);
    }
    case 'LEN': {
      const s = toText(deref(ev(0), host));
      return isError(s) ? s : s.length;
    }
    case 'AND':
    case 'OR': {
      const bs: boolean[] = [];
      for (const a of all()) {
        for (const { v } of argValues(a, host)) {
          const b = toBool(v);
          if (isError(b)) return b;
          bs.push(b);
        }
      }
      return name === 'AND' ? bs.every(Boolean) : bs.some(Boolean);
    }
    case 'NOT': {
      const b = toBool(deref(ev(0), host));
      return isError(b) ? b : !b;
    }
    default:
      return E('#NAME?');
  }
}

/** The value a formula evaluates to on `sheetId` (a blank result reads as 0, as in Excel). */
export function evaluateFormula(formula: string, sheetId: string, host: EvalHost): CellValue {
  const node = parseFormula(formula);
  if (node === null) return E('#NAME?');
  const v = deref(evalNode(node, sheetId, host), host);
  if (typeof v === 'number' && !Number.isFinite(v)) return E('#NUM!');
  return v ?? 0;
}
