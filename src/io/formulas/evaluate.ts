/**
 * Evaluates the formulas a file was saved with but no cached value (tính công thức chưa có giá trị), over the
 * grids of one workbook, after any reader produced them: the value goes into the cell, as if Excel had saved it.
 * Supported: arithmetic, `SUM`, `SUBTOTAL` (sums and counts), references to cells and ranges of the same
 * workbook, including formulas that refer to other such formulas. A formula outside that (a function we do not
 * know, a defined name, another workbook, a circular reference) becomes an error cell naming the formula, so the
 * figure that uses it is an error and never a zero; one warning per sheet says how many there are.
 */
import { type CellError, type Grid, a1, isBlank, isCellError } from '../../core/grid';
import { finding, type Finding } from '../../core/findings';
import { parseCount } from '../../core/text';
import { viInt } from '../limits';
import { type Node, parseFormula } from './parse';

/** Why a formula could not be evaluated, carried out of the recursion. */
class NotEvaluable extends Error {}

type Scalar = number | string | boolean | CellError;

/** A range's values with, for each, its row and whether it is itself a SUBTOTAL (which SUBTOTAL skips). */
interface RangeValue {
  range: (Scalar | null)[];
  rows: number[];
  subtotals: boolean[];
}

type Value = Scalar | null | RangeValue;

const isRange = (v: Value): v is RangeValue => v !== null && typeof v === 'object' && 'range' in v;

/** SUBTOTAL function numbers that sum (9) or count numbers (2), also in their "ignore hidden rows" form (109, 102). */
const SUBTOTAL_SUM = new Set([9, 109]);
const SUBTOTAL_COUNT = new Set([2, 102]);

/** Guard against pathological chains of formulas referring to formulas. */
const MAX_DEPTH = 1000;

interface Book {
  byName: Map<string, Grid>;
  /** Each sheet's formulas as read (the grids' own maps shrink as cells get their values). */
  formulas: Map<Grid, ReadonlyMap<string, string>>;
  /** Per sheet, the bottom row that holds a formula: ranges reach formula cells below the last stored value. */
  bottomFormulaRow: Map<Grid, number>;
  /** Evaluated value per formula cell, keyed by sheet and `r,c`; `pending` while being evaluated (cycle check). */
  done: Map<string, Scalar | 'pending'>;
}

const sheetKey = (name: string) => name.normalize('NFC').toLocaleLowerCase('vi');

/** Fills every formula cell without a cached value of `grids` (mutated); returns one warning per sheet with failures. */
export function evaluateFormulas(grids: readonly Grid[], file: string): Finding[] {
  const book: Book = { byName: new Map(), formulas: new Map(), bottomFormulaRow: new Map(), done: new Map() };
  for (const g of grids) {
    book.byName.set(sheetKey(g.name), g);
    const own = new Map(g.formulas ?? []);
    book.formulas.set(g, own);
    let bottom = -1;
    for (const key of own.keys()) bottom = Math.max(bottom, Number(key.split(',')[0]));
    book.bottomFormulaRow.set(g, bottom);
  }
  const findings: Finding[] = [];
  for (const g of grids) {
    const own = book.formulas.get(g)!;
    if (own.size === 0) continue;
    const failed: { cell: string; formula: string }[] = [];
    for (const [key, formula] of [...own].sort((x, y) => order(x[0], y[0]))) {
      const [r, c] = key.split(',').map(Number);
      const v = cellValue(book, g, r, c, 0);
      setCell(g, r, c, v);
      // What was evaluated is now an ordinary value; what was not stays listed with its formula.
      if (isFailure(v)) failed.push({ cell: a1(r, c), formula });
      else g.formulas?.delete(key);
    }
    if (g.formulas?.size === 0) delete g.formulas;
    if (failed.length > 0) {
      findings.push(
        finding(
          { file, sheet: g.name, cell: failed[0].cell },
          'warning',
          'READ_FORMULA_NOT_EVALUATED',
          `Trang "${g.name}" có ${viInt(failed.length)} ô công thức chưa có giá trị đã tính mà TongHop không tự tính được ` +
            `(ô đầu tiên: ${failed[0].cell}, =${failed[0].formula}); số liệu nào dùng các ô này bị coi là lỗi, không phải số 0. ` +
            'Hãy mở tệp bằng Excel, để Excel tính lại rồi lưu và gửi lại.',
        ),
      );
    }
  }
  return findings;
}

