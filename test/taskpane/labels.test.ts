import { hasAcceptedExtension, viSize } from '../../src/taskpane/labels';

describe('pane labels', () => {
  it('writes sizes with Vietnamese separators', () => {
    expect(viSize(512)).toBe('512 B');
    expect(viSize(11_453)).toBe('11 KB');
    expect(viSize(2_172_199)).toBe('2,1 MB');
    expect(viSize(1_500_000_000)).toBe('1.430,5 MB');
  });

  it('accepts the reader’s formats (and a summary JSON) only, any case', () => {
    for (const n of ['a.xlsx', 'B.XLSM', 'c.xls', 'd.ods', 'Văn phòng.XLSX', 'tong-hop.json'])
      expect(hasAcceptedExtension(n)).toBe(true);
    for (const n of ['a.csv', 'b.xlsx.pdf', 'c', 'd.docx', 'xlsx']) expect(hasAcceptedExtension(n)).toBe(false);
  });
});
