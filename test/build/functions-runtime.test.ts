/**
 * The built functions.js as Excel runs it: loaded into a fresh JavaScript context whose only global
 * of note is a stand-in for Excel's `CustomFunctions` (associate, Error, ErrorCode). Every id of
 * functions.json must be associated with a function, and each function must answer a simple call.
 * Arguments are created inside the context, as Excel's own arrays would be.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import { buildOnce, readBuiltJson, type BuildResult } from './build-once';
import type { CfMetadata } from './metadata';
import { customFunctionsStub, StubError } from '../support/custom-functions-stub';

type Fn = (...args: unknown[]) => unknown;

let build: BuildResult;
let meta: CfMetadata;
let context: vm.Context;
const associations: Array<[string, unknown]> = [];

beforeAll(
  () => {
    build = buildOnce();
    meta = readBuiltJson<CfMetadata>(build, 'functions.json');
    context = vm.createContext({
      CustomFunctions: customFunctionsStub((id, fn) => associations.push([id, fn])),
    });
    vm.runInContext(fs.readFileSync(path.join(build.dir, 'functions.js'), 'utf8'), context, {
      filename: 'functions.js',
    });
  },
  10 * 60 * 1000,
);

/** The function associated with an id (the last association wins, as in Excel). */
function fn(id: string): Fn {
  const found = associations.filter(([i]) => i === id);
  expect(found.length).toBeGreaterThan(0);
  return found[found.length - 1][1] as Fn;
}

/** Calls a custom function with arguments built inside the context; returns a plain copy of the result. */
function call(id: string, argsSource: string): unknown {
  const args = vm.runInContext(`(${argsSource})`, context) as unknown[];
  const result = fn(id)(...args);
  return JSON.parse(JSON.stringify(result)) as unknown;
}

/** Calls and expects Excel error `code`; returns the error's message. */
function callError(id: string, argsSource: string, code: string): string {
  try {
    call(id, argsSource);
  } catch (e) {
    expect(e).toBeInstanceOf(StubError);
    expect((e as StubError).code).toBe(code);
    return (e as StubError).message ?? '';
  }
  throw new Error(`${id}(${argsSource}) did not throw ${code}`);
}

// 2025-01-01 (Wed, New Year's Day) = 45658; 2025-01-02 = 45659; 2025-01-03 = 45660; 2025-01-13 = 45670.
const STATUSES = '[["Đúng hạn"], ["Quá hạn"], ["Trước hạn"], [""], ["Đang giải quyết"]]';
const REGISTER =
  '[["Ngày tiếp nhận", "Hạn giải quyết", "Ngày có kết quả"], [45659, 45670, 45660], [45659, 45670, 45670], [45659, 45670, ""]]';

/** One simple valid call per function id, with a check of its answer. */
const SAMPLES: Record<string, { args: string; check: (r: unknown) => void }> = {
  ONTIME: { args: `[${STATUSES}]`, check: (r) => expect(r).toBeCloseTo(2 / 3, 12) },
  EARLY: { args: `[${STATUSES}]`, check: (r) => expect(r).toBeCloseTo(1 / 3, 12) },
  LATE: { args: `[${STATUSES}]`, check: (r) => expect(r).toBeCloseTo(1 / 3, 12) },
  COUNT: { args: `[${STATUSES}, "late"]`, check: (r) => expect(r).toBe(1) },
  STATUS: { args: '[45659, 45670, 45660]', check: (r) => expect(r).toEqual([['Trước hạn']]) },
  DEADLINE: { args: '[45658, 1]', check: (r) => expect(r).toBe(45659) },
  WORKDAYS: { args: '[45659, 45660]', check: (r) => expect(r).toBe(2) },
  SUMMARY: {
    args: `[${REGISTER}, 45700]`,
    check: (r) => {
      const rows = r as unknown[][];
      expect(rows.length).toBeGreaterThan(3);
      for (const row of rows) {
        expect(row).toHaveLength(2);
        expect(typeof row[0]).toBe('string');
      }
      expect(rows[0][1]).toBe(3); // received
    },
  },
  STAFF: {
    args: '[[["ThS"], ["thac si"], ["Thạc sỹ"], ["TS"]], "Thạc sĩ"]',
    check: (r) => expect(r === 3 || JSON.stringify(r) === '[[3]]').toBe(true),
  },
  TRAINING: {
    args: '[[["Cao cấp lý luận chính trị"], ["Thạc sĩ"]]]',
    check: (r) => expect(Array.isArray(r)).toBe(true),
  },
};

