/**
 * Unit reports built as plain objects, the way the unit reader hands them over. Their figures add up to
 * the seed report of a Sở: 53 dossiers received (46 new, 17 of them online; 07 carried
 * over), 49 resolved (40 early, 09 on time, 0 late), 04 in progress; 182 staff (02 Tiến sĩ, 70 Thạc sĩ,
 * 110 Đại học); training as in seed 004.
 */
import { serialFromYmd } from '../../../src/core/calendar/serial';
import type { Finding } from '../../../src/core/findings';
import type { TthcCounts } from '../../../src/core/tthc/types';
import type { PeriodInfo, ReceptionSummary, StaffSummary, UnitReport } from '../../../src/core/unit/types';

export const FIRST_HALF_2020: PeriodInfo = {
  label: '6 tháng đầu năm 2020',
  from: serialFromYmd(2019, 12, 15),
  to: serialFromYmd(2020, 6, 14),
};

/** Counts from the columns of Biểu II.06a; totals follow from the parts. */
export function counts(
  online: number,
  inPerson: number,
  carriedOver: number,
  early: number,
  onTime: number,
  late: number,
  pendingOverdue = 0,
): TthcCounts {
  const resolved = early + onTime + late;
  const received = online + inPerson + carriedOver;
  return {
    received,
    online,
    inPerson,
    carriedOver,
    resolved,
    early,
    onTime,
    late,
    pending: received - resolved,
    pendingOverdue,
  };
}

function staff(s: Partial<StaffSummary> & Pick<StaffSummary, 'present'>): StaffSummary {
  return {
    quota: null,
    byType: {},
    byDegree: {},
    byPoliticalTheory: {},
    byStateManagement: {},
    women: 0,
    partyMembers: 0,
    studying: {},
    ...s,
  };
}

function reception(
  received: [number, number, number, number],
  resolved: [number, number, number, number],
): ReceptionSummary {
  const [citizens, complaints, denunciations, petitions] = received;
  const [rc, rco, rd, rp] = resolved;
  return {
    citizens,
    complaints,
    denunciations,
    petitions,
    resolved: { citizens: rc, complaints: rco, denunciations: rd, petitions: rp },
  };
}

function readerWarning(file: string): Finding {
  return {
    file,
    sheet: 'TTHC',
    cell: 'C9',
    severity: 'warning',
    code: 'TTHC_TOTAL_MISMATCH',
    message: 'Tổng số ghi 21, cộng các cột được 20.',
  };
}

/** Văn phòng Sở: every section. */
export function vanPhong(): UnitReport {
  const a = counts(6, 4, 1, 7, 2, 0);
  const b = counts(4, 4, 1, 8, 1, 0);
  return {
    file: 'van-phong.xlsx',
    name: 'Văn phòng Sở',
    period: { ...FIRST_HALF_2020 },
    tthc: { ...counts(10, 8, 2, 15, 3, 0), byField: { 'An toàn bức xạ và hạt nhân': a, 'Sở hữu trí tuệ': b } },
    tthcSource: 'table',
    staff: staff({
      quota: 47,
      present: 60,
      byType: { 'Công chức': 47, 'Viên chức': 13 },
      byDegree: { 'Tiến sĩ': 1, 'Thạc sĩ': 20, 'Đại học': 39 },
      byPoliticalTheory: { 'Cao cấp': 8, 'Trung cấp': 10 },
      byStateManagement: { 'Chuyên viên cao cấp': 1, 'Chuyên viên chính': 12, 'Chuyên viên': 30 },
      women: 25,
      partyMembers: 40,
      studying: { 'Tiến sĩ': 4, 'Thạc sĩ': 3 },
    }),
    training: {
      total: 4,
      byKind: { 'Cao cấp lý luận chính trị': 2, 'Bồi dưỡng lãnh đạo, quản lý cấp phòng': 1, 'Kế toán viên chính': 1 },
      byKindAndType: {
        'Cao cấp lý luận chính trị': { 'Công chức': 2 },
        'Bồi dưỡng lãnh đạo, quản lý cấp phòng': { 'Viên chức': 1 },
        'Kế toán viên chính': { 'Công chức': 1 },
      },
    },
    reception: reception([3, 1, 0, 2], [3, 1, 0, 2]),
    findings: [],
    status: 'valid',
    contentKey: 'vp-2020h1',
  };
}

