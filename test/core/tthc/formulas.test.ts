import { defaultCalendar, calendarWithOverrides } from '../../../src/core/calendar';
import { serialFromYmd as d } from '../../../src/core/calendar/serial';
import {
  rate,
  countOf,
  statusLabels,
  deadlineOf,
  workdaysOf,
  dateList,
  toCell,
  NOT_YET_RECEIVED,
} from '../../../src/core/tthc';

const cal = defaultCalendar();

describe('ONTIME / EARLY / LATE over a status column', () => {
  const statuses = [['Trước hạn'], ['Đúng hạn'], ['Quá hạn'], ['Đang giải quyết'], [''], ['QH']];

  test('shares are of resolved dossiers; empty cells and open dossiers are left out', () => {
    expect(rate('ontime', statuses, undefined, undefined, cal)).toEqual({ ok: true, value: 2 / 4 });
    expect(rate('early', statuses, undefined, undefined, cal)).toEqual({ ok: true, value: 1 / 4 });
    expect(rate('late', statuses, undefined, undefined, cal)).toEqual({ ok: true, value: 2 / 4 });
  });

  test('no resolved dossier gives #DIV/0! with a Vietnamese reason', () => {
    const r = rate('ontime', [['Đang giải quyết'], ['']], undefined, undefined, cal);
    expect(r).toMatchObject({ ok: false, error: 'div0' });
  });

  test('an unknown label names its position in the range', () => {
    const r = rate('ontime', [['Trước hạn'], ['xong rồi']], undefined, undefined, cal);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toBe('value');
      expect(r.message).toContain('«xong rồi»');
      expect(r.message).toContain('hàng 2, cột 1');
    }
  });

  test('an error cell (e.g. #REF!) is named, not counted as a blanket #VALUE!', () => {
    const r = rate('ontime', [['Trước hạn'], [{ code: '#REF!' }]], undefined, undefined, cal);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('#REF!');
  });

  test('legacy TCVN3 text and abbreviations are understood', () => {
    expect(rate('early', [['Tr\u00adíc h¹n'], ['TH'], ['ĐH']], undefined, undefined, cal)).toEqual({
      ok: true,
      value: 2 / 3,
    });
  });
});

describe('ONTIME over three date columns', () => {
  test('working-day deadlines are counted with the Vietnamese calendar', () => {
    // Received Fri 24/01/2025; 1 working day → Mon 03/02/2025 (Tết 25/01–02/02/2025).
    const received = [[d(2025, 1, 24)], [d(2025, 1, 24)], ['24/01/2025']];
    const deadline = [[1], [1], ['03/02/2025']];
    const resolved = [[d(2025, 2, 3)], [d(2025, 2, 4)], ['']];
    expect(rate('ontime', received, deadline, resolved, cal)).toEqual({ ok: true, value: 1 / 2 });
    expect(rate('late', received, deadline, resolved, cal)).toEqual({ ok: true, value: 1 / 2 });
  });

  test('ranges of different sizes are refused', () => {
    expect(rate('ontime', [[1], [2]], [[1]], [[1]], cal)).toMatchObject({ ok: false, error: 'value' });
  });

  test('resolved before received is refused with the cell position', () => {
    const r = rate('ontime', [[d(2025, 3, 10)]], [[5]], [[d(2025, 3, 1)]], cal);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('hàng 1, cột 1');
  });
});

describe('COUNT', () => {
  const s = [
    ['Trước hạn', 'Đúng hạn'],
    ['Đang giải quyết - quá hạn', 'Đang giải quyết'],
    ['Quá hạn', ''],
  ];
  test.each([
    ['early', 1],
    ['ontime', 1],
    ['late', 1],
    ['resolved', 3],
    ['pending', 2],
    ['pendingoverdue', 1],
    ['received', 5],
    ['Trước hạn', 1],
    ['Đã giải quyết', 3],
    ['đang giải quyết quá hạn', 1],
    ['PENDING', 2],
  ])('%s → %d', (kind, n) => {
    expect(countOf(s, kind as string)).toEqual({ ok: true, value: n });
  });
  test('an unknown kind is refused', () => {
    expect(countOf(s, 'abc')).toMatchObject({ ok: false, error: 'value' });
  });
});

