/**
 * Today's summaries read back: the workbook and JSON this version writes (from the example province) are
 * recognised and give back the figures they were written from, named by the agency given with --agency.
 */
import { consolidate } from '../../../src/core/consolidate';
import { buildSummaryLayout, summaryJson } from '../../../src/core/report';
import { consolidateInputs, summaryJsonReport } from '../../../src/core/summary';
import { readUnitFile } from '../../../src/io/read-unit-file';
import { writeWorkbook } from '../../../src/io/write-workbook';
import { EXAMPLE_FILES, example } from './fixtures';

const FILES = EXAMPLE_FILES;
const AGENCY = 'SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH TÂY NINH';

describe('a summary written by this version, read back', () => {
  const direct = consolidate(FILES.map(example));

  test('the workbook: one unit named by the agency with every section of the totals', async () => {
    const bytes = await writeWorkbook(buildSummaryLayout(direct, { agency: AGENCY }));
    const again = consolidateInputs([readUnitFile(bytes, 'tong-hop.xlsx')]);
    expect(again.units.map((u) => [u.name, u.source])).toEqual([['Sở Khoa học và Công nghệ tỉnh Tây Ninh', 'summary']]);
    expect({ ...again.total.tthc, byField: undefined }).toEqual({ ...direct.total.tthc, byField: undefined });
    expect(again.byField).toEqual(direct.byField);
    expect(again.total.staff).toEqual(direct.total.staff);
    // Training whole: by kind from TH_DaoTao's table, by kind and staff type from the table below it.
    expect(again.total.training).toEqual(direct.total.training);
    expect(again.total.training?.byKindAndType['Kế toán viên chính']).toEqual({ 'Công chức': 2, 'Viên chức': 1 });
    expect(again.total.reception).toEqual(direct.total.reception);
    expect(again.period).toEqual(direct.period);
  });

  test('the JSON: agency, sources and reception resolved counts are written, and read back whole', () => {
    const json = summaryJson(direct, { agency: AGENCY });
    expect(json.agency).toBe(AGENCY);
    expect(json.units.every((u) => u.source === 'unit')).toBe(true);
    expect(json.total.reception?.resolved).toEqual({ citizens: 0, complaints: 0, denunciations: 0, petitions: 0 });
    const report = summaryJsonReport(JSON.stringify(json), 'tong-hop.json');
    expect(report.name).toBe('Sở Khoa học và Công nghệ tỉnh Tây Ninh');
    expect(report.summary?.findings).toEqual([]);
    const expanded = consolidateInputs([report], { expand: true });
    expect(expanded.units.map((u) => u.name)).toEqual(direct.units.map((u) => u.name));
    expect(expanded.total).toEqual(direct.total);
  });

  test('a summary of summaries written again is read again the same way (two levels up)', async () => {
    const level1 = consolidateInputs([
      readUnitFile(await writeWorkbook(buildSummaryLayout(direct, { agency: AGENCY })), 'so.xlsx'),
    ]);
    const level2 = consolidateInputs([
      readUnitFile(
        await writeWorkbook(buildSummaryLayout(level1, { agency: 'ỦY BAN NHÂN DÂN TỈNH TÂY NINH' })),
        'tinh.xlsx',
      ),
    ]);
    expect(level2.units.map((u) => u.name)).toEqual(['Ủy ban nhân dân tỉnh Tây Ninh']);
    expect(level2.total.tthc?.received).toBe(53);
    expect(level2.total.staff?.present).toBe(182);
  });
});
