import { countFileStatuses, fileTally, statusTally, unacceptedErrors } from '../../../src/core/consolidate/status';

describe('countFileStatuses', () => {
  test('tallies files by status, zero for a status no file has', () => {
    const files = [{ status: 'valid' }, { status: 'rejected' }, { status: 'valid' }] as const;
    expect(countFileStatuses(files)).toEqual({ valid: 2, warnings: 0, errors: 0, rejected: 1 });
    expect(countFileStatuses([])).toEqual({ valid: 0, warnings: 0, errors: 0, rejected: 0 });
  });
});

describe('statusTally (the pane’s results line and the CLI’s closing line)', () => {
  const files = (...s: ('valid' | 'warnings' | 'errors' | 'rejected')[]) => s.map((status) => ({ status }));

  test('summarises file statuses in Vietnamese, leaving out zero counts', () => {
    expect(statusTally(files('valid', 'warnings', 'rejected', 'valid'))).toBe(
      '4 tệp: 2 hợp lệ, 1 có cảnh báo, 1 bị loại.',
    );
    expect(statusTally(files('valid'))).toBe('1 tệp: 1 hợp lệ.');
    expect(statusTally([])).toBe('0 tệp.');
  });

  test('with zeros, lists all four statuses in order', () => {
    expect(statusTally(files('errors', 'valid'), { zeros: true })).toBe(
      '2 tệp: 1 hợp lệ, 0 có cảnh báo, 1 có lỗi, 0 bị loại.',
    );
  });
});

test('unacceptedErrors: files with errors whose figures were not accepted', () => {
  const list = [
    { file: 'a', status: 'errors' as const },
    { file: 'b', status: 'errors' as const, accepted: true },
    { file: 'c', status: 'rejected' as const },
  ];
  expect(unacceptedErrors(list).map((f) => f.file)).toEqual(['a']);
});

test('fileTally counts each file once: the units of an expanded summary share their file', () => {
  const entry = (file: string, unit: string, status: 'valid' | 'warnings' | 'errors' | 'rejected') => ({
    file,
    unit,
    periodLabel: '',
    status,
    findings: [],
  });
  const files = [
    entry('tong-hop-huyen.xlsx', 'Phòng A', 'valid'),
    entry('tong-hop-huyen.xlsx', 'Phòng B', 'warnings'),
    entry('tong-hop-huyen.xlsx', 'Phòng C', 'valid'),
    entry('van-phong.xlsx', 'Văn phòng', 'valid'),
    entry('hong.xlsx', '', 'rejected'),
  ];
  expect(statusTally(files)).toBe('5 tệp: 3 hợp lệ, 1 có cảnh báo, 1 bị loại.');
  expect(fileTally(files)).toBe('3 tệp: 1 hợp lệ, 1 có cảnh báo, 1 bị loại.');
  expect(fileTally(files, { zeros: true })).toBe('3 tệp: 1 hợp lệ, 1 có cảnh báo, 0 có lỗi, 1 bị loại.');
});