describe('STATUS', () => {
  test('labels each dossier as of a date; spills for ranges', () => {
    const asOf = d(2025, 6, 14);
    const r = statusLabels(
      [[d(2025, 6, 1)], [d(2025, 6, 1)], [d(2025, 5, 1)], [d(2025, 6, 1)], [d(2025, 6, 20)]],
      [[d(2025, 6, 10)], [d(2025, 6, 10)], [d(2025, 6, 10)], [d(2025, 6, 20)], [5]],
      [[d(2025, 6, 9)], [d(2025, 6, 11)], [''], [''], ['']],
      asOf,
      cal,
    );
    expect(r).toEqual({
      ok: true,
      value: [['Trước hạn'], ['Quá hạn'], ['Đang giải quyết - quá hạn'], ['Đang giải quyết'], [NOT_YET_RECEIVED]],
    });
  });
  test('single cells give a single label', () => {
    expect(statusLabels(d(2025, 1, 2), d(2025, 1, 10), d(2025, 1, 10), null, cal)).toEqual({
      ok: true,
      value: [['Đúng hạn']],
    });
  });
});

describe('DEADLINE and WORKDAYS', () => {
  test('across Tết 2025 and across 30/4–1/5/2025', () => {
    expect(deadlineOf(d(2025, 1, 24), 1, cal)).toEqual({ ok: true, value: d(2025, 2, 3) });
    expect(deadlineOf('24/01/2025', 5, cal)).toEqual({ ok: true, value: d(2025, 2, 7) });
    // Fri 25/04/2025 + 1 → Sat 26/04/2025, the make-up working day; + 2 → Mon 28/04; + 3 → Tue 29/04;
    // then Wed 30/04 – Sun 04/05 are off (02/05 swapped for 26/04), so + 4 → Mon 05/05.
    expect(deadlineOf(d(2025, 4, 25), 1, cal)).toEqual({ ok: true, value: d(2025, 4, 26) });
    expect(deadlineOf(d(2025, 4, 25), 3, cal)).toEqual({ ok: true, value: d(2025, 4, 29) });
    expect(deadlineOf(d(2025, 4, 25), 4, cal)).toEqual({ ok: true, value: d(2025, 5, 5) });
    // 20/01–07/02/2025, both ends counted: 15 weekdays minus the 5 Tết weekdays 27–31/01.
    expect(workdaysOf(d(2025, 1, 20), d(2025, 2, 7), cal)).toEqual({ ok: true, value: 10 });
  });

  test('extra holidays and extra working days from the user', () => {
    const c = calendarWithOverrides({ extraHolidays: [d(2025, 3, 3)], extraWorkdays: [d(2025, 3, 1)] });
    expect(workdaysOf(d(2025, 3, 1), d(2025, 3, 7), c)).toEqual({ ok: true, value: 5 });
  });

  test('24/11/2026 is a working day unless the user lists it as an extra holiday', () => {
    // Mon 23/11/2026 + 1 working day: Tue 24/11 by default; Wed 25/11 when 24/11 is given as a day off.
    expect(deadlineOf(d(2026, 11, 23), 1, cal)).toEqual({ ok: true, value: d(2026, 11, 24) });
    const extra = dateList('24/11/2026', 'ngày nghỉ thêm');
    expect(extra).toEqual({ ok: true, value: [d(2026, 11, 24)] });
    const c = calendarWithOverrides({ extraHolidays: extra.ok ? extra.value : [] });
    expect(deadlineOf(d(2026, 11, 23), 1, c)).toEqual({ ok: true, value: d(2026, 11, 25) });
  });

  test('bad dates are named in Vietnamese', () => {
    const r = deadlineOf('31/02/2025', 3, cal);
    expect(r.ok).toBe(false);
    expect(dateList([['01/01/2025'], ['hôm qua']], 'ngày nghỉ thêm')).toMatchObject({ ok: false });
  });
});

