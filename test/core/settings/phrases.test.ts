/**
 * The report's wording in the office's settings (DanhMuc table 6): an office's sentence, subject or course phrase
 * replaces the shipped one in the report's paragraphs; blanks the report cannot fill are findings naming the
 * entry; the DanhMuc sheet lists every entry and reads back unchanged.
 */
import { consolidate } from '../../../src/core/consolidate';
import { readUnitWorkbook } from '../../../src/core/unit';
import { reportParagraphs, summaryJson } from '../../../src/core/report';
import { summaryFromJson } from '../../../src/core/report/summary-from-json';
import { PHRASE_ENTRIES, phraseBook } from '../../../src/core/report/phrase-book';
import {
  applySettings,
  buildSettingsSheet,
  readSettingsGrid,
  readSettingsJson,
  type Settings,
} from '../../../src/core/settings';
import { layoutToGrids } from '../unit/support/layout-grids';
import { OFFICE_WORDINGS, officeWordingsSheets } from '../../support/office-wordings-unit';

function settings(json: object): Settings {
  return applySettings(readSettingsJson(JSON.stringify(json), 'danh-muc.json').input);
}

/** The office's ways of writing, which make every figure of the office-wordings unit known, and these phrases. */
const withPhrases = (phrases: object[]): Settings => settings({ ...OFFICE_WORDINGS, phrases });

/** The office-wordings unit (3 dossiers received and resolved: early, on time, late) summarised with these settings. */
function paragraphs(s: Settings) {
  const unit = readUnitWorkbook(officeWordingsSheets(), 'vp.xlsx', { settings: s });
  return reportParagraphs(consolidate([unit], { settings: s }));
}

const RECEIVED =
  'Trong kỳ, {chủ thể} tiếp nhận tổng cộng {tiếp nhận} hồ sơ ({mới tiếp nhận} hồ sơ mới {trực tuyến}, {kỳ trước} hồ sơ kỳ trước chuyển sang).';

describe('the office wording replaces the shipped one in the paragraphs', () => {
  test('without phrases: the shipped sentences, subject «Sở»', () => {
    const p = paragraphs(withPhrases([]));
    expect(p.tthc).toMatch(
      /^Trong kỳ, Sở đã tiếp nhận 03 hồ sơ, trong đó: số hồ sơ mới tiếp nhận 03 \(không có hồ sơ trực tuyến\); số hồ sơ từ kỳ trước chuyển sang 0\./,
    );
    expect(p.training).toContain('bồi dưỡng ngạch kế toán viên chính');
  });

  test('a subject, a sentence with its blanks in another order, and a course phrase', () => {
    const s = withPhrases([
      { name: 'Chủ thể của các câu (cơ quan báo cáo)', text: 'Sở Khoa học và Công nghệ' },
      { name: 'tthcReceived', text: RECEIVED },
      { name: 'Khóa học: Kế toán viên chính', text: 'học lớp kế toán viên chính' },
    ]);
    expect(s.findings).toEqual([]);
    expect(s.changes.filter((c) => c.list === 'Câu chữ trong đoạn văn báo cáo').map((c) => [c.change, c.at])).toEqual([
      ['«Chủ thể của các câu (cơ quan báo cáo)»: «Sở Khoa học và Công nghệ»', 'phrases[0].name'],
      [expect.stringMatching(/^«TTHC – câu tiếp nhận»: «Trong kỳ, \{chủ thể\} tiếp nhận tổng cộng/), 'phrases[1].name'],
      ['«Khóa học: Kế toán viên chính»: «học lớp kế toán viên chính»', 'phrases[2].name'],
    ]);
    const p = paragraphs(s);
    expect(p.tthc).toMatch(
      /^Trong kỳ, Sở Khoa học và Công nghệ tiếp nhận tổng cộng 03 hồ sơ \(03 hồ sơ mới \(không có hồ sơ trực tuyến\), 0 hồ sơ kỳ trước chuyển sang\)\. Đã giải quyết/,
    );
    expect(p.training).toBe('Trong kỳ, Sở Khoa học và Công nghệ đã cử 02 công chức học lớp kế toán viên chính.');
    expect(p.staff).toMatch(/^Hiện tại, Sở Khoa học và Công nghệ có 02 /);
  });

  test('the summary JSON keeps the office wording, so a report made later from it (tonghop report) words it the same', () => {
    const s = withPhrases([
      { name: 'subject', text: 'Sở Khoa học và Công nghệ' },
      { name: 'tthcReceived', text: RECEIVED },
    ]);
    const unit = readUnitWorkbook(officeWordingsSheets(), 'vp.xlsx', { settings: s });
    const json = JSON.parse(JSON.stringify(summaryJson(consolidate([unit], { settings: s }))));
    expect(json.settings.phrases).toEqual({ subject: 'Sở Khoa học và Công nghệ', tthcReceived: RECEIVED });
    const back = summaryFromJson(json, 'th.json');
    if (!back.ok) throw new Error(back.message);
    expect(reportParagraphs(back.summary)).toEqual(paragraphs(s));
    // An edited JSON whose text names a blank the report cannot fill falls back to the shipped sentence.
    json.settings.phrases.tthcReceived = 'Tiếp nhận {tổng số} hồ sơ.';
    const edited = summaryFromJson(json, 'th.json');
    expect(edited.ok && reportParagraphs(edited.summary).tthc).toMatch(
      /^Trong kỳ, Sở Khoa học và Công nghệ đã tiếp nhận 03 hồ sơ, trong đó/,
    );
  });

  test('blank names are matched without case or diacritics', () => {
    expect(
      phraseBook({ tthcNone: 'Kỳ này {CHU THE} không nhận hồ sơ nào.' }).fill('tthcNone', { 'chủ thể': 'Sở' }),
    ).toBe('Kỳ này Sở không nhận hồ sơ nào.');
  });
});

