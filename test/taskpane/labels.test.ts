import { hasAcceptedExtension, statusSummary, viSize } from '../../src/taskpane/labels';

describe('pane labels', () => {
  it('summarises file statuses in Vietnamese, leaving out zero counts', () => {
    expect(statusSummary(['valid', 'warnings', 'rejected', 'valid'])).toBe('4 tệp: 2 hợp lệ, 1 có cảnh báo, 1 bị loại.');
    expect(statusSummary(['valid'])).toBe('1 tệp: 1 hợp lệ.');
    expect(statusSummary([])).toBe('0 tệp.');
  });

  it('writes sizes with Vietnamese separators', () => {
    expect(viSize(512)).toBe('512 B');
    expect(viSize(11_453)).toBe('11 KB');
    expect(viSize(2_172_199)).toBe('2,1 MB');
    expect(viSize(1_500_000_000)).toBe('1.430,5 MB');
  });

  it('accepts the reader’s formats (and a summary JSON) only, any case', () => {
    for (const n of ['a.xlsx', 'B.XLSM', 'c.xls', 'd.ods', 'Văn phòng.XLSX', 'tong-hop.json']) expect(hasAcceptedExtension(n)).toBe(true);
    for (const n of ['a.csv', 'b.xlsx.pdf', 'c', 'd.docx', 'xlsx']) expect(hasAcceptedExtension(n)).toBe(false);
  });
});
