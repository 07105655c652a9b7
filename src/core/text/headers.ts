/**
 * Finding a table's header by meaning (nhận dạng dòng tiêu đề).
 *
 * People send the same table with a title block above, one to three header rows with merged
 * group headers, columns in any order, wordings with or without diacritics, extra columns.
 * Every start row in the first `maxScanRows` and every header depth 1–3 is tried:
 * - a column's own text is its lowest non-empty cell in the header block; the cells above it are
 *   its group texts, a merged group's text (kept in the top-left cell only) carried right across
 *   the empty cells of columns that have their own text further down;
 * - each (field, column) pair is scored by the best synonym (exact 1, whole-word phrase 0.5–0.9,
 *   shared words < 0.7), times 0.6–1 by how well the column's group texts (or its own text, for
 *   single-cell wordings such as "Đã giải quyết - Quá hạn") match the field's group synonyms;
 * - fields and columns are paired one to one by the best total (Hungarian algorithm), so the
 *   "Quá hạn" under "đã giải quyết" and the one under "đang giải quyết" each go to the right field;
 * - the reading with the most required fields, then the highest total, wins; ties go to the
 *   shallower header, then the earlier row.
 */
import { type CellValue, isBlank, isCellError } from '../grid';
import { cleanText } from './normalize';
import { type Phrase, bestScore, phrase } from './phrase';
import { assignBest } from './assignment';
import { memoize } from './memo';

export interface ColumnSpec {
  /** Field identifier, e.g. `received`. */
  key: string;
  /** Canonical Vietnamese header, e.g. `Ngày tiếp nhận`; also matched. */
  label: string;
  /** Other wordings (any case, with or without diacritics). */
  synonyms: string[];
  required?: boolean;
  /** Wordings of the merged group header above it, e.g. `Số hồ sơ đã giải quyết`. */
  group?: string[];
}

export interface HeaderMatch {
  /** Zero-based row of the header's first (top) row. */
  headerRow: number;
  /** Number of header rows (1–3); data starts at headerRow + headerRows. */
  headerRows: number;
  /** Zero-based column of each matched field, by key. */
  columns: Record<string, number>;
  /** Header columns with text that no field claimed (extra columns), text as shown (groups joined by " / "). */
  unmatched: { col: number; text: string }[];
  /** Header columns with text past MAX_HEADER_COLUMNS: never matched nor read, only counted for the message. */
  unreadColumns: number;
  /** Keys of required fields not found. */
  missing: string[];
}

export interface FindHeaderOptions {
  /** Rows scanned from the top for the header's first row (default 20). */
  maxScanRows?: number;
  /** Fewest matched fields for a header to count (default 2, or 1 with a single spec). */
  minMatches?: number;
}

const MAX_HEADER_ROWS = 3;
/**
 * Columns looked at for a header: Excel 2003's whole width. A real table has a few dozen; a crafted sheet with
 * 16,384 columns of text would otherwise cost minutes of phrase matching (every column × every synonym × every
 * candidate row). Columns beyond are never read as part of a table.
 */
export const MAX_HEADER_COLUMNS = 256;
/** Pairs scoring below this are not a match. */
const MIN_PAIR_SCORE = 0.5;
/** Scores closer than this are a tie. */
const EPSILON = 1e-9;

interface PreparedSpec {
  spec: ColumnSpec;
  names: Phrase[];
  groups: Phrase[];
}

/**
 * A spec list made ready once: its phrases, and the score of each spec against each distinct header column
 * met so far. Header columns repeat across the ~60 readings tried per sheet, across the three times a register
 * is looked at, and across every unit sent on the same template, so each is scored once.
 */
interface PreparedSpecs {
  specs: PreparedSpec[];
  /** Column key (own text and group texts, folded) → score of every spec against that column. */
  scores: Map<string, number[]>;
  /**
   * Word → the specs with a name using it. A column sharing no word with any name of a spec scores 0 against it
   * (no equal key, no phrase inside the other, no common word), so only these specs are scored.
   */
  byWord: Map<string, number[]>;
  /** Cell text → best score of every spec's names against it alone (a column's score is never higher). */
  ownByText: Map<string, number[] | null>;
}

