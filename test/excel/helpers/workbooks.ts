/** Starting workbooks for the replace and rollback tests, built through the API like a user (or an earlier run) would. */
import { writeLayoutToWorkbook } from '../../../src/excel';
import type { OfficeDouble } from '../../support/office-double';
import { installDouble, options } from './harness';
import { summaryLayout } from './summary-fixture';

/** The user's own sheet that happens to be called TH_TTHC: values, a formula, a merge, formats, a width. */
export async function addUserTthc(): Promise<void> {
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.add('TH_TTHC');
    ws.getRange('A1:C2').values = [
      ['Bảng theo dõi riêng của tôi', 12, 30],
      ['Tổng', '=B1+C1', '=B2*2'],
    ];
    ws.getRange('A4:C4').merge(false);
    ws.getRange('A4').values = [['Không được ghi đè trang này']];
    ws.getRange('A1:C1').format.font.bold = true;
    ws.getRange('A1:C1').format.fill.color = '#FFF2CC';
    ws.getRange('A:A').format.columnWidth = 180;
    ws.tabColor = '#C00000';
    await context.sync();
  });
}

export async function addUserNotes(): Promise<void> {
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.add('Ghi chú');
    ws.getRange('A1:B3').formulas = [
      ['Gấp đôi tổng hồ sơ', '=TH_TTHC!C58*2'],
      ['Tỷ lệ', "='TH_TTHC'!N58"],
      ['Ghi chú', 'Số liệu tạm, chưa chốt'],
    ];
    context.workbook.names.add('TongSoHoSo', ws.getRange('B1'), 'tên do người dùng đặt');
    ws.activate();
    await context.sync();
  });
}

/**
 * Sheet1 + a first run for 2024-H1 (7 sheets), then the user's notes sheet that refers to the report, a
 * defined name, and one of the add-in's sheets deleted by the user (its marker is left pointing at #REF!).
 */
export async function workbookAfterFirstRun(): Promise<OfficeDouble> {
  const d = installDouble({ sheets: ['Sheet1'] });
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem('Sheet1').getRange('A1:B2').values = [
      ['Dữ liệu người dùng', 1],
      ['=HYPERLINK("x")', '=B1+1'],
    ];
    await context.sync();
  });
  await writeLayoutToWorkbook(summaryLayout(50, 1).layout, options({ runId: 'run-1' }));
  await addUserNotes();
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem('TH_TiepDan').delete();
    await context.sync();
  });
  d.resetStats();
  return d;
}
