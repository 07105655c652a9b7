import { consolidate } from '../../../src/core/consolidate';
import { reportParagraphs } from '../../../src/core/report/paragraphs';
import type { UnitReport } from '../../../src/core/unit/types';
import { counts, seedUnits, vanPhong } from '../consolidate/unit-reports';

const seed = reportParagraphs(consolidate(seedUnits()));

/** One unit with the given TTHC figures and nothing else. */
function onlyTthc(c: ReturnType<typeof counts>, byField: Record<string, ReturnType<typeof counts>> = {}): UnitReport {
  return { ...vanPhong(), tthc: { ...c, byField }, staff: undefined, training: undefined, reception: undefined };
}

describe('the TTHC paragraph', () => {
  it('reads like the seed report for 53 received, 49 resolved, 04 in progress', () => {
    expect(seed.tthc).toBe(
      'Trong kỳ, Sở đã tiếp nhận 53 hồ sơ, trong đó: số hồ sơ mới tiếp nhận 46 (17 hồ sơ trực tuyến); số hồ sơ từ kỳ trước chuyển sang 07. ' +
        'Đã giải quyết 49 hồ sơ: trước hạn 40 (81,6%), đúng hạn 09 (18,4%), quá hạn 0; đang giải quyết 04 hồ sơ.',
    );
  });

  it('writes counts under ten with one digit when padding is off, and takes another subject', () => {
    const t = reportParagraphs(consolidate(seedUnits()), { padCounts: false, subject: 'Chi cục' }).tthc;
    expect(t).toBe(
      'Trong kỳ, Chi cục đã tiếp nhận 53 hồ sơ, trong đó: số hồ sơ mới tiếp nhận 46 (17 hồ sơ trực tuyến); số hồ sơ từ kỳ trước chuyển sang 7. ' +
        'Đã giải quyết 49 hồ sơ: trước hạn 40 (81,6%), đúng hạn 9 (18,4%), quá hạn 0; đang giải quyết 4 hồ sơ.',
    );
  });

  it('gives late dossiers their share and names pending ones past their deadline', () => {
    const t = reportParagraphs(consolidate([onlyTthc(counts(0, 1200, 34, 1000, 180, 20, 1))])).tthc;
    expect(t).toBe(
      'Trong kỳ, Sở đã tiếp nhận 1.234 hồ sơ, trong đó: số hồ sơ mới tiếp nhận 1.200 (không có hồ sơ trực tuyến); số hồ sơ từ kỳ trước chuyển sang 34. ' +
        'Đã giải quyết 1.200 hồ sơ: trước hạn 1.000 (83,3%), đúng hạn 180 (15,0%), quá hạn 20 (1,7%); đang giải quyết 34 hồ sơ (trong đó quá hạn 01 hồ sơ).',
    );
  });

  it('says so when nothing was received', () => {
    expect(reportParagraphs(consolidate([onlyTthc(counts(0, 0, 0, 0, 0, 0))])).tthc).toBe(
      'Trong kỳ, Sở không tiếp nhận hồ sơ thủ tục hành chính nào.',
    );
  });
});

describe('the by-field paragraph', () => {
  it('lists each field in the style of seed 004', () => {
    const u = onlyTthc(counts(0, 34, 0, 10, 24, 0), {
      'An toàn bức xạ hạt nhân': counts(0, 12, 0, 4, 8, 0),
      'Khoa học công nghệ': counts(0, 2, 0, 1, 1, 0),
      'Lĩnh vực Tiêu chuẩn đo lường chất lượng': counts(0, 20, 0, 5, 15, 0),
    });
    expect(reportParagraphs(consolidate([u])).byField).toBe(
      'Tiếp nhận 34 hồ sơ, đã giải quyết 34 hồ sơ, các hồ sơ đã giải quyết đều đúng hạn và trước hạn, không có hồ sơ quá hạn, bao gồm:\n' +
        '- Lĩnh vực An toàn bức xạ hạt nhân: tiếp nhận 12 hồ sơ, đã giải quyết 12 hồ sơ.\n' +
        '- Lĩnh vực Khoa học công nghệ: tiếp nhận 02 hồ sơ, đã giải quyết 02 hồ sơ.\n' +
        '- Lĩnh vực Tiêu chuẩn đo lường chất lượng: tiếp nhận 20 hồ sơ, đã giải quyết 20 hồ sơ.',
    );
  });

  it('states received and resolved apart where they differ', () => {
    expect(seed.byField).toBe(
      'Tiếp nhận 53 hồ sơ, đã giải quyết 49 hồ sơ, các hồ sơ đã giải quyết đều đúng hạn và trước hạn, không có hồ sơ quá hạn, bao gồm:\n' +
        '- Lĩnh vực An toàn bức xạ và hạt nhân: tiếp nhận 18 hồ sơ, đã giải quyết 15 hồ sơ.\n' +
        '- Lĩnh vực Sở hữu trí tuệ: tiếp nhận 09 hồ sơ, đã giải quyết 09 hồ sơ.\n' +
        '- Lĩnh vực Tiêu chuẩn đo lường chất lượng: tiếp nhận 21 hồ sơ, đã giải quyết 20 hồ sơ.\n' +
        '- Lĩnh vực Hoạt động khoa học và công nghệ: tiếp nhận 05 hồ sơ, đã giải quyết 05 hồ sơ.',
    );
  });

  it('names late dossiers instead of claiming all were on time', () => {
    const u = onlyTthc(counts(0, 10, 0, 5, 3, 2), { 'Sở hữu trí tuệ': counts(0, 10, 0, 5, 3, 2) });
    expect(reportParagraphs(consolidate([u])).byField.split('\n')[0]).toBe(
      'Tiếp nhận 10 hồ sơ, đã giải quyết 10 hồ sơ (quá hạn 02 hồ sơ), bao gồm:',
    );
  });
});