interface HeaderColumn {
  col: number;
  own: Phrase;
  groups: Phrase[];
  text: string;
}

interface Candidate {
  row: number;
  depth: number;
  columns: HeaderColumn[];
  assigned: number[]; // per spec: index into columns, or -1
  required: number;
  total: number;
  matched: number;
}

/**
 * n zeros. Score rows are short (one per field) and made by the hundred per search: a plain array, since each typed
 * array allocates a separate backing store, which cost more than the scoring itself.
 */
function zeros(n: number): number[] {
  return new Array<number>(n).fill(0);
}

function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined || isCellError(v) || typeof v === 'boolean') return '';
  return typeof v === 'number' ? String(v) : cleanText(v);
}

/** Phrase of a header cell's text: header texts repeat across readings, sheets and files. */
const cellPhrase = memoize(phrase);

function prepareSpec(spec: ColumnSpec): PreparedSpec {
  const names: Phrase[] = [];
  for (const t of [spec.label, ...spec.synonyms]) {
    const p = phrase(t);
    if (p !== null && !names.some((n) => n.key === p.key)) names.push(p);
  }
  const groups: Phrase[] = [];
  for (const t of spec.group ?? []) {
    const p = phrase(t);
    if (p !== null) groups.push(p);
  }
  return { spec, names, groups };
}

/** Prepared spec lists by content, so a list rebuilt from settings on every read is still prepared once. */
const PREPARED = new Map<string, PreparedSpecs>();
/** Spec lists kept prepared (the shipped sections plus a few settings' variants). */
const PREPARED_LIMIT = 32;
/** Scored columns kept per spec list before it starts afresh. */
const SCORES_LIMIT = 4096;

/**
 * Frozen spec lists (the shipped sections, searched three times per workbook) prepared, by identity: they cannot
 * change, so they skip the content key, whose JSON of every synonym cost up to 35 µs a search.
 */
const PREPARED_BY_LIST = new WeakMap<readonly ColumnSpec[], PreparedSpecs>();

/** Freezes a spec list, its specs and their wordings, so that searches know it by identity; returns it. */
export function frozenSpecs<T extends readonly ColumnSpec[]>(specs: T): T {
  for (const spec of specs) {
    Object.freeze(spec.synonyms);
    if (spec.group) Object.freeze(spec.group);
    Object.freeze(spec);
  }
  return Object.freeze(specs);
}

/** A list frozen all the way down (see frozenSpecs): nothing in it can change after it is prepared. */
function isFrozenSpecs(specs: readonly ColumnSpec[]): boolean {
  return (
    Object.isFrozen(specs) &&
    specs.every((s) => Object.isFrozen(s) && Object.isFrozen(s.synonyms) && (!s.group || Object.isFrozen(s.group)))
  );
}

function prepare(specs: readonly ColumnSpec[]): PreparedSpecs {
  const known = PREPARED_BY_LIST.get(specs);
  if (known !== undefined) return known;
  const id = JSON.stringify(specs, ['key', 'label', 'synonyms', 'required', 'group']);
  let p = PREPARED.get(id);
  if (p === undefined) {
    if (PREPARED.size >= PREPARED_LIMIT) PREPARED.clear();
    const prepared = specs.map(prepareSpec);
    const byWord = new Map<string, number[]>();
    prepared.forEach((spec, i) => {
      for (const name of spec.names) {
        for (const word of name.tokens) {
          const list = byWord.get(word) ?? [];
          if (list[list.length - 1] !== i) list.push(i);
          byWord.set(word, list);
        }
      }
    });
    p = { specs: prepared, scores: new Map(), byWord, ownByText: new Map() };
    PREPARED.set(id, p);
  }
  if (isFrozenSpecs(specs)) PREPARED_BY_LIST.set(specs, p);
  return p;
}

