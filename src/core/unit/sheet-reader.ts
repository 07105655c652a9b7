/**
 * Reading the cells of one sheet (đọc ô của một trang tính) with findings that name the cell:
 * text is cleaned to NFC and repaired from legacy encodings (reported once per sheet, naming the cells),
 * counts accept Vietnamese-style text and refuse negatives, fractions and words.
 */
import { type CellValue, type Grid, a1, cellAt, isBlank, isCellError } from '../grid';
import { type Finding, type Severity, finding } from '../findings';
import { cleanText, clipText, isAscii } from '../text/normalize';
import { fromLegacy, repairVietnamese, type LegacyEncoding } from '../text/legacy';
import { parseCount } from '../text/numbers';
import { parseVnDate } from '../text/dates';

const ENCODING_NAMES: Record<LegacyEncoding, string> = { tcvn3: 'TCVN3 (ABC, phông .Vn…)', vni: 'VNI (phông VNI-…)' };

/** Letters only Unicode Vietnamese has (ă â đ ê ô ơ ư and the toned letters), or combining tone marks (NFD). */
const UNICODE_VIETNAMESE =
  // eslint-disable-next-line no-misleading-character-class -- a lone combining tone mark is what is looked for.
  /[\u0102\u0103\u0110\u0111\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9\u0300\u0301\u0303\u0309\u0323]/;
/** Characters a legacy font puts in the Latin-1 range. */
const LATIN1_HIGH = /[\u00A1-\u00FF]/;
/** Cells judged legacy on their own before a whole sheet is taken to be in that encoding. */
const MIN_LEGACY_CELLS = 3;

/**
 * What a text is: in a legacy encoding (with its repair), Unicode Vietnamese, Latin-1 letters that a legacy font
 * may use but could not be judged alone (undecided), or plain.
 */
type Judged = { from: LegacyEncoding; text: string } | 'unicode' | 'undecided' | 'plain';

/** Cells listed by address in a message before "và N ô khác". */
const LISTED_CELLS = 5;

/** Result of reading a number cell: null value = blank; ok false = unreadable (already reported). */
export type CountRead = { ok: true; value: number | null } | { ok: false };

export class SheetReader {
  readonly findings: Finding[] = [];
  private readonly legacy = new Map<LegacyEncoding, Set<string>>();

  /** The sheet with legacy-encoded text repaired (the same object when nothing needed repair). */
  readonly grid: Grid;

  constructor(
    readonly file: string,
    source: Grid,
  ) {
    this.grid = this.repairGrid(source);
  }