/** Row-major order of `r,c` keys, so the first cell named is the first a reader meets. */
function order(a: string, b: string): number {
  const [ra, ca] = a.split(',').map(Number);
  const [rb, cb] = b.split(',').map(Number);
  return ra - rb || ca - cb;
}

/** An error cell made because the formula could not be evaluated (it carries the formula). */
function isFailure(v: unknown): v is CellError & { formula: string } {
  return isCellError(v) && typeof v.formula === 'string';
}

function setCell(g: Grid, r: number, c: number, v: Scalar | null): void {
  while (g.rows.length <= r) g.rows.push([]);
  const row = g.rows[r];
  while (row.length < c) row.push(null);
  row[c] = v;
}

/** Value of a cell, evaluating its formula first when it has one without a cached value. */
function cellValue(book: Book, g: Grid, r: number, c: number, depth: number): Scalar | null {
  const formula = book.formulas.get(g)?.get(`${r},${c}`);
  if (formula === undefined) {
    const v = g.rows[r]?.[c];
    return v === undefined || v === null ? null : v;
  }
  const key = `${sheetKey(g.name)}!${r},${c}`;
  const seen = book.done.get(key);
  if (seen === 'pending') throw new NotEvaluable('circular');
  if (seen !== undefined) return seen;
  book.done.set(key, 'pending');
  let v: Scalar;
  try {
    if (depth > MAX_DEPTH) throw new NotEvaluable('depth');
    const tree = parseFormula(formula);
    if (tree === null) throw new NotEvaluable('syntax');
    v = scalar(evaluate(book, g, tree, depth + 1));
    // A formula that uses one we could not evaluate cannot be evaluated either; it names its own text.
    if (isFailure(v)) v = { error: '#VALUE!', formula };
  } catch (e) {
    if (!(e instanceof NotEvaluable)) throw e;
    v = { error: '#VALUE!', formula };
  }
  book.done.set(key, v);
  return v;
}

function sheetOf(book: Book, g: Grid, name: string | null): Grid {
  if (name === null) return g;
  const target = book.byName.get(sheetKey(name));
  if (!target) throw new NotEvaluable('sheet');
  return target;
}

