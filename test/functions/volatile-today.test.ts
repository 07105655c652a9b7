/**
 * STATUS and SUMMARY without a date judge open dossiers as of today: the same call gives a different answer
 * after midnight, which is why both are @volatile (functions.json checked in test/build/bundle.test.ts).
 * The machine's clock is replaced by jest's fake clock; nothing here waits on real time.
 */
import { installCustomFunctionsStub } from '../support/custom-functions-stub';

installCustomFunctionsStub();
const { STATUS, SUMMARY } = require('../../src/functions/functions') as typeof import('../../src/functions/functions');

// 02/01/2025 = 45659 received, deadline 13/01/2025 = 45670, not resolved yet.
const OPEN = { received: [[45659]], deadline: [[45670]], resolved: [['']] };
const REGISTER = [
  ['Ngày tiếp nhận', 'Hạn giải quyết', 'Ngày có kết quả'],
  [45659, 45670, ''],
];

function pendingOverdue(rows: unknown[][]): unknown {
  const row = rows.find((r) => typeof r[0] === 'string' && /quá hạn/i.test(r[0]) && /đang/i.test(r[0]));
  if (!row) throw new Error(`no pending-overdue row in ${JSON.stringify(rows)}`);
  return row[1];
}

afterEach(() => jest.useRealTimers());

describe('functions that default to today', () => {
  test('STATUS with the date left out turns overdue when the day after the deadline begins', () => {
    jest.useFakeTimers({ now: new Date(2025, 0, 13, 23, 59) });
    expect(STATUS(OPEN.received, OPEN.deadline, OPEN.resolved)).toEqual([['Đang giải quyết']]);
    jest.setSystemTime(new Date(2025, 0, 14, 0, 1));
    expect(STATUS(OPEN.received, OPEN.deadline, OPEN.resolved)).toEqual([['Đang giải quyết - quá hạn']]);
  });

  test('STATUS with an explicit date gives the same answer on any day', () => {
    jest.useFakeTimers({ now: new Date(2025, 0, 13, 12, 0) });
    const before = STATUS(OPEN.received, OPEN.deadline, OPEN.resolved, 45670);
    jest.setSystemTime(new Date(2026, 5, 1, 12, 0));
    expect(STATUS(OPEN.received, OPEN.deadline, OPEN.resolved, 45670)).toEqual(before);
    expect(before).toEqual([['Đang giải quyết']]);
  });

  test('SUMMARY with the date left out counts the open dossier as overdue from the day after its deadline', () => {
    jest.useFakeTimers({ now: new Date(2025, 0, 13, 23, 59) });
    expect(pendingOverdue(SUMMARY(REGISTER))).toBe(0);
    jest.setSystemTime(new Date(2025, 0, 14, 0, 1));
    expect(pendingOverdue(SUMMARY(REGISTER))).toBe(1);
  });
});
