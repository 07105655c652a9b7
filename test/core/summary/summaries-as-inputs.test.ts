/**
 * Summaries as inputs (docs/interfaces.md §5), on the summaries TongHop 0.1 wrote from the example province.
 * Expected figures come from the fixtures' README (the example units' own figures), not from the code:
 * part A = 48 received / 135 present / 7 people-courses, part B = 5 / 47 / 3, the whole province 53 / 182 / 10.
 */
import { consolidateInputs } from '../../../src/core/summary';
import { COUNT_KEYS } from '../../../src/core/tthc/types';
import type { ProvincialSummary } from '../../../src/core/consolidate/types';
import { resultsByFile, unacceptedErrors } from '../../../src/core/consolidate/status';
import { EXAMPLE_FILES, UNITS, example, partAWithBadCell, v01 } from './fixtures';

const PROVINCE = {
  received: 53,
  online: 17,
  inPerson: 29,
  carriedOver: 7,
  resolved: 49,
  early: 40,
  onTime: 9,
  late: 0,
  pending: 4,
  pendingOverdue: 0,
};
const FIELDS = { 'Hoạt động khoa học và công nghệ': 15, 'Sở hữu trí tuệ': 6, 'Tiêu chuẩn đo lường chất lượng': 32 };

function counts(s: ProvincialSummary) {
  return Object.fromEntries(COUNT_KEYS.map((k) => [k, s.total.tthc![k]]));
}
const fieldsReceived = (s: ProvincialSummary) =>
  Object.fromEntries(Object.entries(s.byField).map(([f, c]) => [f, c.received]));

describe('two summaries merged', () => {
  test('collapsed: each summary is one unit named by its agency, the totals are the province', () => {
    const s = consolidateInputs([v01('phan-a.xlsx'), v01('phan-b.xlsx')]);
    expect(s.units.map((u) => [u.name, u.source])).toEqual([
      ['Sở Khoa học và Công nghệ tỉnh Tây Ninh', 'summary'],
      ['Sở Khoa học và Công nghệ tỉnh Long An', 'summary'],
    ]);
    expect(counts(s)).toEqual(PROVINCE);
    expect(fieldsReceived(s)).toEqual(FIELDS);
    expect(s.total.staff?.present).toBe(182);
    expect(s.total.staff?.byDegree).toEqual({ 'Tiến sĩ': 2, 'Thạc sĩ': 70, 'Đại học': 110 });
    expect(s.total.training?.total).toBe(10);
    expect(s.total.reception?.citizens).toBe(0);
    // Each summary-unit carries its own fields: part A 10 + 6 + 32.
    expect(Object.values(s.units[0].tthc!.byField).map((c) => c.received)).toEqual([10, 6, 32]);
    expect(s.files.map((f) => f.status)).toEqual(['valid', 'valid']);
  });

  test('expanded: the six units under their own names, the same totals', () => {
    const s = consolidateInputs([v01('phan-a.xlsx'), v01('phan-b.xlsx')], { expand: true });
    expect(s.units.map((u) => u.name)).toEqual([
      UNITS.vanPhong,
      UNITS.chiCuc,
      UNITS.kiemDinh,
      UNITS.thanhTra,
      UNITS.ungDung,
      UNITS.qlkh,
    ]);
    expect(s.units.map((u) => u.tthc?.received)).toEqual([16, 20, 12, undefined, 5, 0]);
    expect(counts(s)).toEqual(PROVINCE);
    // The workbook has no fields per unit: TH_LinhVuc still holds all of them, with a warning saying so.
    expect(fieldsReceived(s)).toEqual(FIELDS);
    expect(s.findings.filter((f) => f.code === 'SUMMARY_FIELDS_NOT_BY_UNIT').map((f) => f.file)).toEqual([
      'phan-a.xlsx',
      'phan-b.xlsx',
    ]);
    expect(s.total.staff?.present).toBe(182);
    expect(s.total.training?.total).toBe(10);
  });

  test('expanded from JSON: each unit keeps its own fields', () => {
    const s = consolidateInputs([v01('phan-a.json'), v01('phan-b.json')], { expand: true });
    expect(s.units.map((u) => u.name)).toEqual([
      UNITS.vanPhong,
      UNITS.chiCuc,
      UNITS.kiemDinh,
      UNITS.thanhTra,
      UNITS.ungDung,
      UNITS.qlkh,
    ]);
    expect(counts(s)).toEqual(PROVINCE);
    expect(fieldsReceived(s)).toEqual(FIELDS);
    // Chi cục TĐC's 20 dossiers are all of the field Tiêu chuẩn đo lường chất lượng.
    expect(Object.entries(s.units[1].tthc!.byField).map(([f, c]) => [f, c.received])).toEqual([
      ['Tiêu chuẩn đo lường chất lượng', 20],
    ]);
  });

  test('a workbook and a JSON mixed: the JSON without agency is named after its file, with a warning', () => {
    const s = consolidateInputs([v01('phan-a.xlsx'), v01('phan-b.json')]);
    expect(s.units.map((u) => u.name)).toEqual(['Sở Khoa học và Công nghệ tỉnh Tây Ninh', 'phan-b']);
    expect(counts(s)).toEqual(PROVINCE);
    expect(s.findings.map((f) => f.code)).toContain('SUMMARY_NO_AGENCY');
  });
});