describe('wrong entries are findings naming the entry, never a crash', () => {
  test('a blank the report cannot fill: an error naming the entry and the blanks it offers; the shipped text stays', () => {
    const s = withPhrases([{ name: 'TTHC – câu tiếp nhận', text: 'Trong kỳ, {chủ thể} tiếp nhận {tổng số} hồ sơ.' }]);
    expect(s.findings.map((f) => [f.cell, f.severity, f.code])).toEqual([
      ['phrases[0].text', 'error', 'SETTINGS_BAD_PLACEHOLDER'],
    ]);
    expect(s.findings[0].message).toBe(
      'Câu «TTHC – câu tiếp nhận»: chỗ trống {tổng số} không có; chỉ dùng được {chủ thể}, {tiếp nhận}, {so với kỳ trước}, {mới tiếp nhận}, {trực tuyến}, {kỳ trước}. Câu này không được dùng, báo cáo giữ cách viết mặc định.',
    );
    expect(s.phrases).toEqual({});
    expect(paragraphs(s).tthc).toMatch(/^Trong kỳ, Sở đã tiếp nhận 03 hồ sơ, trong đó/);
  });

  test('a blank in a phrase that has none is an error too', () => {
    const s = settings({ phrases: [{ name: 'Loại cán bộ: Viên chức', text: '{số} viên chức' }] });
    expect(s.findings.map((f) => f.code)).toEqual(['SETTINGS_BAD_PLACEHOLDER']);
    expect(s.findings[0].message).toContain('câu này không có chỗ trống nào');
  });

  test('a blank left out is a warning, the text is used; an unknown entry is a warning; a second row for one entry is an error', () => {
    const s = settings({
      phrases: [
        { name: 'TTHC – kỳ không tiếp nhận hồ sơ', text: 'Trong kỳ, không có hồ sơ thủ tục hành chính nào.' },
        { name: 'Câu mở đầu', text: 'Kính gửi' },
        { name: 'tthcNone', text: 'Không có hồ sơ.' },
      ],
    });
    expect(s.findings.map((f) => [f.cell, f.severity, f.code])).toEqual([
      ['phrases[0].text', 'warning', 'SETTINGS_PHRASE_SLOT_LEFT_OUT'],
      ['phrases[1].name', 'warning', 'SETTINGS_BAD_PHRASE'],
      ['phrases[2].name', 'error', 'SETTINGS_PHRASE_TWICE'],
    ]);
    expect(s.phrases).toEqual({ tthcNone: 'Trong kỳ, không có hồ sơ thủ tục hành chính nào.' });
  });

  test('leaving out {so với kỳ trước} is no warning: the report then says the comparison in a sentence of its own', () => {
    const s = withPhrases([{ name: 'tthcReceived', text: RECEIVED }]);
    expect(s.findings).toEqual([]);
    expect(s.phrases).toEqual({ tthcReceived: RECEIVED });
  });

  test('a text equal to the shipped one, or left blank, changes nothing', () => {
    const s = settings({
      phrases: [
        { name: 'tthcNone', text: PHRASE_ENTRIES.find((e) => e.key === 'tthcNone')!.text },
        { name: 'subject', text: '' },
      ],
    });
    expect([s.findings, s.changes, s.phrases]).toEqual([[], [], {}]);
  });
});

