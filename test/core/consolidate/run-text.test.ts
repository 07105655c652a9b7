import { runText } from '../../../src/core/consolidate/run-text';
import type { FileResult } from '../../../src/core/consolidate/types';

const file = (name: string, status: FileResult['status'], extra: Partial<FileResult> = {}): FileResult => ({
  file: name,
  unit: name,
  periodLabel: '',
  status,
  findings: [],
  ...extra,
});

describe('what a run made of its files, in the pane’s words', () => {
  test('a summary expanded into three units is one file taken: 2/2 files, not 4/2', () => {
    const files = [
      file('phan-a.xlsx', 'valid'),
      file('phan-a.xlsx', 'warnings'),
      file('phan-a.xlsx', 'valid'),
      file('05-phong.xlsx', 'valid'),
    ];
    expect(runText('consolidate', files, 2)).toEqual({ taken: 'Đã tổng hợp 2/2 tệp', rejected: '', held: '' });
  });

  test('a rejected file is counted out and named as rejected once', () => {
    const files = [file('a.xlsx', 'valid'), file('hong.xlsx', 'rejected'), file('b.xlsx', 'warnings')];
    expect(runText('consolidate', files, 3)).toMatchObject({
      taken: 'Đã tổng hợp 2/3 tệp',
      rejected: '1 tệp bị loại: xem lý do trong “Kết quả kiểm tra tệp”.',
    });
  });

  test('consolidation: a file with errors not accepted has its figures in doubt held out; accepted, nothing is said', () => {
    const held = runText('consolidate', [file('a.xlsx', 'errors', { held: ['tthc'] })], 1).held;
    expect(held).toBe(
      '1 tệp có lỗi: phần số liệu có lỗi không được tính; nếu số cộng lại là đúng, chọn “Chấp nhận số cộng lại” ở tệp đó.',
    );
    expect(runText('consolidate', [file('a.xlsx', 'errors', { accepted: true })], 1).held).toBe('');
  });

  test('rollup: summaries are joined and counted as such, a bad cell said to be joined as 0 (not «không được tính»)', () => {
    const files = [file('quy-1.xlsx', 'errors'), file('quy-2.xlsx', 'valid')];
    const t = runText('rollup', files, 2);
    expect(t.taken).toBe('Đã ghép 2/2 bảng tổng hợp');
    expect(t.held).toBe(
      '1 bảng tổng hợp có lỗi: ô sai được tính là 0 khi ghép; hãy sửa bảng rồi ghép lại, hoặc nếu số liệu là đúng, chọn “Chấp nhận số cộng lại” ở tệp đó.',
    );
    expect(t.held).not.toContain('không được tính');
  });

  test('the words are NFC', () => {
    const t = runText('rollup', [file('a.xlsx', 'errors'), file('b.xlsx', 'rejected')], 2);
    for (const s of Object.values(t)) expect(s).toBe(s.normalize('NFC'));
  });
});
