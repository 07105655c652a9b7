/**
 * Joining consecutive periods (docs/interfaces.md §5). The rule on hand-made figures first, then on summaries
 * TongHop wrote from the example units: the 0.1 summary of 6 tháng đầu năm 2020 joined with a summary of
 * the same units for 6 tháng cuối năm 2020 (same figures: 7 carried over, 17 online, 29 in person,
 * 49 resolved of which 40 early and 9 on time, 4 pending, 182 staff, 10 people-courses per half-year).
 */
import { reportParagraphs } from '../../../src/core/report/paragraphs';
import { rollCounts, rollup } from '../../../src/core/summary';
import { emptyCounts, type TthcCounts } from '../../../src/core/tthc/types';
import { EXAMPLE_FILES, madeSummary, partAWithBadCell, v01 } from './fixtures';

const c = (x: Partial<TthcCounts>): TthcCounts => ({ ...emptyCounts(), ...x });
const H2_2020 = { label: '6 tháng cuối năm 2020', from: '15/06/2020', to: '14/12/2020' };

describe('the rollup rule', () => {
  test('carried over from the first period, pending from the last, flows summed, received rebuilt', () => {
    // Q1: 3 carried over + 10 + 5 new = 18; 14 resolved (9 early, 4 on time, 1 late); 4 pending (1 overdue).
    // Q2: 4 carried over + 6 + 2 new = 12; 10 resolved (7, 2, 1); 2 pending (0 overdue).
    const q1 = c({
      received: 18,
      online: 10,
      inPerson: 5,
      carriedOver: 3,
      resolved: 14,
      early: 9,
      onTime: 4,
      late: 1,
      pending: 4,
      pendingOverdue: 1,
    });
    const q2 = c({
      received: 12,
      online: 6,
      inPerson: 2,
      carriedOver: 4,
      resolved: 10,
      early: 7,
      onTime: 2,
      late: 1,
      pending: 2,
      pendingOverdue: 0,
    });
    // Half-year: 3 + 16 + 7 = 26 received = 24 resolved + 2 pending.
    expect(rollCounts([q1, q2])).toEqual(
      c({
        received: 26,
        online: 16,
        inPerson: 7,
        carriedOver: 3,
        resolved: 24,
        early: 16,
        onTime: 6,
        late: 2,
        pending: 2,
        pendingOverdue: 0,
      }),
    );
  });

  test('a unit absent from the last period has nothing pending at its end', () => {
    const q1 = c({ received: 5, online: 5, resolved: 3, early: 3, pending: 2 });
    expect(rollCounts([q1, undefined])).toMatchObject({ received: 5, resolved: 3, pending: 0 });
  });
});