describe('units and summaries mixed', () => {
  test('a unit sent directly and a summary of other units add up', () => {
    const s = consolidateInputs([
      v01('phan-a.xlsx'),
      example('04-thanh-tra.ods'),
      example('05-trung-tam-ung-dung.xlsx'),
      example('06-phong-qlkh.xlsx'),
    ]);
    expect(s.units.map((u) => u.source ?? 'unit')).toEqual(['summary', 'unit', 'unit', 'unit']);
    expect(counts(s)).toEqual(PROVINCE);
    expect(s.total.staff?.present).toBe(182);
  });

  test('the same unit directly and inside a summary is a finding naming both files, and is counted once', () => {
    const s = consolidateInputs([v01('phan-a.xlsx'), example('01-van-phong.xlsx')]);
    const f = s.findings.find((x) => x.code === 'UNIT_IN_SUMMARY')!;
    expect(f.severity).toBe('error');
    expect(f.file).toBe('01-van-phong.xlsx');
    expect(f.message).toContain('phan-a.xlsx');
    expect(s.files.find((x) => x.file === '01-van-phong.xlsx')?.status).toBe('rejected');
    expect(s.total.tthc?.received).toBe(48); // part A alone, not 48 + 16
  });

  test('the unit file first and the summary after: still counted once', () => {
    const s = consolidateInputs([example('01-van-phong.xlsx'), v01('phan-a.xlsx')]);
    expect(s.total.tthc?.received).toBe(48);
    expect(s.findings.map((f) => f.code)).toContain('UNIT_IN_SUMMARY');
  });

  test('expanded, the same unit twice is the duplicate finding and is counted once', () => {
    const s = consolidateInputs([v01('phan-a.xlsx'), example('01-van-phong.xlsx')], { expand: true });
    expect(s.findings.find((x) => x.code === 'UNIT_DUPLICATE')?.file).toBe('01-van-phong.xlsx');
    expect(s.total.tthc?.received).toBe(48);
  });

  test('two summaries sharing units: the later one is left out, naming both files and the shared units', () => {
    const s = consolidateInputs([v01('tong-hop.xlsx'), v01('phan-a.json')]);
    const f = s.findings.find((x) => x.code === 'SUMMARY_OVERLAP')!;
    expect(f.file).toBe('phan-a.json');
    expect(f.message).toContain('tong-hop.xlsx');
    expect(f.message).toContain(UNITS.vanPhong);
    expect(counts(s)).toEqual(PROVINCE);
  });

  test('an old summary left among the units it was made from is left out, and every unit counted once', () => {
    const units = ['01-van-phong.xlsx', '02-chi-cuc-tdc.xlsx', '03-trung-tam-kiem-dinh.xls'].map(example);
    const s = consolidateInputs([...units, v01('phan-a.xlsx')]);
    expect(s.findings.find((f) => f.code === 'SUMMARY_UNITS_SENT_DIRECTLY')?.file).toBe('phan-a.xlsx');
    expect(s.units.map((u) => u.name)).toEqual([UNITS.vanPhong, UNITS.chiCuc, UNITS.kiemDinh]);
    expect(s.total.tthc?.received).toBe(48);
  });

  test('the whole province as one summary gives the same totals as its six units', () => {
    const direct = consolidateInputs(EXAMPLE_FILES.map(example));
    const viaSummary = consolidateInputs([v01('tong-hop.xlsx')]);
    expect(counts(viaSummary)).toEqual(counts(direct));
    expect(viaSummary.byField).toEqual(direct.byField);
    expect(viaSummary.total.staff).toEqual(direct.total.staff);
    expect(viaSummary.total.training?.byKind).toEqual(direct.total.training?.byKind);
  });
});