  /**
   * Repairs TCVN3/VNI text in every cell once, so headers and labels match; remembers the cells.
   * Cells are judged one by one; then, when a sheet clearly is in one legacy encoding (at least
   * MIN_LEGACY_CELLS such cells and no Unicode Vietnamese anywhere), short cells the judgement could not
   * decide alone (`Cã` for Có, `Ghi chó` for Ghi chú) are decoded too.
   */
  private repairGrid(source: Grid): Grid {
    let rows: CellValue[][] | null = null;
    const set = (r: number, c: number, from: LegacyEncoding, text: string) => {
      const seen = this.legacy.get(from) ?? new Set<string>();
      seen.add(a1(r, c));
      this.legacy.set(from, seen);
      rows ??= source.rows.map((x) => x.slice());
      rows[r][c] = text;
    };
    let unicode = false;
    const undecided: [number, number][] = [];
    const judgedTexts = new Map<string, Judged>();
    for (let r = 0; r < source.rows.length; r++) {
      const row = source.rows[r];
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        // Plain ASCII (codes, figures typed as text) is in no encoding: most cells of a register.
        if (typeof v !== 'string' || isAscii(v)) continue;
        // Other texts repeat down a sheet (fields, channels, categories): each is judged once.
        let judged = judgedTexts.get(v);
        if (judged === undefined) {
          const repaired = repairVietnamese(v);
          judged =
            repaired.from !== null
              ? { from: repaired.from, text: repaired.text }
              : UNICODE_VIETNAMESE.test(v)
                ? 'unicode'
                : LATIN1_HIGH.test(v)
                  ? 'undecided'
                  : 'plain';
          judgedTexts.set(v, judged);
        }
        if (judged === 'unicode') unicode = true;
        else if (judged === 'undecided') undecided.push([r, c]);
        else if (judged !== 'plain') set(r, c, judged.from, judged.text);
      }
    }
    const encodings = [...this.legacy.entries()];
    if (!unicode && encodings.length === 1 && encodings[0][1].size >= MIN_LEGACY_CELLS) {
      const enc = encodings[0][0];
      for (const [r, c] of undecided) set(r, c, enc, fromLegacy(source.rows[r][c] as string, enc));
    }
    return rows === null ? source : { ...source, rows };
  }

  get name(): string {
    return this.grid.name;
  }

  get rowCount(): number {
    return this.grid.rows.length;
  }

  raw(r: number, c: number | undefined): CellValue {
    return c === undefined || c < 0 ? null : cellAt(this.grid, r, c);
  }

  blank(r: number, c: number | undefined): boolean {
    return isBlank(this.raw(r, c));
  }

  /** `figures`: the stated figure and what its parts add up to, for a total that disagrees with them. */
  add(
    r: number,
    c: number,
    severity: Severity,
    code: string,
    message: string,
    figures?: { stated: number; added: number },
  ): void {
    this.findings.push(
      finding(
        { file: this.file, sheet: this.grid.name, cell: r < 0 || c < 0 ? '' : a1(r, c) },
        severity,
        code,
        message,
        figures,
      ),
    );
  }

  /** A finding about the whole sheet. */
  addSheet(severity: Severity, code: string, message: string): void {
    this.add(-1, -1, severity, code, message);
  }

  /** Text of a cell: NFC, trimmed, white space collapsed (legacy encodings already repaired); '' when blank. */
  text(r: number, c: number | undefined): string {
    const v = this.raw(r, c);
    if (v === null || isCellError(v)) return '';
    if (typeof v === 'number') return String(v);
    if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
    return cleanText(v);
  }

  /** Shown value of a cell for messages; numbers with a decimal comma, as Excel shows them in Vietnamese (2,5). */
  shown(r: number, c: number): string {
    const v = this.raw(r, c);
    if (v === null) return '';
    if (typeof v === 'number') return String(v).replace('.', ',');
    if (isCellError(v)) return v.formula !== undefined ? clipText(`=${v.formula}`) : v.error;
    return clipText(cleanText(String(v)));
  }

  /**
   * A count (non-negative integer). Blank → null. Text that is not a count is an error naming the cell;
   * a reading that needed interpretation (e.g. `1,234` in English style) is a warning.
   */
  count(r: number, c: number | undefined, what: string): CountRead {
    if (c === undefined || c < 0) return { ok: true, value: null };
    const v = this.raw(r, c);
    if (isBlank(v)) return { ok: true, value: null };
    const res = parseCount(v);
    if (!res.ok) {
      this.add(
        r,
        c,
        'error',
        'UNIT_BAD_NUMBER',
        `${what}: «${this.shown(r, c)}» ${res.reason}; cần một số nguyên không âm.`,
      );
      return { ok: false };
    }
    if (res.note) this.add(r, c, 'warning', 'UNIT_NUMBER_INTERPRETED', `${what}: ${res.note}.`);
    return { ok: true, value: res.value };
  }

  /** A date (serial). Blank → null; unreadable → undefined, reported as an error naming the cell. */
  date(r: number, c: number | undefined, what: string, severity: Severity = 'error'): number | null | undefined {
    if (c === undefined || c < 0) return null;
    const v = this.raw(r, c);
    if (isBlank(v)) return null;
    const res = parseVnDate(v);
    if (!res.ok) {
      this.add(
        r,
        c,
        severity,
        'UNIT_BAD_DATE',
        `${what}: «${this.shown(r, c)}» ${res.reason}; hãy ghi ngày theo dạng dd/mm/yyyy.`,
      );
      return undefined;
    }
    if (res.note) this.add(r, c, 'warning', 'UNIT_DATE_INTERPRETED', `${what}: ${res.note}.`);
    return res.serial;
  }

  /** A count written inside a text of cell (r, c), e.g. after `Biên chế được giao:`. */
  countText(r: number, c: number, text: string, what: string): CountRead {
    const res = parseCount(text);
    if (!res.ok) {
      this.add(
        r,
        c,
        'error',
        'UNIT_BAD_NUMBER',
        `${what}: «${clipText(cleanText(text))}» ${res.reason}; cần một số nguyên không âm.`,
      );
      return { ok: false };
    }
    return { ok: true, value: res.value };
  }

  /** A date written inside a text of cell (r, c), e.g. after `Từ ngày:`; unreadable → undefined, reported. */
  dateText(r: number, c: number, text: string, what: string, severity: Severity = 'error'): number | null | undefined {
    if (text.trim() === '') return null;
    const res = parseVnDate(text);
    if (!res.ok) {
      this.add(
        r,
        c,
        severity,
        'UNIT_BAD_DATE',
        `${what}: «${clipText(cleanText(text))}» ${res.reason}; hãy ghi ngày theo dạng dd/mm/yyyy.`,
      );
      return undefined;
    }
    return res.serial;
  }

  /** Adds the one warning per legacy encoding met in this sheet; returns all findings. */
  finish(): Finding[] {
    for (const [enc, seen] of this.legacy) {
      const cells = [...seen];
      const listed = cells.slice(0, LISTED_CELLS).join(', ');
      const more = cells.length > LISTED_CELLS ? ` và ${cells.length - LISTED_CELLS} ô khác` : '';
      const first = cells[0];
      this.findings.push(
        finding(
          { file: this.file, sheet: this.grid.name, cell: first },
          'warning',
          'UNIT_LEGACY_TEXT',
          `Chữ ở ô ${listed}${more} được gõ bằng bảng mã cũ ${ENCODING_NAMES[enc]}; đã chuyển sang Unicode. ` +
            'Hãy kiểm tra lại và lưu tệp bằng Unicode (phông Times New Roman).',
        ),
      );
    }
    this.legacy.clear();
    return this.findings;
  }
}
