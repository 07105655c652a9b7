import { readTimeoutReport, rejectedReport, secondsText } from '../../../src/core/unit/rejected';

describe('reports of files that could not be read', () => {
  test('a rejected report has one whole-file error naming the file, and no figures', () => {
    const r = rejectedReport('a.xlsx', 'FILE_UNREADABLE', 'Không mở được tệp: EACCES.');
    expect(r).toEqual({
      file: 'a.xlsx',
      name: '',
      period: { label: '', from: null, to: null },
      status: 'rejected',
      contentKey: '',
      findings: [
        {
          file: 'a.xlsx',
          sheet: '',
          cell: '',
          severity: 'error',
          code: 'FILE_UNREADABLE',
          message: 'Không mở được tệp: EACCES.',
        },
      ],
    });
  });

  test('seconds are written the Vietnamese way, without trailing zeros', () => {
    expect([60_000, 500, 1_250, 90_000, 100].map(secondsText)).toEqual(['60', '0,5', '1,3', '90', '0,1']);
  });

  test('READ_TIMEOUT names the file and the limit, then the advice of the door it came through', () => {
    const r = readTimeoutReport('cham.xlsx', 1500, '; hãy chạy lại với --file-timeout lớn hơn.');
    expect(r.findings[0].code).toBe('READ_TIMEOUT');
    expect(r.findings[0].message).toBe(
      'Quá thời gian đọc tệp «cham.xlsx»: sau 1,5 giây vẫn chưa đọc xong nên việc đọc bị dừng và tệp không được ' +
        'tổng hợp. Tệp có thể quá lớn hoặc bị làm hỏng có chủ ý; hãy chạy lại với --file-timeout lớn hơn.',
    );
  });
});
