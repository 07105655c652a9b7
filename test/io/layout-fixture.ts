import type { LayoutCell, LayoutWorkbook } from '../../src/core/layout';

/** Units of the summary fixture: name, trước hạn, đúng hạn, quá hạn. */
export const UNITS: Array<[string, number, number, number]> = [
  ['Văn phòng Sở', 40, 9, 0],
  ['Chi cục Tiêu chuẩn Đo lường Chất lượng', 25, 4, 1],
  ['Trung tâm Ứng dụng tiến bộ KH&CN', 12, 3, 2],
];

export const INJECTION_TEXTS = [
  '=HYPERLINK("http://example.com","bấm")',
  '+84 912 345 678',
  '-5 hồ sơ trả lại',
  '@SUM(A1:A2)',
];

/**
 * A two-sheet summary: 'TH TTHC' (title block, header, unit rows, a total row of SUM formulas, a ratio formula
 * per row, a stacked chart) and "Đơn vị's" (a sheet name with an apostrophe, a clustered chart, texts that look
 * like formulas). Zero-based rows: title 0, period 1, header 3, units 4–6, total 7.
 */
export function summaryLayout(): LayoutWorkbook {
  const unitRows: LayoutCell[][] = UNITS.map(([name, early, onTime, late], i) => {
    const r = 5 + i; // one-based row in formulas
    const resolved = early + onTime + late;
    return [
      { v: i + 1, s: 'center' },
      { v: name, s: 'text' },
      { v: early, s: 'int' },
      { v: onTime, s: 'int' },
      { v: late, s: 'int' },
      { v: (early + onTime) / resolved, f: `(C${r}+D${r})/(C${r}+D${r}+E${r})`, s: 'pct' },
    ];
  });
  const sum = (k: 1 | 2 | 3) => UNITS.reduce((n, u) => n + u[k], 0);
  const tE = sum(1),
    tO = sum(2),
    tL = sum(3);
  return {
    styles: {
      title: { bold: true, fontSize: 14, hAlign: 'center', vAlign: 'middle' },
      period: { italic: true, hAlign: 'center' },
      header: { bold: true, border: true, fill: 'DDEBF7', hAlign: 'center', vAlign: 'middle', wrap: true },
      center: { border: true, hAlign: 'center' },
      text: { border: true, wrap: true },
      int: { border: true, numFmt: '#,##0' },
      pct: { border: true, numFmt: '0.0%' },
      total: { bold: true, border: true, numFmt: '#,##0' },
      date: { numFmt: 'dd/mm/yyyy', hAlign: 'left' },
    },
    sheets: [
      {
        name: 'TH TTHC',
        widths: [6, 40, 12, 12, 12, 14],
        merges: [
          { r1: 0, c1: 0, r2: 0, c2: 5 },
          { r1: 1, c1: 0, r2: 1, c2: 5 },
          { r1: 7, c1: 0, r2: 7, c2: 1 },
        ],
        freeze: { rows: 4, cols: 2 },
        print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatRows: { first: 3, last: 3 } },
        blocks: [
          { row: 0, col: 0, cells: [[{ v: 'TỔNG HỢP KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH', s: 'title' }]] },
          { row: 1, col: 0, cells: [[{ v: 'Kỳ báo cáo: 6 tháng đầu năm 2024', s: 'period' }]] },
          { row: 2, col: 0, cells: [[{ v: 45458, s: 'date' }]] },
          {
            row: 3,
            col: 0,
            cells: [
              [
                { v: 'STT', s: 'header' },
                { v: 'Đơn vị', s: 'header' },
                { v: 'Trước hạn', s: 'header' },
                { v: 'Đúng hạn', s: 'header' },
                { v: 'Quá hạn', s: 'header' },
                { v: 'Tỷ lệ đúng và trước hạn (%)', s: 'header' },
              ],
              ...unitRows,
              [
                { v: 'Tổng cộng', s: 'total' },
                { v: null, s: 'total' },
                { v: tE, f: 'SUM(C5:C7)', s: 'total' },
                { v: tO, f: 'SUM(D5:D7)', s: 'total' },
                { v: tL, f: 'SUM(E5:E7)', s: 'total' },
                { v: (tE + tO) / (tE + tO + tL), f: '(C8+D8)/(C8+D8+E8)', s: 'pct' },
              ],
            ],
          },
        ],
        charts: [
          {
            kind: 'columnStacked',
            title: 'Kết quả giải quyết hồ sơ theo đơn vị',
            categoryCol: 1,
            firstRow: 4,
            lastRow: 6,
            series: [
              { name: 'Trước hạn', col: 2 },
              { name: 'Đúng hạn', col: 3 },
              { name: 'Quá hạn', col: 4 },
            ],
            anchor: { row: 10, col: 0, widthCols: 6, heightRows: 18 },
          },
        ],
      },
      {
        name: "Đơn vị's",
        widths: [30, 10],
        merges: [],
        blocks: [
          {
            row: 0,
            col: 0,
            cells: [
              ...INJECTION_TEXTS.map((t, i): LayoutCell[] => [
                { v: t, s: 'text' },
                { v: i + 1, s: 'int' },
              ]),
              [{ v: true }, { v: null }],
            ],
          },
        ],
        charts: [
          {
            kind: 'columnClustered',
            title: 'Số lượng',
            categoryCol: 0,
            firstRow: 0,
            lastRow: 3,
            series: [{ name: 'Số', col: 1 }],
            anchor: { row: 6, col: 0, widthCols: 4, heightRows: 12 },
          },
        ],
      },
    ],
  };
}
