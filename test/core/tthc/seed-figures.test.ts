/**
 * The figures of the seed reports: a Sở that received 53 dossiers in the first half of 2020
 * (46 new of which 17 online, 7 carried over; 49 resolved: 40 early = 81,6%, 9 on time = 18,4%, 0 late;
 * 4 in progress, none overdue), and one that received and resolved 34 (12 / 2 / 20 by field, all on time).
 */
import type { CellValue } from '../../../src/core/grid';
import { defaultCalendar } from '../../../src/core/calendar';
import { serialFromYmd as d } from '../../../src/core/calendar/serial';
import {
  parseRegister,
  summarizeRegister,
  onTimeRate,
  earlyRate,
  strictOnTimeRate,
  rate,
  summaryTable,
} from '../../../src/core/tthc';
import { formatVnPercent } from '../../../src/core/text';

const cal = defaultCalendar();
const period = { from: d(2019, 12, 15), to: d(2020, 6, 14) };

/** A register in the canonical columns, built row by row so each seed figure has a reason. */
function firstHalf2020Register(): CellValue[][] {
  const rows: CellValue[][] = [
    ['SỔ THEO DÕI HỒ SƠ THỦ TỤC HÀNH CHÍNH'],
    ['Kỳ báo cáo: 6 tháng đầu năm 2020'],
    [],
    [
      'Mã hồ sơ',
      'Lĩnh vực',
      'Tên thủ tục',
      'Hình thức tiếp nhận',
      'Ngày tiếp nhận',
      'Hạn giải quyết',
      'Ngày có kết quả',
      'Ghi chú',
    ],
  ];
  let n = 0;
  const add = (field: string, channel: string, received: number, deadline: CellValue, resolved: number | null) =>
    rows.push([`HS-${++n}`, field, 'Thủ tục', channel, received, deadline, resolved, null]);
  // 7 carried over from the previous period: received early December 2019, resolved early in January.
  for (let i = 0; i < 7; i++)
    add('Tiêu chuẩn đo lường chất lượng', 'Trực tiếp', d(2019, 12, 2 + i), d(2020, 1, 20), d(2020, 1, 6));
  // 46 new: 17 online and 29 in person.
  // 33 early: received in February–May, resolved two days later, deadline 10 working days.
  for (let i = 0; i < 33; i++)
    add(
      i % 2 ? 'Hoạt động khoa học và công nghệ' : 'An toàn bức xạ và hạt nhân',
      i < 17 ? 'Trực tuyến' : 'Trực tiếp',
      d(2020, 2, 3) + i * 3,
      10,
      d(2020, 2, 3) + i * 3 + 2,
    );
  // 9 on time: resolved on the stated due date (typed as text, dd/mm/yyyy).
  for (let i = 0; i < 9; i++)
    add(
      'Sở hữu trí tuệ',
      'Dịch vụ bưu chính',
      d(2020, 3, 2),
      `${String(10 + i).padStart(2, '0')}/03/2020`,
      d(2020, 3, 10 + i),
    );
  // 4 in progress on 14/06/2020, due after it.
  for (let i = 0; i < 4; i++) add('An toàn bức xạ và hạt nhân', 'Trực tiếp', d(2020, 6, 8 + i), 15, null);
  // Out of the period: received after it, and resolved before it — not counted.
  add('An toàn bức xạ và hạt nhân', 'Trực tiếp', d(2020, 6, 20), 10, null);
  add('An toàn bức xạ và hạt nhân', 'Trực tiếp', d(2019, 11, 1), 10, d(2019, 11, 5));
  rows.push(['Tổng cộng', null, null, null, null, null, null, null]);
  return rows;
}

describe('seed report 2020 H1: register → Biểu II.06a figures', () => {
  const { register, findings } = parseRegister(
    { name: 'SoTheoDoi', rows: firstHalf2020Register() },
    { file: 'van-phong.xlsx' },
    cal,
  );
  const { summary, outOfPeriod } = summarizeRegister(register!, period);

  test('reads every dossier row without findings', () => {
    expect(findings).toEqual([]);
    expect(register!.entries).toHaveLength(55);
  });

  test('received 53 = 46 new (17 online) + 7 carried over', () => {
    expect(summary.received).toBe(53);
    expect(summary.online + summary.inPerson).toBe(46);
    expect(summary.online).toBe(17);
    expect(summary.carriedOver).toBe(7);
    expect(outOfPeriod).toBe(2);
  });

  test('resolved 49: early 40 (81,6%), on time 9 (18,4%), late 0; pending 4, none overdue', () => {
    expect(summary.resolved).toBe(49);
    expect(summary.early).toBe(40);
    expect(summary.onTime).toBe(9);
    expect(summary.late).toBe(0);
    expect(summary.pending).toBe(4);
    expect(summary.pendingOverdue).toBe(0);
    expect(formatVnPercent(earlyRate(summary)!)).toBe('81,6%');
    expect(formatVnPercent(strictOnTimeRate(summary)!)).toBe('18,4%');
    expect(onTimeRate(summary)).toBe(1);
  });

  test('by-field counts add up to the total', () => {
    const fields = Object.values(summary.byField);
    expect(fields.reduce((s, c) => s + c.received, 0)).toBe(53);
    expect(summary.byField['Sở hữu trí tuệ'].onTime).toBe(9);
  });

  test('SUMMARY over the same register with the period gives the same figures', () => {
    const r = summaryTable(firstHalf2020Register(), period.to, period.from, cal);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.map((row) => row[1])).toEqual([53, 17, 29, 7, 49, 40, 9, 0, 4, 0, 1]);
    expect(r.value[0][0]).toBe('Tổng số hồ sơ tiếp nhận');
  });
});

describe('seed report Q3 2020: a status column, 34 received = 34 resolved', () => {
  const spellings = ['Trước hạn', 'truoc han', 'TH', 'Đúng hạn', 'DH', 'đúng hạn'.normalize('NFD')];
  const rows: CellValue[][] = [['STT', 'Lĩnh vực', 'Trạng thái']];
  const fields: [string, number][] = [
    ['An toàn bức xạ hạt nhân', 12],
    ['Khoa học công nghệ', 2],
    ['Tiêu chuẩn đo lường chất lượng', 20],
  ];
  let i = 0;
  for (const [field, count] of fields)
    for (let k = 0; k < count; k++, i++) rows.push([i + 1, field, spellings[i % spellings.length]]);

  test('gives 34 resolved, 12 / 2 / 20 by field, 100% early or on time', () => {
    const { register, findings } = parseRegister({ name: 'SoTheoDoi', rows }, { file: 'q3.xlsx' }, cal);
    expect(findings).toEqual([]);
    expect(register!.mode).toBe('status');
    const { summary } = summarizeRegister(register!, { from: null, to: null });
    expect(summary.received).toBe(34);
    expect(summary.resolved).toBe(34);
    expect(summary.late).toBe(0);
    expect(Object.fromEntries(Object.entries(summary.byField).map(([k, v]) => [k, v.resolved]))).toEqual({
      'An toàn bức xạ hạt nhân': 12,
      'Khoa học công nghệ': 2,
      'Tiêu chuẩn đo lường chất lượng': 20,
    });
    expect(onTimeRate(summary)).toBe(1);
  });

  test('ONTIME over the status column is 100%', () => {
    const statuses = rows.slice(1).map((r) => [r[2]]);
    expect(rate('ontime', statuses, undefined, undefined, cal)).toEqual({ ok: true, value: 1 });
    expect(rate('late', statuses, undefined, undefined, cal)).toEqual({ ok: true, value: 0 });
  });
});