describe('the staff paragraph', () => {
  it('counts people by degree, then by type, political theory, state management and quota', () => {
    expect(seed.staff).toContain(
      '182 công chức, viên chức và người lao động, gồm: 02 Tiến sĩ; 70 Thạc sĩ; 110 Đại học',
    );
    expect(seed.staff).toBe(
      'Hiện tại, Sở có 182 công chức, viên chức và người lao động, gồm: ' +
        '02 Tiến sĩ; 70 Thạc sĩ; 110 Đại học; 07 đang học Tiến sĩ; 08 đang học Thạc sĩ. ' +
        'Trong đó: 47 công chức, 120 viên chức, 15 người lao động; 80 nữ; 95 đảng viên. ' +
        'Về lý luận chính trị: 12 cao cấp, 30 trung cấp; về quản lý nhà nước: 01 chuyên viên cao cấp, 20 chuyên viên chính, 60 chuyên viên. ' +
        'Tổng số biên chế được giao là 152, có mặt 182 người.',
    );
  });

  it('names only the staff types present, and other degrees as written', () => {
    const u = vanPhong();
    u.staff = {
      quota: null,
      present: 12,
      byType: { 'Công chức': 12 },
      byDegree: { 'Đại học': 9, Khác: 1, 'Khác: Sơ cấp': 2 },
      byPoliticalTheory: {},
      byStateManagement: { 'Chuyên viên': 3 },
      women: 0,
      partyMembers: 0,
      studying: {},
    };
    expect(reportParagraphs(consolidate([u])).staff).toBe(
      'Hiện tại, Sở có 12 công chức, gồm: 09 Đại học; 01 trình độ khác; 02 Sơ cấp. Về quản lý nhà nước: 03 chuyên viên.',
    );
  });
});

describe('the staff paragraph, when the split by type is unknown or unusual', () => {
  it('names all staff types', () => {
    const u = vanPhong();
    u.staff = {
      ...u.staff!,
      byType: { 'Công chức': 50, 'Khác: Hợp đồng 68': 10 },
      quota: null,
      byDegree: {},
      studying: {},
      byPoliticalTheory: {},
      byStateManagement: {},
      women: 0,
      partyMembers: 0,
    };
    expect(reportParagraphs(consolidate([u])).staff).toBe(
      'Hiện tại, Sở có 60 công chức, viên chức và người lao động. Trong đó: 50 công chức, 10 hợp đồng 68.',
    );
    u.staff.byType = {};
    expect(reportParagraphs(consolidate([u])).staff).toBe('Hiện tại, Sở có 60 công chức, viên chức và người lao động.');
  });
});

describe('the training paragraph', () => {
  it('names who was sent to which course, as in seed 004', () => {
    expect(seed.training).toContain(
      'cử 02 công chức học cao cấp LLCT; 01 viên chức bồi dưỡng lãnh đạo, quản lý cấp phòng',
    );
    expect(seed.training).toBe(
      'Trong kỳ, Sở đã cử 02 công chức học cao cấp LLCT; 01 viên chức bồi dưỡng lãnh đạo, quản lý cấp phòng; ' +
        '02 viên chức bồi dưỡng QLNN ngạch chuyên viên; 02 công chức bồi dưỡng QLNN ngạch chuyên viên chính; ' +
        '03 công chức, viên chức bồi dưỡng ngạch kế toán viên chính.',
    );
  });

  it('writes course types the phrase table does not know, and people of unknown type', () => {
    const u = vanPhong();
    u.training = {
      total: 5,
      byKind: { 'Khác: Bồi dưỡng kiến thức quốc phòng và an ninh': 3, 'Thạc sĩ': 2 },
      byKindAndType: {
        'Khác: Bồi dưỡng kiến thức quốc phòng và an ninh': { 'Công chức': 1, 'Người lao động': 2 },
        'Thạc sĩ': { '': 2 },
      },
    };
    expect(reportParagraphs(consolidate([u])).training).toBe(
      'Trong kỳ, Sở đã cử 02 người học Thạc sĩ; 03 công chức và người lao động tham gia bồi dưỡng kiến thức quốc phòng và an ninh.',
    );
  });

  it('says so when no one was sent', () => {
    const u = vanPhong();
    u.training = { total: 0, byKind: {}, byKindAndType: {} };
    expect(reportParagraphs(consolidate([u])).training).toBe(
      'Trong kỳ, Sở không cử công chức, viên chức tham gia đào tạo, bồi dưỡng.',
    );
  });
});

describe('the reception paragraph', () => {
  it('counts citizens and letters received and resolved', () => {
    expect(seed.reception).toBe(
      'Trong kỳ, Sở đã tiếp 05 lượt công dân; tiếp nhận 02 đơn khiếu nại, 0 đơn tố cáo, 03 đơn kiến nghị, phản ánh; ' +
        'đã giải quyết 01 đơn khiếu nại, 0 đơn tố cáo, 03 đơn kiến nghị, phản ánh.',
    );
  });

  it('reads like seed 004 when nothing came in', () => {
    const zero = { citizens: 0, complaints: 0, denunciations: 0, petitions: 0 };
    const u = { ...vanPhong(), reception: { ...zero, resolved: zero } };
    expect(reportParagraphs(consolidate([u])).reception).toBe(
      'Trong kỳ, Sở không nhận được đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh nào.',
    );
  });
});

describe('sections no unit reported', () => {
  it('are empty strings', () => {
    const u = { ...vanPhong(), tthc: undefined, training: undefined };
    const p = reportParagraphs(consolidate([u]));
    expect([p.tthc, p.byField, p.training]).toEqual(['', '', '']);
    expect(p.staff).not.toBe('');
  });
});