describe('the DanhMuc sheet', () => {
  test('lists every entry of the phrase table with its blanks, and reads back as no change', () => {
    const grid = layoutToGrids({ sheets: [buildSettingsSheet(applySettings(null))], styles: {} }).grids[0];
    const texts = grid.rows.map((r) => r[0]);
    for (const e of PHRASE_ENTRIES) expect(texts).toContain(e.name);
    const row = grid.rows.find((r) => r[0] === 'TTHC – câu tiếp nhận')!;
    expect(row[2]).toBe('{chủ thể}, {tiếp nhận}, {so với kỳ trước}, {mới tiếp nhận}, {trực tuyến}, {kỳ trước}');
    const back = applySettings(readSettingsGrid(grid, 'danh-muc.xlsx'));
    expect([back.findings, back.changes, back.phrases]).toEqual([[], [], {}]);
  });

  test("the tables' hints stay within the sheet's width, so the printed page is not shrunk to fit a line running past it", () => {
    const sheet = buildSettingsSheet(applySettings(null));
    const width = sheet.widths.reduce((a, b) => a + b, 0);
    // A hint in column A runs over B and C; one in column C (an agency item's) has that column alone. The italic
    // intro type fits about 1.35 characters per width unit: LibreOffice printed the sheet's 262-character intro on
    // one line across the 196 units, while a 421-character hint of table 6 ran past them and shrank the whole page.
    const tooLong = sheet.blocks[0].cells.flatMap((row) => {
      const at = row.findIndex((c) => c.s === 'intro' && typeof c.v === 'string');
      if (at < 0) return [];
      const text = String(row[at].v);
      return text.length > sheet.widths.slice(at).reduce((a, b) => a + b, 0) * 1.35 ? [text] : [];
    });
    expect(width).toBe(196);
    expect(tooLong).toEqual([]);
  });

  test('a sentence longer than its cell gets a row tall enough for its lines; a short phrase one line', () => {
    const sheet = buildSettingsSheet(applySettings(null));
    const rowOf = (name: string) => sheet.blocks[0].cells.findIndex((r) => r[0].v === name);
    expect(sheet.heights?.[rowOf('TTHC – câu giải quyết')]).toBeGreaterThan(30);
    expect(sheet.heights?.[rowOf('Loại cán bộ: Viên chức')] ?? 15).toBeLessThan(20);
  });

  test('written from the office settings, it carries their text and reads back to the same wording, naming the cell', () => {
    const office = settings({ phrases: [{ name: 'tthcReceived', text: RECEIVED }] });
    const grid = layoutToGrids({ sheets: [buildSettingsSheet(office)], styles: {} }).grids[0];
    const back = applySettings(readSettingsGrid(grid, 'danh-muc.xlsx'));
    expect(back.findings).toEqual([]);
    expect(back.phrases).toEqual(office.phrases);
    expect(back.changes.map((c) => c.at)).toEqual([expect.stringMatching(/^DanhMuc!A\d+$/)]);
  });
});