/** The rows a header is looked for in, each row's texts and score bound computed once per search (readings overlap). */
class HeaderRows {
  private readonly texts: (string[] | undefined)[] = [];
  private readonly bounds: (number[] | undefined)[] = [];
  constructor(
    readonly rows: readonly (readonly CellValue[])[],
    private readonly prepared: PreparedSpecs,
  ) {}

  /** Cleaned texts of row r, at most MAX_HEADER_COLUMNS of them (fewer when the row is shorter). */
  get(r: number): readonly string[] {
    let t = this.texts[r];
    if (t === undefined) {
      const row = this.rows[r] ?? [];
      const n = Math.min(row.length, MAX_HEADER_COLUMNS);
      t = new Array<string>(n);
      for (let c = 0; c < n; c++) t[c] = cellText(row[c]);
      this.texts[r] = t;
    }
    return t;
  }

  /** Every cell of row r is blank. */
  isBlank(r: number): boolean {
    const row = this.rows[r];
    if (!row) return true;
    if (row.length > MAX_HEADER_COLUMNS) return isBlankRow(row);
    for (const t of this.get(r)) if (t !== '') return false;
    return true;
  }

  /**
   * Per spec, the most any column of the block rows[top .. top+depth) can score for it: a column's own text is its
   * lowest non-empty cell, so the bottom row's bound, raised by the texts above the bottom row's empty cells. A
   * block that ends on a data row under the header thus scores what the data row does, and is passed over.
   */
  readingBound(top: number, depth: number): number[] {
    const bottom = top + depth - 1;
    let b = this.bound(bottom);
    if (depth === 1) return b;
    const low = this.get(bottom);
    let width = 0;
    for (let i = top; i <= bottom; i++) width = Math.max(width, this.get(i).length);
    let copied = false;
    for (let c = 0; c < width; c++) {
      if (c < low.length && low[c] !== '') continue;
      for (let i = bottom - 1; i >= top; i--) {
        const t = this.get(i);
        if (c >= t.length || t[c] === '') continue;
        const own = ownScores(this.prepared, t[c]);
        if (own !== null) {
          if (!copied) {
            b = b.slice();
            copied = true;
          }
          for (let k = 0; k < b.length; k++) if (own[k] > b[k]) b[k] = own[k];
        }
        break;
      }
    }
    return b;
  }

  /** Per spec, the best score any cell of row r could give it as a column's own text. */
  bound(r: number): number[] {
    let b = this.bounds[r];
    if (b === undefined) {
      b = zeros(this.prepared.specs.length);
      for (const t of this.get(r)) {
        if (t === '') continue;
        const own = ownScores(this.prepared, t);
        if (own === null) continue;
        for (let i = 0; i < b.length; i++) if (own[i] > b[i]) b[i] = own[i];
      }
      this.bounds[r] = b;
    }
    return b;
  }
}

/**
 * Scores of every spec's names against one text, scored once per distinct text; null when it scores nothing for
 * any spec (most cells of the data rows a search passes over: codes, dates, names).
 */
function ownScores(prepared: PreparedSpecs, text: string): number[] | null {
  let s = prepared.ownByText.get(text);
  if (s === undefined) {
    const scores = zeros(prepared.specs.length);
    let any = false;
    const p = cellPhrase(text);
    if (p !== null) {
      for (const word of p.tokens) {
        for (const i of prepared.byWord.get(word) ?? []) {
          if (scores[i] === 0) scores[i] = bestScore(p, prepared.specs[i].names);
          if (scores[i] > 0) any = true;
        }
      }
    }
    s = any ? scores : null;
    if (prepared.ownByText.size >= SCORES_LIMIT) prepared.ownByText.clear();
    prepared.ownByText.set(text, s);
  }
  return s;
}

/**
 * Whether a reading whose specs score at most `bound` (each on its best column, as if columns could serve twice)
 * is sure to lose to `best`: then its assignment is not worth computing.
 */
function cannotBeat(prepared: PreparedSpecs, bound: ArrayLike<number>, best: Candidate | null): boolean {
  if (best === null) return false;
  let requiredBound = 0;
  let totalBound = 0;
  for (let i = 0; i < bound.length; i++) {
    if (bound[i] < MIN_PAIR_SCORE) continue;
    totalBound += bound[i];
    if (prepared.specs[i].spec.required) requiredBound++;
  }
  return requiredBound < best.required || (requiredBound === best.required && totalBound < best.total - EPSILON);
}