describe('tonghop rollup on summaries TongHop wrote', () => {
  test('two half-years of the example province: the year, with the §5 rule and a carried-over finding', async () => {
    const h1 = v01('tong-hop.xlsx');
    const h2 = await madeSummary('nua-cuoi.xlsx', EXAMPLE_FILES, H2_2020);
    // Given in reverse order: periods are ordered by their dates.
    const y = rollup([h2, h1], { periodLabel: 'Năm 2020' });
    expect(y.period).toEqual({ label: 'Năm 2020', from: 43814, to: 44179 });
    // carried over 7 (H1), online 17 + 17, in person 29 + 29, pending 4 (H2), received 7 + 34 + 58 = 99.
    expect({ ...y.total.tthc, byField: undefined }).toEqual({
      received: 99,
      online: 34,
      inPerson: 58,
      carriedOver: 7,
      resolved: 98,
      early: 80,
      onTime: 18,
      late: 0,
      pending: 4,
      pendingOverdue: 0,
      byField: undefined,
    });
    // Văn phòng Sở: 2 carried over + (6 + 8) × 2 = 30 received, 30 resolved, 1 pending at the end.
    expect(y.units.find((u) => u.name === 'Văn phòng Sở')?.tthc).toMatchObject({
      received: 30,
      carriedOver: 2,
      resolved: 30,
      pending: 1,
    });
    // By field: Tiêu chuẩn đo lường chất lượng 5 carried over + (10 + 17) × 2 = 59.
    expect(y.byField['Tiêu chuẩn đo lường chất lượng'].received).toBe(59);
    expect(y.total.staff?.present).toBe(182); // the latest period's staff, not 364
    expect(y.total.training?.total).toBe(20);
    // H2 says 3 carried over for Chi cục TĐC, H1 ended with 2 pending: a warning naming both files.
    const mismatch = y.findings.filter((f) => f.code === 'ROLLUP_CARRIED_OVER_MISMATCH');
    expect(mismatch.map((f) => f.file)).toEqual(Array(mismatch.length).fill('nua-cuoi.xlsx'));
    expect(mismatch.find((f) => f.message.includes('Chi cục'))?.message).toMatch(/là 3, .*tong-hop\.xlsx» là 2/);
    expect(y.files.map((f) => f.status)).toEqual(['warnings', 'valid']);
  });

  test('a gap between the periods is an error naming both files and the missing days; the later file is left out', async () => {
    const h1 = v01('tong-hop.xlsx');
    const q4 = await madeSummary('quy-4.xlsx', EXAMPLE_FILES, {
      label: 'Quý IV năm 2020',
      from: '15/09/2020',
      to: '14/12/2020',
    });
    const y = rollup([h1, q4]);
    const gap = y.findings.find((f) => f.code === 'ROLLUP_GAP')!;
    expect(gap.severity).toBe('error');
    expect(gap.file).toBe('quy-4.xlsx');
    expect(gap.message).toContain('tong-hop.xlsx');
    expect(gap.message).toContain('từ ngày 15/06/2020 đến ngày 14/09/2020');
    expect(y.files.map((f) => f.status)).toEqual(['valid', 'rejected']);
    expect(y.total.tthc?.received).toBe(53);
  });

  test('overlapping periods are an error; the later file is not counted twice', async () => {
    const h1 = v01('tong-hop.xlsx');
    const again = await madeSummary('trung.xlsx', EXAMPLE_FILES, {
      label: 'Quý II năm 2020',
      from: '15/03/2020',
      to: '14/06/2020',
    });
    const y = rollup([h1, again]);
    expect(y.findings.find((f) => f.code === 'ROLLUP_OVERLAP')?.file).toBe('trung.xlsx');
    expect(y.total.tthc?.received).toBe(53);
  });

  test('a unit missing from one period is a warning, its figures there taken as 0', async () => {
    const h1 = v01('phan-a.xlsx');
    const h2 = await madeSummary('nua-cuoi-2.xlsx', EXAMPLE_FILES.slice(0, 2), H2_2020);
    const y = rollup([h1, h2]);
    expect(y.findings.find((f) => f.code === 'ROLLUP_UNIT_MISSING')?.message).toContain(
      'Trung tâm Kiểm định và Kiểm nghiệm',
    );
    // Kiểm định: 2 carried over + 10 new in H1 only, nothing pending at the end of H2: 12 received.
    expect(y.units.find((u) => u.name === 'Trung tâm Kiểm định và Kiểm nghiệm')?.tthc).toMatchObject({
      received: 12,
      pending: 0,
    });
  });

  test('a summary with an error (a count typed as text) is joined but Có lỗi until accepted, the error kept', async () => {
    const h2 = await madeSummary('h2.xlsx', EXAMPLE_FILES.slice(0, 3), H2_2020);
    const y = rollup([partAWithBadCell('phan-a.xlsx'), h2]);
    // h2 has only warnings (carried over from part A differs, as the hand-made periods do not chain exactly).
    expect(y.files.map((f) => [f.file, f.status, f.accepted])).toEqual([
      ['phan-a.xlsx', 'errors', undefined],
      ['h2.xlsx', 'warnings', undefined],
    ]);
    expect(y.findings.filter((f) => f.severity === 'error').map((f) => f.code)).toEqual(['SUMMARY_BAD_CELL']);
    const accepted = rollup([partAWithBadCell('phan-a.xlsx'), h2], { accept: ['phan-a.xlsx'] });
    expect(accepted.files[0]).toMatchObject({ status: 'errors', accepted: true });
    expect(accepted.findings.map((f) => f.code)).toContain('SUMMARY_BAD_CELL');
  });

  test('the agency named for the joined period is the subject of its sentences, in full first, as a consolidation writes it', async () => {
    const h2 = await madeSummary('nua-cuoi.xlsx', EXAMPLE_FILES, H2_2020);
    const y = rollup([h2, v01('tong-hop.xlsx')], { agency: ' SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH TÂY NINH ' });
    expect(y.agency).toBe('SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH TÂY NINH');
    const p = reportParagraphs(y);
    expect(p.tthc).toMatch(/^Trong kỳ, Sở Khoa học và Công nghệ tỉnh Tây Ninh đã tiếp nhận 99 hồ sơ,/);
    expect(p.staff).toMatch(/^Hiện tại, Sở có 182 /);
    // None named: the shipped «Sở», and no agency recorded.
    const plain = rollup([h2, v01('tong-hop.xlsx')]);
    expect(plain.agency).toBeUndefined();
    expect(reportParagraphs(plain).tthc).toMatch(/^Trong kỳ, Sở đã tiếp nhận 99 hồ sơ,/);
  });

  test('a unit workbook is not a summary: left out with a finding', async () => {
    const y = rollup([v01('tong-hop.xlsx'), (await import('./fixtures')).example('01-van-phong.xlsx')]);
    expect(y.findings.find((f) => f.code === 'ROLLUP_NOT_A_SUMMARY')?.file).toBe('01-van-phong.xlsx');
  });
});
