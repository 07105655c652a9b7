/**
 * Comparison with an earlier period (docs/interfaces.md §5), on summaries TongHop wrote from the example units.
 * Now: the whole province, 6 tháng đầu năm 2021 (53 received, 49 resolved, 182 present, 10 people-courses).
 * Earlier: the 0.1 summary of part A, 6 tháng đầu năm 2020 (48 received, 44 resolved, 135 present, 7).
 * Changes by hand: 5/48 = 10,4%; 5/44 = 11,4%; 47/135 = 34,8%; training 3 people-courses (7 < 20: a count).
 */
import { changeClause, earlierPeriodName, previousPeriodOf } from '../../../src/core/compare';
import { consolidate } from '../../../src/core/consolidate';
import type { ProvincialSummary } from '../../../src/core/consolidate/types';
import { buildSummaryLayout, reportParagraphs, summaryJson } from '../../../src/core/report';
import type { LayoutSheet } from '../../../src/core/layout';
import { PHRASE_ENTRIES } from '../../../src/core/report/phrase-book';
import { parseVnDate } from '../../../src/core/text';
import { EXAMPLE_FILES, example, v01 } from '../summary/fixtures';

const d = (s: string) => (parseVnDate(s) as { serial: number }).serial;
const period = (label: string, from: string, to: string) => ({ label, from: d(from), to: d(to) });

function current(): ProvincialSummary {
  const s = consolidate(EXAMPLE_FILES.map(example), {
    periodLabel: '6 tháng đầu năm 2021',
    from: d('15/12/2020'),
    to: d('14/06/2021'),
  });
  const prev = previousPeriodOf(v01('phan-a.xlsx'));
  if ('message' in prev) throw new Error(prev.message);
  return { ...s, previous: prev };
}

/** The cell values of a layout sheet's row whose column B is `name`. */
function row(sheet: LayoutSheet, name: string): (string | number | boolean | null)[] {
  const block = sheet.blocks[0];
  const r = block.cells.find((cells) => cells[1]?.v === name || cells[0]?.v === name)!;
  return r.map((c) => c.v);
}

describe('how the earlier period is named', () => {
  test('the same span a year earlier is cùng kỳ năm …', () => {
    expect(earlierPeriodName(period('', '15/12/2020', '14/06/2021'), period('', '15/12/2019', '14/06/2020'))).toBe(
      'cùng kỳ năm 2020',
    );
  });
  test('the period ending the day before is kỳ trước', () => {
    expect(earlierPeriodName(period('', '15/06/2020', '14/12/2020'), period('', '15/12/2019', '14/06/2020'))).toBe(
      'kỳ trước',
    );
  });
  test('anything else is named by its label', () => {
    expect(
      earlierPeriodName(period('', '15/06/2021', '14/12/2021'), period('Quý I năm 2020', '15/12/2019', '14/03/2020')),
    ).toBe('kỳ Quý I năm 2020');
  });
});

describe('the change clause', () => {
  test.each([
    [27, 24, 'tăng 12,5% so với cùng kỳ năm 2024'],
    [24, 24, 'bằng cùng kỳ năm 2024'],
    [18, 24, 'giảm 25,0% so với cùng kỳ năm 2024'],
    [9, 12, 'giảm 03 hồ sơ so với cùng kỳ năm 2024'],
    [5, 0, 'tăng 05 hồ sơ so với cùng kỳ năm 2024'],
  ])('%i now, %i before → %s', (now, before, text) =>
    expect(changeClause(now, before, 'cùng kỳ năm 2024', 'hồ sơ')).toBe(text),
  );
});

/**
 * The comparison lives in the wording (DanhMuc table 6), as the blank {so với kỳ trước}: an office that rewords a
 * TTHC sentence keeps it where it puts the blank, and without the blank gets it as a sentence of its own — never lost.
 * Same figures as above: 53 received vs 48 (tăng 10,4%), 49 resolved vs 44 (tăng 11,4%).
 */