/**
 * Columns of the header block rows[top .. top+depth), with group texts carried across merges;
 * null when the block's top row is a title rather than header text.
 */
function readBlock(
  rows: readonly (readonly CellValue[])[],
  top: number,
  depth: number,
  texts: HeaderRows,
): HeaderColumn[] | null {
  let width = 0;
  for (let i = top; i < top + depth; i++) width = Math.max(width, rows[i]?.length ?? 0);
  width = Math.min(width, MAX_HEADER_COLUMNS);
  const label: string[][] = [];
  for (let i = 0; i < depth; i++) {
    const own = texts.get(top + i);
    const line = new Array<string>(width);
    for (let c = 0; c < width; c++) line[c] = c < own.length ? own[c] : '';
    label.push(line);
  }
  // Level of each column's own text: its lowest non-empty cell (-1: blank column).
  const ownLevel = new Array<number>(width).fill(-1);
  for (let c = 0; c < width; c++) {
    for (let i = depth - 1; i >= 0; i--) {
      if (label[i][c] !== '') {
        ownLevel[c] = i;
        break;
      }
    }
  }
  // A lone text at the left of the top row would head every column: a title, not a group header.
  if (depth > 1) {
    const filled = label[0].flatMap((t, c) => (t === '' ? [] : [c]));
    const firstOwn = ownLevel.findIndex((l) => l >= 0);
    if (filled.length === 1 && filled[0] <= firstOwn && ownLevel[filled[0]] > 0) return null;
  }
  // A group text spans right over empty cells of columns whose own text sits lower (or that are blank).
  for (let i = 0; i < depth - 1; i++) {
    for (let c = 1; c < width; c++) {
      const below = (k: number): boolean => ownLevel[k] > i || ownLevel[k] < 0;
      if (label[i][c] === '' && label[i][c - 1] !== '' && below(c) && below(c - 1)) label[i][c] = label[i][c - 1];
    }
  }
  const columns: HeaderColumn[] = [];
  for (let c = 0; c < width; c++) {
    const lvl = ownLevel[c];
    if (lvl < 0) continue;
    const own = cellPhrase(label[lvl][c]);
    if (own === null) continue;
    const groups: Phrase[] = [];
    const shown: string[] = [];
    for (let i = 0; i < lvl; i++) {
      const g = label[i][c] === '' ? null : cellPhrase(label[i][c]);
      if (g !== null) {
        groups.push(g);
        shown.push(label[i][c]);
      }
    }
    shown.push(label[lvl][c]);
    columns.push({ col: c, own, groups, text: shown.join(' / ') });
  }
  return columns;
}

function pairScore(spec: PreparedSpec, column: HeaderColumn): number {
  const own = bestScore(column.own, spec.names);
  if (own < MIN_PAIR_SCORE || spec.groups.length === 0) return own;
  let g = 0;
  for (const name of spec.groups) {
    if (column.own.padded.includes(name.padded)) {
      g = 1;
      break;
    }
    for (const group of column.groups) g = Math.max(g, bestScore(group, [name]));
  }
  return own * (0.6 + 0.4 * g);
}

/** Score of every spec against a column; a column's score depends only on its own and group texts. */
function columnScores(prepared: PreparedSpecs, column: HeaderColumn): number[] {
  // Folded keys hold no line feed, so it separates them unambiguously.
  let key = column.own.key;
  for (const g of column.groups) key += '\n' + g.key;
  let s = prepared.scores.get(key);
  if (s === undefined) {
    s = zeros(prepared.specs.length);
    for (const word of column.own.tokens) {
      for (const i of prepared.byWord.get(word) ?? []) if (s[i] === 0) s[i] = pairScore(prepared.specs[i], column);
    }
    if (prepared.scores.size >= SCORES_LIMIT) prepared.scores.clear();
    prepared.scores.set(key, s);
  }
  return s;
}