/**
 * A summary workbook carrying an error finding is a file with errors (Có lỗi), like a unit workbook with one: the
 * sections its errors concern are held out unless the user accepts the file (--accept, the pane's box), never the
 * whole file rejected. Part A with Văn phòng Sở's received dossiers (16) typed as «mười» in TH_TTHC.
 */
describe('a summary with an error, like a unit file with one', () => {
  const codes = (s: ProvincialSummary) => s.findings.map((f) => [f.file, f.severity, f.code]);

  test('collapsed: Có lỗi, its TTHC held out (part B alone: 5 received), its staff counted (182)', () => {
    const s = consolidateInputs([partAWithBadCell('phan-a.xlsx'), v01('phan-b.xlsx')]);
    expect(s.files.map((f) => [f.file, f.status, f.held, f.accepted])).toEqual([
      ['phan-a.xlsx', 'errors', ['tthc'], undefined],
      ['phan-b.xlsx', 'valid', undefined, undefined],
    ]);
    expect(codes(s)).toEqual([
      ['phan-a.xlsx', 'error', 'SUMMARY_BAD_CELL'],
      ['phan-a.xlsx', 'error', 'UNIT_SECTION_HELD'],
    ]);
    expect(s.total.tthc?.received).toBe(5);
    expect(s.total.staff?.present).toBe(182);
  });

  test('collapsed and accepted: counted with the cell as 0 (48 − 16 + 5 = 37), the error kept beside the acceptance', () => {
    const s = consolidateInputs([partAWithBadCell('phan-a.xlsx'), v01('phan-b.xlsx')], { accept: ['phan-a.xlsx'] });
    expect(s.files[0]).toMatchObject({ file: 'phan-a.xlsx', status: 'errors', accepted: true });
    expect(s.files[0].held).toBeUndefined();
    expect(codes(s)).toEqual([
      ['phan-a.xlsx', 'error', 'SUMMARY_BAD_CELL'],
      ['phan-a.xlsx', 'warning', 'UNIT_ERRORS_ACCEPTED'],
    ]);
    expect(s.total.tthc?.received).toBe(37);
  });

  test('expanded: only Văn phòng Sở, whose row it is, has errors and its TTHC held (20 + 12 + 5 = 37)', () => {
    const s = consolidateInputs([partAWithBadCell('phan-a.xlsx'), v01('phan-b.xlsx')], { expand: true });
    const vp = s.files.find((f) => f.unit === UNITS.vanPhong)!;
    expect([vp.status, vp.held]).toEqual(['errors', ['tthc']]);
    expect(s.files.filter((f) => f.status === 'errors')).toHaveLength(1);
    expect(s.total.tthc?.received).toBe(37);
    expect(s.total.staff?.present).toBe(182);
  });

  test('expanded, each file once (the CLI lines and exit code): the held sections and the acceptance are those of its unit with errors, not of its first unit', () => {
    // Chi cục is phan-a's second row: the file's first entry (Văn phòng Sở) has no error of its own.
    const bad = partAWithBadCell('phan-a.xlsx', UNITS.chiCuc);
    const held = resultsByFile(consolidateInputs([bad, v01('phan-b.xlsx')], { expand: true }).files);
    expect(held.map((f) => [f.file, f.status, f.held, f.accepted])).toEqual([
      ['phan-a.xlsx', 'errors', ['tthc'], undefined],
      ['phan-b.xlsx', 'warnings', undefined, undefined],
    ]);
    expect(unacceptedErrors(held).map((f) => f.file)).toEqual(['phan-a.xlsx']);
    const opts = { expand: true, accept: ['phan-a.xlsx'] };
    const accepted = resultsByFile(consolidateInputs([bad, v01('phan-b.xlsx')], opts).files);
    expect(accepted[0]).toMatchObject({ file: 'phan-a.xlsx', status: 'errors', accepted: true });
    expect(unacceptedErrors(accepted)).toEqual([]);
  });
});