describe('the comparison in the wording of the TTHC sentences', () => {
  const s = current();
  const office = (phrases: Record<string, string>, summary: ProvincialSummary = s) =>
    reportParagraphs({ ...summary, phrases }).tthc;

  test('the shipped sentences carry the blank {so với kỳ trước}, and nothing is left of it without an earlier period', () => {
    for (const key of ['tthcNone', 'tthcReceived', 'tthcResolved', 'tthcNoneResolved'])
      expect(PHRASE_ENTRIES.find((e) => e.key === key)!.slots).toContain('so với kỳ trước');
    const plain = reportParagraphs({ ...s, previous: undefined }).tthc;
    expect(plain).toMatch(/^Trong kỳ, Sở đã tiếp nhận 53 hồ sơ, trong đó: .* Đã giải quyết 49 hồ sơ: trước hạn /);
    expect(plain).not.toMatch(/\(\)|\{|\s[,:;.]/);
  });

  test('an office sentence with the blank: the clause where the office put it, without brackets', () => {
    const t = office({
      tthcReceived:
        'Kỳ này {chủ thể} nhận {tiếp nhận} hồ sơ, {so với kỳ trước}; {mới tiếp nhận} hồ sơ mới {trực tuyến}, {kỳ trước} hồ sơ kỳ trước chuyển sang.',
    });
    expect(t).toMatch(
      /^Kỳ này Sở nhận 53 hồ sơ, tăng 10,4% so với cùng kỳ năm 2020; \d+ hồ sơ mới \(\d+ hồ sơ trực tuyến\), \d+ hồ sơ kỳ trước chuyển sang\. Đã giải quyết 49 hồ sơ \(tăng 11,4% so với cùng kỳ năm 2020\): /,
    );
    expect(t.match(/so với/g)).toHaveLength(2);
  });

  test('an office sentence without the blank: the change follows it as a sentence of its own', () => {
    const t = office({
      tthcReceived:
        'Trong kỳ, {chủ thể} tiếp nhận tổng cộng {tiếp nhận} hồ sơ ({mới tiếp nhận} hồ sơ mới {trực tuyến}, {kỳ trước} hồ sơ kỳ trước chuyển sang).',
      tthcResolved:
        'Đã giải quyết {đã giải quyết} hồ sơ, trong đó trước hạn {trước hạn}, đúng hạn {đúng hạn}, quá hạn {quá hạn}; còn {đang giải quyết} hồ sơ đang giải quyết {trong đó quá hạn}.',
    });
    expect(t).toBe(
      'Trong kỳ, Sở tiếp nhận tổng cộng 53 hồ sơ (46 hồ sơ mới (17 hồ sơ trực tuyến), 07 hồ sơ kỳ trước chuyển sang). ' +
        'Số hồ sơ tiếp nhận tăng 10,4% so với cùng kỳ năm 2020. ' +
        'Đã giải quyết 49 hồ sơ, trong đó trước hạn 40 (81,6%), đúng hạn 09 (18,4%), quá hạn 0; còn 04 hồ sơ đang giải quyết. ' +
        'Số hồ sơ đã giải quyết tăng 11,4% so với cùng kỳ năm 2020.',
    );
  });

  test('without an earlier period an office sentence with or without the blank says no comparison', () => {
    const plain = { ...s, previous: undefined };
    const withBlank = office({ tthcReceived: 'Kỳ này {chủ thể} nhận {tiếp nhận} hồ sơ ({so với kỳ trước}).' }, plain);
    expect(withBlank).toMatch(/^Kỳ này Sở nhận 53 hồ sơ\. Đã giải quyết 49 hồ sơ: /);
    expect(office({ tthcReceived: 'Kỳ này {chủ thể} nhận {tiếp nhận} hồ sơ.' }, plain)).not.toContain('so với');
  });

  test('a period with no dossier received still says how it compares (53 then 0: giảm 100,0%)', () => {
    const now = { ...s.total.tthc!, received: 0, online: 0, inPerson: 0, carriedOver: 0 };
    const none = { ...s, total: { ...s.total, tthc: now } };
    expect(reportParagraphs({ ...none, previous: { ...s.previous!, total: s.total } }).tthc).toBe(
      'Trong kỳ, Sở không tiếp nhận hồ sơ thủ tục hành chính nào (giảm 100,0% so với cùng kỳ năm 2020).',
    );
  });
});

describe('a summary compared with an earlier one', () => {
  const s = current();

  test('the report paragraphs gain the comparison clauses', () => {
    const p = reportParagraphs(s);
    expect(p.tthc).toContain('đã tiếp nhận 53 hồ sơ (tăng 10,4% so với cùng kỳ năm 2020), trong đó');
    expect(p.tthc).toContain('Đã giải quyết 49 hồ sơ (tăng 11,4% so với cùng kỳ năm 2020): trước hạn 40');
    expect(p.staff).toMatch(/Số công chức, viên chức và người lao động có mặt tăng 34,8% so với cùng kỳ năm 2020\.$/);
    expect(p.training).toMatch(
      /Số lượt người được cử đi đào tạo, bồi dưỡng tăng 03 lượt người so với cùng kỳ năm 2020\.$/,
    );
  });

  test('TH_TTHC gains the earlier figures and the change per unit and in total; a unit the earlier period lacked is blank', () => {
    const sheet = buildSummaryLayout(s).sheets.find((x) => x.name === 'TH_TTHC')!;
    const header = sheet.blocks[0].cells[4].map((c) => c.v);
    expect(header[15]).toBe('So với cùng kỳ năm 2020');
    // Văn phòng Sở: 16 then and now, 15 resolved both times.
    expect(row(sheet, 'Văn phòng Sở').slice(15)).toEqual([16, 0, 0, 15, 0]);
    // Trung tâm ứng dụng: not in part A.
    expect(row(sheet, 'Trung tâm ứng dụng tiến bộ khoa học và công nghệ').slice(15)).toEqual([
      null,
      null,
      '',
      null,
      null,
    ]);
    const total = row(sheet, 'Tổng cộng');
    expect(total.slice(15)).toEqual([48, 5, 5 / 48, 44, 5]);
  });

  test('the change columns are formulas on the row', () => {
    const sheet = buildSummaryLayout(s).sheets.find((x) => x.name === 'TH_TTHC')!;
    const cells = sheet.blocks[0].cells.find((c) => c[1]?.v === 'Văn phòng Sở')!;
    expect(cells[16].f).toMatch(/^C\d+-P\d+$/);
    expect(cells[17].f).toMatch(/^IF\(P\d+=0,"",Q\d+\/P\d+\)$/);
  });

  test('TH_LinhVuc compares field by field: Tiêu chuẩn đo lường chất lượng 32 both times', () => {
    const sheet = buildSummaryLayout(s).sheets.find((x) => x.name === 'TH_LinhVuc')!;
    expect(row(sheet, 'Tiêu chuẩn đo lường chất lượng').slice(15)).toEqual([32, 0, 0, 29, 0]);
    expect(row(sheet, 'Hoạt động khoa học và công nghệ').slice(15, 17)).toEqual([10, 5]);
  });

  test('the JSON gains previous with its period and totals', () => {
    const j = summaryJson(s);
    expect(j.previous?.period).toEqual({ label: '6 tháng đầu năm 2020', from: '2019-12-15', to: '2020-06-14' });
    expect(j.previous?.total.tthc?.received).toBe(48);
    expect(j.previous?.total.staff?.present).toBe(135);
  });

  test('without an earlier period nothing changes', () => {
    const plain = { ...s, previous: undefined };
    expect(reportParagraphs(plain).tthc).not.toContain('so với');
    expect(buildSummaryLayout(plain).sheets[0].blocks[0].cells[4]).toHaveLength(15);
  });

  test('a unit workbook given as the earlier period is refused with a message naming it', () => {
    const r = previousPeriodOf(example('01-van-phong.xlsx'));
    expect('message' in r && r.message).toContain('01-van-phong.xlsx');
  });
});