describe('dist/functions.js in a CustomFunctions runtime', () => {
  it('associates every id of functions.json with a function, and nothing else', () => {
    const ids = meta.functions.map((f) => f.id);
    for (const id of ids) expect(typeof fn(id)).toBe('function');
    expect([...new Set(associations.map(([id]) => id))].sort()).toEqual([...ids].sort());
    // An id associated twice (the metadata plugin's loader also appends associate calls) must get the same function.
    for (const id of ids) expect(new Set(associations.filter(([i]) => i === id).map(([, f]) => f)).size).toBe(1);
  });

  it('has a sample call for every function', () => {
    for (const f of meta.functions) expect(Object.keys(SAMPLES)).toContain(f.id);
  });

  it.each(Object.keys(SAMPLES))('%s answers a simple valid call', (id) => {
    expect(meta.functions.some((f) => f.id === id)).toBe(true);
    SAMPLES[id].check(call(id, SAMPLES[id].args));
  });

  it('computes ONTIME from three date ranges too', () => {
    expect(call('ONTIME', '[[[45659], [45659]], [[45670], [45670]], [[45660], [45700]]]')).toBeCloseTo(0.5, 12);
  });

  it('returns #DIV/0! without a message when no dossier is resolved (Excel shows none for #DIV/0!)', () => {
    expect(callError('ONTIME', '[[["Đang giải quyết"], [""]]]', '#DIV/0!')).toBe('');
  });

  // 2025-01-24 = 45681; 2025-02-24 = 45712; 2025-03-03 = 45719; 2025-03-14 = 45730.
  it('DEADLINE counts «30 ngày» as calendar days and «30 ngày làm việc» or 30 as working days', () => {
    expect(call('DEADLINE', '[45681, "30 ngày"]')).toBe(45712);
    expect(call('DEADLINE', '[45681, "30 ngày làm việc"]')).toBe(45730);
    expect(call('DEADLINE', '[45681, 30]')).toBe(45730);
  });

  it('DEADLINE past 31/12/9999, a huge count or NaN gives #VALUE! with a Vietnamese message, never a crash', () => {
    expect(callError('DEADLINE', '["31/12/9999", 5]', '#VALUE!')).toContain('31/12/9999');
    expect(callError('DEADLINE', '[45681, 1e15]', '#VALUE!')).toMatch(/ngoài phạm vi/);
    expect(callError('DEADLINE', '[45681, NaN]', '#VALUE!').length).toBeGreaterThan(10);
    expect(callError('WORKDAYS', '[0, 10]', '#VALUE!').length).toBeGreaterThan(10);
  });

  it('STATUS compares hours when due and returned both carry one (due 10:00, returned 16:00 is late)', () => {
    expect(
      call(
        'STATUS',
        '[[[45719.3333], [45719.3333]], [["10/03/2025 10:00"], ["10/03/2025 10:00"]], [["10/03/2025 16:00"], ["10/03/2025 09:00"]], 45800]',
      ),
    ).toEqual([['Quá hạn'], ['Đúng hạn']]);
  });

  it('returns #VALUE! naming the first bad cell of a range, in Vietnamese', () => {
    const message = callError('ONTIME', '[[["Đúng hạn"], ["xyz không rõ"]]]', '#VALUE!');
    expect(message).toMatch(/hàng 2/);
    expect(message).toBe(message.normalize('NFC'));
  });

  it('treats an error cell in a range (allowErrorForDataTypeAny) as a bad cell, not a crash', () => {
    const message = callError('COUNT', '[[["Đúng hạn"], [new CustomFunctions.Error("#N/A")]], "ontime"]', '#VALUE!');
    expect(message).toMatch(/hàng 2/);
  });
});