function evaluate(book: Book, g: Grid, n: Node, depth: number): Value {
  switch (n.type) {
    case 'number':
    case 'text':
    case 'bool':
      return n.value;
    case 'ref':
      return cellValue(book, sheetOf(book, g, n.sheet), n.r, n.c, depth);
    case 'range': {
      const s = sheetOf(book, g, n.sheet);
      const out: RangeValue = { range: [], rows: [], subtotals: [] };
      const own = book.formulas.get(s);
      const lastRow = Math.min(n.r2, Math.max(s.rows.length - 1, book.bottomFormulaRow.get(s) ?? -1));
      for (let r = n.r1; r <= lastRow; r++) {
        for (let c = n.c1; c <= n.c2; c++) {
          out.range.push(cellValue(book, s, r, c, depth));
          out.rows.push(r);
          out.subtotals.push(/\bSUBTOTAL\s*\(/i.test(own?.get(`${r},${c}`) ?? ''));
        }
      }
      return out;
    }
    case 'unary': {
      const v = number(scalar(evaluate(book, g, n.arg, depth)));
      if (typeof v !== 'number') return v;
      return n.op === '-' ? -v : n.op === '%' ? v / 100 : v;
    }
    case 'binary': {
      const left = scalar(evaluate(book, g, n.left, depth));
      const right = scalar(evaluate(book, g, n.right, depth));
      if (n.op === '&') {
        if (isCellError(left)) return left;
        if (isCellError(right)) return right;
        return text(left) + text(right);
      }
      const a = number(left);
      if (typeof a !== 'number') return a;
      const b = number(right);
      if (typeof b !== 'number') return b;
      switch (n.op) {
        case '+':
          return a + b;
        case '-':
          return a - b;
        case '*':
          return a * b;
        case '/':
          return b === 0 ? { error: '#DIV/0!' } : a / b;
        case '^': {
          const p = Math.pow(a, b);
          return Number.isFinite(p) ? p : { error: '#NUM!' };
        }
      }
      throw new NotEvaluable('operator');
    }
    case 'call':
      return call(book, g, n.name, n.args, depth);
  }
}

function call(book: Book, g: Grid, name: string, args: Node[], depth: number): Value {
  switch (name) {
    case 'SUM':
      return sum(args.map((a) => evaluate(book, g, asRange(a), depth)));
    case 'SUBTOTAL': {
      if (args.length < 2) throw new NotEvaluable('arguments');
      const fn = number(scalar(evaluate(book, g, args[0], depth)));
      if (typeof fn !== 'number') return fn;
      // Nested SUBTOTALs are skipped (group subtotals under a grand one); 10x also skips hidden rows.
      const hidden = fn > 100 ? new Set(g.hiddenRows ?? []) : new Set<number>();
      const kept = args.slice(1).map((a): Value => {
        const v = evaluate(book, g, asRange(a), depth);
        if (!isRange(v)) return v;
        const keep = v.range.map((_, i) => !v.subtotals[i] && !hidden.has(v.rows[i]));
        const only = <T>(xs: T[]) => xs.filter((_, i) => keep[i]);
        return { range: only(v.range), rows: only(v.rows), subtotals: only(v.subtotals) };
      });
      if (SUBTOTAL_SUM.has(fn)) return sum(kept);
      if (SUBTOTAL_COUNT.has(fn)) return count(kept);
      throw new NotEvaluable('subtotal');
    }
    default:
      throw new NotEvaluable('function');
  }
}

/** A reference given to SUM is read like a one-cell range (text there is ignored, not an error). */
function asRange(n: Node): Node {
  return n.type === 'ref' ? { type: 'range', sheet: n.sheet, r1: n.r, c1: n.c, r2: n.r, c2: n.c } : n;
}

/** SUM: numbers in ranges (text, booleans and blanks there are ignored); direct arguments coerced like Excel. */
function sum(args: Value[]): Scalar {
  let total = 0;
  for (const v of args) {
    if (isRange(v)) {
      for (const x of v.range) {
        if (isCellError(x)) return x;
        if (typeof x === 'number') total += x;
      }
      continue;
    }
    const n = number(v);
    if (typeof n !== 'number') return n;
    total += n;
  }
  return total;
}

function count(args: Value[]): Scalar {
  let n = 0;
  for (const v of args) {
    if (isRange(v)) n += v.range.filter((x) => typeof x === 'number').length;
    else if (typeof v === 'number') n++;
  }
  return n;
}

/** A range where one value is expected: Excel's implicit intersection is beyond this evaluator. */
function scalar(v: Value): Scalar {
  if (v === null) return 0;
  if (isRange(v)) throw new NotEvaluable('range');
  return v;
}

/** Arithmetic operand: blanks are 0, TRUE is 1, text that reads as a number is that number, else #VALUE!. */
function number(v: Scalar | null): number | CellError {
  if (v === null) return 0;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (isCellError(v)) return v;
  if (isBlank(v)) return 0;
  const t = v.trim();
  if (/^-?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(t)) return Number(t);
  const read = parseCount(t);
  return read.ok && read.value !== null ? read.value : { error: '#VALUE!' };
}

function text(v: Scalar): string {
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') return String(v);
  return isCellError(v) ? v.error : v;
}
