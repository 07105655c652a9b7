/**
 * The figure behind `=TTHC.STAFF(values, [category])`, as a pure function over the 2-D array Excel passes.
 * The same normalisation as the staff summary, so a formula and the summary never disagree.
 */
import { type CellValue, isCellError } from '../grid';
import { type FormulaResult, toCell } from '../tthc/formulas';
import { cleanText, foldKey } from '../text/normalize';
import { type CategorySet, type Classified, OTHER_PREFIX, otherLabel } from './category-set';
import { SHIPPED_STAFF_SETS, STAFF_DIMENSIONS, type StaffSets, staffCategories } from './categories';

/** Row label of the spill for values meaning "none" (e.g. `Không` in a political theory column). */
export const NONE_ROW = 'Không';

/** One non-empty cell of a range, as text, with its position. */
export interface RangeText {
  text: string;
  r: number;
  c: number;
}

/**
 * Reads the non-empty cells of a range as text (numbers as written, TRUE/FALSE as Có/Không).
 * An error cell fails with its position in the range.
 */
export function rangeTexts(values: readonly (readonly unknown[])[], arg: string): FormulaResult<RangeText[]> {
  const out: RangeText[] = [];
  for (let r = 0; r < values.length; r++) {
    const row = values[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const v: CellValue = toCell(row[c]);
      if (v === null) continue;
      if (isCellError(v)) {
        return {
          ok: false,
          error: 'value',
          message: `Ô ở hàng ${r + 1}, cột ${c + 1} của vùng ${arg} có lỗi ${v.error}.`.normalize('NFC'),
        };
      }
      const text = typeof v === 'boolean' ? (v ? 'Có' : 'Không') : typeof v === 'number' ? String(v) : cleanText(v);
      if (text === '') continue;
      out.push({ text, r, c });
    }
  }
  return { ok: true, value: out };
}

/** Values of a range classified in one category set. */
function classifyAll(set: CategorySet, texts: readonly RangeText[]): (Classified | null)[] {
  return texts.map((t) => set.classify(t.text));
}

function recognised(classes: readonly (Classified | null)[]): number {
  return classes.filter((c) => c !== null && c.kind !== 'unknown').length;
}

/** Of several category sets, the one that understands most of the values (ties: the first). */
export function bestFit<K>(candidates: readonly K[], setOf: (k: K) => CategorySet, texts: readonly RangeText[]): K {
  let best = candidates[0];
  let bestScore = -1;
  for (const k of candidates) {
    const score = recognised(classifyAll(setOf(k), texts));
    if (score > bestScore) {
      best = k;
      bestScore = score;
    }
  }
  return best;
}

/** Spill rows: canonical labels in order, then `Khác: …` labels as first seen, then the "none" row. */
export function spillRows(set: CategorySet, classes: readonly (Classified | null)[]): (string | number)[][] {
  const counts = new Map<string, number>();
  let none = 0;
  for (const c of classes) {
    if (c === null) continue;
    if (c.kind === 'none') none++;
    else counts.set(c.label, (counts.get(c.label) ?? 0) + 1);
  }
  const rows: (string | number)[][] = [];
  for (const label of set.labels) {
    const n = counts.get(label);
    if (n) rows.push([label, n]);
    counts.delete(label);
  }
  for (const [label, n] of counts) rows.push([label, n]);
  if (none > 0) rows.push([NONE_ROW, none]);
  return rows;
}

/**
 * Count with a category: the category argument is normalised like the values; when it could name
 * several things (`Trung cấp`: degree or political theory), the set that understands most values wins.
 * `Khác: <text>` counts the unknown values written so.
 */
export function countInCategory<K>(
  texts: readonly RangeText[],
  category: string,
  keys: readonly K[],
  setOf: (k: K) => CategorySet,
  listForMessage: string,
): FormulaResult<number> {
  const arg = cleanText(category);
  const colon = arg.indexOf(':');
  if (colon >= 0 && foldKey(arg.slice(0, colon)) === foldKey(OTHER_PREFIX)) {
    const rest = arg.slice(colon + 1);
    if (foldKey(rest) === '') {
      return { ok: false, error: 'value', message: 'Hãy ghi rõ giá trị cần đếm sau «Khác:», ví dụ «Khác: Nhạc sĩ».' };
    }
    const wanted = foldKey(otherLabel(rest));
    const k = bestFit(keys, setOf, texts);
    return {
      ok: true,
      value: classifyAll(setOf(k), texts).filter(
        (c) => c !== null && c.kind === 'unknown' && foldKey(c.label) === wanted,
      ).length,
    };
  }
  const candidates = keys.filter((k) => setOf(k).match(arg) !== null);
  if (candidates.length > 0) {
    const k = bestFit(candidates, setOf, texts);
    const label = setOf(k).match(arg);
    return {
      ok: true,
      value: classifyAll(setOf(k), texts).filter((c) => c !== null && c.kind === 'category' && c.label === label)
        .length,
    };
  }
  return {
    ok: false,
    error: 'value',
    message: `Không hiểu nhóm «${arg}». Dùng một trong: ${listForMessage}.`.normalize('NFC'),
  };
}

const ALL_LABELS = STAFF_DIMENSIONS.flatMap((d) => staffCategories(d).labels.filter((l) => l !== 'Không')).filter(
  (l, i, a) => a.indexOf(l) === i,
);

/**
 * STAFF(values, [category]). With a category (a degree, staff type, political theory level, state-management
 * rank, gender or `Đảng viên`): the number of values in it after normalisation (`ThS`, `thac si`, `Thạc sỹ`
 * are all Thạc sĩ). Without: rows of [category, count] for the categories found, canonical order first,
 * unknown values as `Khác: <text>`. Empty cells are ignored; an error cell gives #VALUE! naming its position.
 */
export function staffCount(
  values: readonly (readonly unknown[])[],
  category?: string | null,
  setOf: StaffSets = SHIPPED_STAFF_SETS,
): FormulaResult<number | (string | number)[][]> {
  const texts = rangeTexts(values, 'giá trị');
  if (!texts.ok) return texts;
  if (category !== undefined && category !== null && cleanText(String(category)) !== '') {
    return countInCategory(texts.value, String(category), STAFF_DIMENSIONS, setOf, ALL_LABELS.join(', '));
  }
  if (texts.value.length === 0) return { ok: false, error: 'na', message: 'Vùng giá trị không có ô nào có dữ liệu.' };
  const dim = bestFit(STAFF_DIMENSIONS, setOf, texts.value);
  return { ok: true, value: spillRows(setOf(dim), classifyAll(setOf(dim), texts.value)) };
}