/** Chi cục TĐC: no training section; the reader already found a total that disagrees with its parts. */
export function chiCuc(): UnitReport {
  return {
    file: 'chi-cuc-tdc.xlsx',
    name: 'Chi cục Tiêu chuẩn Đo lường Chất lượng',
    period: { ...FIRST_HALF_2020 },
    tthc: { ...counts(5, 13, 3, 16, 4, 0), byField: { 'Tiêu chuẩn đo lường chất lượng': counts(5, 13, 3, 16, 4, 0) } },
    tthcSource: 'both',
    staff: staff({
      quota: 60,
      present: 70,
      byType: { 'Viên chức': 60, 'Người lao động': 10 },
      byDegree: { 'Thạc sĩ': 30, 'Đại học': 40 },
      byPoliticalTheory: { 'Cao cấp': 2, 'Trung cấp': 12 },
      byStateManagement: { 'Chuyên viên chính': 5, 'Chuyên viên': 20 },
      women: 30,
      partyMembers: 30,
      studying: { 'Thạc sĩ': 5 },
    }),
    reception: reception([2, 1, 0, 1], [2, 0, 0, 1]),
    findings: [readerWarning('chi-cuc-tdc.xlsx')],
    status: 'warnings',
    contentKey: 'cc-2020h1',
  };
}

/** Trung tâm: no reception section; its period label is typed in capitals; one field spelt differently. */
export function trungTam(): UnitReport {
  return {
    file: 'trung-tam.xlsx',
    name: 'Trung tâm Ứng dụng tiến bộ khoa học và công nghệ',
    period: { ...FIRST_HALF_2020, label: '6 THÁNG ĐẦU NĂM 2020' },
    tthc: {
      ...counts(2, 8, 2, 9, 2, 0),
      byField: {
        'AN TOÀN BỨC XẠ VÀ HẠT NHÂN': counts(1, 5, 1, 5, 1, 0),
        'Hoạt động khoa học và công nghệ': counts(1, 3, 1, 4, 1, 0),
      },
    },
    tthcSource: 'register',
    staff: staff({
      quota: 45,
      present: 52,
      byType: { 'Công chức': 0, 'Viên chức': 47, 'Người lao động': 5 },
      byDegree: { 'Tiến sĩ': 1, 'Thạc sĩ': 20, 'Đại học': 31 },
      byPoliticalTheory: { 'Trung cấp': 8, 'Cao cấp': 2 },
      byStateManagement: { 'Chuyên viên chính': 3, 'Chuyên viên': 10 },
      women: 25,
      partyMembers: 25,
      studying: { 'Tiến sĩ': 3 },
    }),
    training: {
      total: 6,
      byKind: { 'QLNN ngạch chuyên viên': 2, 'QLNN ngạch chuyên viên chính': 2, 'Kế toán viên chính': 2 },
      byKindAndType: {
        'QLNN ngạch chuyên viên': { 'Viên chức': 2 },
        'QLNN ngạch chuyên viên chính': { 'Công chức': 2 },
        'Kế toán viên chính': { 'Viên chức': 2 },
      },
    },
    findings: [],
    status: 'valid',
    contentKey: 'tt-2020h1',
  };
}

/** A file the unit reader refused. */
export function unreadable(): UnitReport {
  return {
    file: 'hong.xlsx',
    name: '',
    period: { label: '', from: null, to: null },
    findings: [
      {
        file: 'hong.xlsx',
        sheet: '',
        cell: '',
        severity: 'error',
        code: 'FILE_UNREADABLE',
        message: 'Không đọc được tệp.',
      },
    ],
    status: 'rejected',
    contentKey: '',
  };
}

/** The three good units of the seed figures, in file order. */
export const seedUnits = (): UnitReport[] => [vanPhong(), chiCuc(), trungTam()];