describe('toCell', () => {
  test('maps what Excel passes to grid values', () => {
    expect(toCell('')).toBeNull();
    expect(toCell({ code: '#DIV/0!', message: 'x' })).toEqual({ error: '#DIV/0!' });
    expect(toCell(3)).toBe(3);
  });
});

describe('DEADLINE with a time limit written out, and any value a user can type', () => {
  test('«30 ngày» is calendar days (Bộ luật Dân sự Điều 147–148), «30 ngày làm việc» and 30 working days', () => {
    // Fri 24/01/2025 + 30 calendar days = Sun 23/02 → Mon 24/02/2025; 30 working days (after Tết) → Fri 14/03/2025.
    expect(deadlineOf('24/01/2025', '30 ngày', cal)).toEqual({ ok: true, value: d(2025, 2, 24) });
    expect(deadlineOf('24/01/2025', '30 ngày làm việc', cal)).toEqual({ ok: true, value: d(2025, 3, 14) });
    expect(deadlineOf('24/01/2025', 30, cal)).toEqual({ ok: true, value: d(2025, 3, 14) });
    expect(deadlineOf('24/01/2025', '30', cal)).toEqual({ ok: true, value: d(2025, 3, 14) });
    expect(deadlineOf('24/01/2025', '30 tháng', cal)).toMatchObject({ ok: false, error: 'value' });
  });

  test.each<[unknown, unknown]>([
    ['31/12/9999', 5],
    ['30/12/9999', '5 ngày'],
    [d(9999, 12, 31), 1],
    ['02/01/1900', -5],
    ['01/01/2025', 1e15],
    ['01/01/2025', -1e15],
    ['01/01/2025', Number.NaN],
    ['01/01/2025', Number.POSITIVE_INFINITY],
    ['01/01/2025', 2.5],
    [0, 1],
    [-1, 1],
    [Number.NaN, 1],
    [2958466, 1],
    ['00/00/0000', 1],
    ['01/01/10000', 1],
    ['31/12/1899', 1],
    ['01/01/2025', 'mười'],
    ['01/01/2025', '9999999 ngày'],
    ['01/01/2025', true],
  ])('DEADLINE(%p; %p) is #VALUE! with a Vietnamese message, never an exception', (received, limit) => {
    const r = deadlineOf(received, limit, cal);
    expect(r).toMatchObject({ ok: false, error: 'value' });
    if (!r.ok) {
      expect(r.message.length).toBeGreaterThan(10);
      expect(r.message).toBe(r.message.normalize('NFC'));
    }
  });

  test('WORKDAYS over extreme dates gives a value or #VALUE!, never an exception', () => {
    expect(workdaysOf(1, 2958465, cal).ok).toBe(true);
    for (const [a, b] of [
      [0, 10],
      [-5, 10],
      [Number.NaN, 10],
      [1, 2958466],
      ['31/02/2025', '01/03/2025'],
    ]) {
      expect(workdaysOf(a, b, cal)).toMatchObject({ ok: false, error: 'value' });
    }
  });

  test('STATUS compares hours when due and returned both carry one', () => {
    const r = statusLabels(
      [[d(2025, 3, 3) + 8 / 24], [d(2025, 3, 3) + 8 / 24]],
      [['10/03/2025 10:00'], ['10/03/2025 10:00']],
      [['10/03/2025 16:00'], ['10/03/2025 09:00']],
      null,
      cal,
    );
    expect(r).toEqual({ ok: true, value: [['Quá hạn'], ['Đúng hạn']] });
  });
});
