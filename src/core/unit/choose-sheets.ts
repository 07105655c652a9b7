/**
 * Which sheet holds which section of a unit's workbook (chọn trang tính): by name first, then by header, as
 * formats.md says. Hidden and very hidden sheets are never read — they are usually last period's figures or
 * helper tables — and one warning lists them, saying which visible sheet was used. When two visible sheets offer
 * the same section, the one whose name matches best wins (exact name, then a name starting with it, then one
 * recognised by its header only; the first in the workbook on a tie) and the other is named in a finding.
 */
import { type Grid } from '../grid';
import { isBlankRow } from '../grid-rows';
import type { Finding } from '../findings';
import type { HeaderMatch } from '../text/headers';
import { SheetReader } from './sheet-reader';
import { type SectionKind, SECTION_TITLES, sectionHeader, sectionNameMatch, tableSectionByContent } from './sheets';
import { emptyInfo, readInfoCells } from './read-info';
import { receptionLabelCount } from './read-reception';
import { TTHC_COLUMNS } from '../tthc/columns';
import { STAFF_COLUMNS } from './read-staff';
import { TRAINING_COLUMNS } from './read-training';

/** A sheet assigned to a section, with its table header when it has one. */
export interface Assigned {
  kind: SectionKind;
  reader: SheetReader;
  header: HeaderMatch | null;
  /** How its name matched the section: 2 exact, 1 a known name followed by more words, 0 not by name. */
  nameScore: number;
}

export interface SheetChoice {
  sections: Map<SectionKind, Assigned>;
  /** Sheets named like a section that could not be read (no header). */
  failed: string[];
}

type Report = (severity: Finding['severity'], code: string, message: string, sheet?: string, cell?: string) => void;

/** Fewest labels for a sheet with another name to count as ThongTin / TiepDan by content. */
const MIN_LABELS = 2;

const isEmptyGrid = (g: Grid) => g.rows.every((row) => isBlankRow(row));

export function chooseSheets(grids: readonly Grid[], file: string, report: Report): SheetChoice {
  const candidates: Assigned[] = [];
  const failed: string[] = [];
  const hidden: Grid[] = [];
  const unnamed: SheetReader[] = [];
  for (const source of grids) {
    if (isEmptyGrid(source)) continue;
    if (source.hidden || source.veryHidden) {
      hidden.push(source);
      continue;
    }
    const named = sectionNameMatch(source.name);
    if (named?.kind === 'ignore') continue;
    // Legacy text is repaired first, so headers and labels typed in TCVN3/VNI are recognised.
    const reader = new SheetReader(file, source);
    if (named === null) {
      unnamed.push(reader);
      continue;
    }
    const kind = named.kind;
    const nameScore = named.match === 'exact' ? 2 : 1;
    if (kind === 'info' || kind === 'reception') {
      candidates.push({ kind, reader, header: null, nameScore });
      continue;
    }
    const header = sectionHeader(reader.grid, kind);
    if (header !== null && header.missing.length === 0) {
      candidates.push({ kind, reader, header, nameScore });
      continue;
    }
    // Named like one section but laid out like another?
    const other = tableSectionByContent(reader.grid);
    if (other !== null) {
      candidates.push({ kind: other.kind, reader, header: other.header, nameScore: 0 });
      continue;
    }
    failed.push(reader.name);
    report('error', 'UNIT_NO_HEADER', noHeaderMessage(kind, header), reader.name);
  }
  for (const reader of unnamed) {
    const found = byContent(file, reader);
    if (found !== null) candidates.push(found);
    else {
      report(
        'warning',
        'UNIT_SHEET_UNKNOWN',
        `Không nhận ra trang «${reader.name}» (không đúng tên trang của mẫu và không tìm thấy dòng tiêu đề quen thuộc) nên trang này không được đọc.`,
        reader.name,
      );
    }
  }

  const sections = new Map<SectionKind, Assigned>();
  for (const a of candidates) {
    const best = sections.get(a.kind);
    if (best === undefined || a.nameScore > best.nameScore) sections.set(a.kind, a);
  }
  for (const a of candidates) {
    const used = sections.get(a.kind)!;
    if (used === a) continue;
    report(
      'warning',
      'UNIT_DUPLICATE_SHEET',
      `Trang «${a.reader.name}» cũng là ${SECTION_TITLES[a.kind]} nhưng chỉ trang «${used.reader.name}» được đọc` +
        `${used.nameScore > a.nameScore ? ' (tên trang đúng mẫu hơn)' : ''}; hãy gộp số liệu vào một trang hoặc xoá trang thừa.`,
      a.reader.name,
    );
  }
  if (hidden.length > 0)
    report('warning', 'UNIT_HIDDEN_SHEETS_SKIPPED', hiddenMessage(hidden, sections), hidden[0].name);
  return { sections, failed };
}

/** A sheet whose name says nothing: a table by its header, else ThongTin or TiepDan by their labels. */
function byContent(file: string, reader: SheetReader): Assigned | null {
  const g = reader.grid;
  const table = tableSectionByContent(g);
  if (table !== null) return { kind: table.kind, reader, header: table.header, nameScore: 0 };
  const probe = new SheetReader(file, g);
  const info = emptyInfo();
  readInfoCells(probe, info);
  if (info.labels >= MIN_LABELS && info.name !== null) return { kind: 'info', reader, header: null, nameScore: 0 };
  if (receptionLabelCount(probe) >= MIN_LABELS) return { kind: 'reception', reader, header: null, nameScore: 0 };
  return null;
}

function hiddenMessage(hidden: readonly Grid[], sections: ReadonlyMap<SectionKind, Assigned>): string {
  const names = hidden.map((g) => `«${g.name}»${g.veryHidden ? ' (ẩn sâu)' : ''}`).join(', ');
  const used = [...sections.values()].map((a) => `«${a.reader.name}» (${SECTION_TITLES[a.kind]})`);
  const usedText =
    used.length > 0
      ? ` Số liệu được lấy từ các trang đang hiện: ${used.join(', ')}.`
      : ' Không có trang đang hiện nào có số liệu.';
  return (
    `Trang ẩn ${names} không được đọc (trang ẩn thường là số liệu kỳ trước hoặc bảng phụ).${usedText} ` +
    'Nếu số liệu cần tổng hợp nằm trong trang ẩn, hãy bỏ ẩn trang đó, xoá trang cũ rồi gửi lại.'
  );
}

function noHeaderMessage(kind: SectionKind, header: HeaderMatch | null): string {
  const specs =
    kind === 'tthc' ? TTHC_COLUMNS : kind === 'staff' ? STAFF_COLUMNS : kind === 'training' ? TRAINING_COLUMNS : [];
  const required = specs.filter((s) => s.required && (header === null || header.missing.includes(s.key)));
  const need = required.length > 0 ? `: cần các cột ${required.map((s) => `«${s.label}»`).join(', ')}` : '';
  const what = kind === 'register' ? 'các cột «Ngày tiếp nhận» và «Hạn giải quyết» (hoặc «Trạng thái»)' : '';
  return `Không tìm thấy dòng tiêu đề của ${SECTION_TITLES[kind]}${need}${what ? `: cần ${what}` : ''}. Trang này không được đọc; hãy dùng đúng mẫu.`;
}
