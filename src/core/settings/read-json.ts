/**
 * The JSON form of the office's settings (`--settings danh-muc.json`): the same six tables as the DanhMuc
 * sheet, keyed in English, each entry where it sits in the file (`fields[2]`):
 *
 *   { "days":   [ { "date": "24/11/2026", "kind": "Nghỉ", "note": "…" } ],
 *     "fields": [ { "name": "…", "synonyms": ["…"] or "a; b", "source": "…" } ],
 *     "units":  [ same as fields ],
 *     "labels": [ { "list": "Trình độ chuyên môn", "label": "Cao đẳng", "synonyms": ["CĐ Thư viện"] } ],
 *     "phrases": [ { "name": "TTHC – câu tiếp nhận" (or the key "tthcReceived"), "text": "… {tiếp nhận} …" } ],
 *     "agency": { "agency": "…", "parent": "…", "place": "…", "signerTitle": "…", "signerName": "…", "preparer": "…" } }
 */
import type { CellValue } from '../grid';
import { finding, type Finding } from '../findings';
import type { RawRow, SettingsInput } from './input';
import type { TableKey } from './sheet-text';

const COLUMNS: Record<Exclude<TableKey, 'agency'>, string[]> = {
  days: ['date', 'kind', 'note'],
  fields: ['name', 'synonyms', 'source'],
  units: ['name', 'synonyms', 'source'],
  labels: ['list', 'label', 'synonyms'],
  phrases: ['name', 'text', 'note'],
};

function cellOf(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (Array.isArray(v)) return v.map((x) => String(x)).join('; ');
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return JSON.stringify(v);
}

/** Parsed JSON text → the office's entries; a file that is not JSON, or not an object, is one finding. */
export function readSettingsJson(text: string, file: string): { input: SettingsInput | null; findings: Finding[] } {
  const at = { file, sheet: '', cell: '' };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return {
      input: null,
      findings: [
        finding(
          at,
          'error',
          'SETTINGS_NOT_JSON',
          `Tệp danh mục không phải JSON hợp lệ (${e instanceof Error ? e.message : String(e)}); không dùng tệp này.`,
        ),
      ],
    };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return {
      input: null,
      findings: [
        finding(
          at,
          'error',
          'SETTINGS_NOT_JSON',
          'Tệp danh mục JSON phải là một đối tượng { "days": [...], "fields": [...], ... }; không dùng tệp này.',
        ),
      ],
    };
  }
  const obj = data as Record<string, unknown>;
  const tables: SettingsInput['tables'] = {};
  const findings: Finding[] = [];
  for (const [key, cols] of Object.entries(COLUMNS) as [Exclude<TableKey, 'agency'>, string[]][]) {
    const list = obj[key];
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      findings.push(
        finding(
          { ...at, cell: key },
          'error',
          'SETTINGS_BAD_JSON_LIST',
          `«${key}» phải là một danh sách [...]; bị bỏ qua.`,
        ),
      );
      continue;
    }
    tables[key] = list.map((item, i): RawRow => {
      const o = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : { [cols[0]]: item };
      return { at: `${key}[${i}]`, cells: cols.map((c) => cellOf(o[c])), cellAt: cols.map((c) => `${key}[${i}].${c}`) };
    });
  }
  if (obj.agency !== undefined) {
    if (typeof obj.agency !== 'object' || obj.agency === null || Array.isArray(obj.agency)) {
      findings.push(
        finding(
          { ...at, cell: 'agency' },
          'error',
          'SETTINGS_BAD_JSON_LIST',
          '«agency» phải là một đối tượng { "agency": "...", ... }; bị bỏ qua.',
        ),
      );
    } else {
      tables.agency = Object.entries(obj.agency as Record<string, unknown>).map(([k, v]) => ({
        at: `agency.${k}`,
        cells: [k, cellOf(v), null],
        cellAt: [`agency.${k}`, `agency.${k}`, `agency.${k}`],
      }));
    }
  }
  return { input: { file, sheet: '', tables }, findings };
}