/** Scores the readings of one block; null when it is sure to lose to the best so far (see cannotBeat). */
function evaluate(
  prepared: PreparedSpecs,
  columns: HeaderColumn[],
  row: number,
  depth: number,
  best: Candidate | null,
): Candidate | null {
  const specs = prepared.specs;
  const byColumn = columns.map((c) => columnScores(prepared, c));
  if (best !== null) {
    const bound = zeros(specs.length);
    for (const s of byColumn) for (let i = 0; i < bound.length; i++) if (s[i] > bound[i]) bound[i] = s[i];
    if (cannotBeat(prepared, bound, best)) return null;
  }
  const score = specs.map((_, i) => byColumn.map((s) => s[i]));
  const assigned = columns.length === 0 ? specs.map(() => -1) : assignBest(score, MIN_PAIR_SCORE);
  let total = 0;
  let required = 0;
  let matched = 0;
  assigned.forEach((k, i) => {
    if (k < 0) return;
    total += score[i][k];
    matched++;
    if (specs[i].spec.required) required++;
  });
  return { row, depth, columns, assigned, required, total, matched };
}

function better(a: Candidate, b: Candidate | null): boolean {
  if (b === null) return true;
  if (a.required !== b.required) return a.required > b.required;
  if (Math.abs(a.total - b.total) > EPSILON) return a.total > b.total;
  if (a.depth !== b.depth) return a.depth < b.depth;
  return a.row < b.row;
}

function isBlankRow(row: readonly CellValue[] | undefined): boolean {
  if (!row) return true;
  for (const v of row) if (cellText(v) !== '') return false;
  return true;
}

/**
 * Finds the header of a table in the first rows of a sheet and the column of each field.
 * Null when no reading matches at least `minMatches` fields.
 */
export function findHeader(
  rows: readonly (readonly CellValue[])[],
  specs: readonly ColumnSpec[],
  opts?: FindHeaderOptions,
): HeaderMatch | null {
  if (specs.length === 0) return null;
  const prepared = prepare(specs);
  const scan = Math.min(opts?.maxScanRows ?? 20, rows.length);
  const minMatches = opts?.minMatches ?? Math.min(2, specs.length);
  const texts = new HeaderRows(rows, prepared);
  let best: Candidate | null = null;
  for (let r = 0; r < scan; r++) {
    if (texts.isBlank(r)) continue;
    for (let depth = 1; depth <= MAX_HEADER_ROWS && r + depth <= rows.length; depth++) {
      if (cannotBeat(prepared, texts.readingBound(r, depth), best)) continue;
      const block = readBlock(rows, r, depth, texts);
      if (block === null) continue;
      const candidate = evaluate(prepared, block, r, depth, best);
      if (candidate !== null && candidate.matched >= minMatches && better(candidate, best)) best = candidate;
    }
  }
  if (best === null) return null;

  const columns: Record<string, number> = {};
  const used = new Set<number>();
  const missing: string[] = [];
  best.assigned.forEach((k, i) => {
    const spec = prepared.specs[i].spec;
    if (k >= 0) {
      columns[spec.key] = best!.columns[k].col;
      used.add(k);
    } else if (spec.required) {
      missing.push(spec.key);
    }
  });
  const unmatched = best.columns.filter((_, k) => !used.has(k)).map((c) => ({ col: c.col, text: c.text }));
  return {
    headerRow: best.row,
    headerRows: best.depth,
    columns,
    unmatched,
    unreadColumns: countUnread(rows, best.row, best.depth),
    missing,
  };
}

/** Columns past MAX_HEADER_COLUMNS whose header rows hold anything. */
function countUnread(rows: readonly (readonly CellValue[])[], top: number, depth: number): number {
  let n = 0;
  const width = Math.max(...rows.slice(top, top + depth).map((row) => row.length));
  for (let c = MAX_HEADER_COLUMNS; c < width; c++) {
    if (rows.slice(top, top + depth).some((row) => !isBlank(row[c] ?? null))) n++;
  }
  return n;
}
