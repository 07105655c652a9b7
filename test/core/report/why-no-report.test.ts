/**
 * The one rule both doors use before a report document is made from a summary read back (the pane's summary
 * sheets, `tonghop report <summary.xlsx>`): an error-severity finding, or no unit, refuses it with a message saying why.
 */
import { finding } from '../../../src/core/findings';
import { whyNoReport } from '../../../src/core/report/why-no-report';
import { chiCuc } from '../consolidate/unit-reports';

const at = { file: 'TongHop.xlsx', sheet: 'TH_TTHC', cell: 'C7' };
const warning = finding(at, 'warning', 'W', 'Một cảnh báo.');
const error = finding(at, 'error', 'SUMMARY_BAD_CELL', 'Ô C7 của trang «TH_TTHC» có giá trị «mười».');

test('warnings alone do not stop the report', () => {
  expect(whyNoReport({ findings: [warning], units: [chiCuc()] }, 'bảng tổng hợp TongHop.xlsx')).toBeNull();
});

test('an error stops it, the message naming the source and the first error', () => {
  expect(whyNoReport({ findings: [warning, error], units: [chiCuc()] }, 'bảng tổng hợp TongHop.xlsx')).toBe(
    'Không lập báo cáo vì bảng tổng hợp TongHop.xlsx có số liệu sai: Ô C7 của trang «TH_TTHC» có giá trị «mười».',
  );
});

test('a summary with no unit stops it', () => {
  expect(whyNoReport({ findings: [], units: [] }, 'các trang tổng hợp trong sổ tính')).toBe(
    'Không lập báo cáo vì các trang tổng hợp trong sổ tính không có đơn vị nào: không có gì để báo cáo.',
  );
});
