/**
 * Requirement sets the writer needs (bộ API Excel tối thiểu), checked at run time with
 * `Office.context.requirements.isSetSupported` before anything is sent to the workbook.
 */
import { MSG } from './messages';

/** The highest set any member used by the writer belongs to (see EXCEL_API_USED). */
export const REQUIRED_EXCEL_API = '1.9';

/** Every ExcelApi version the writer relies on, and for what. */
export const EXCEL_API_USED: ReadonlyArray<{ version: string; members: string }> = [
  {
    version: '1.1',
    members:
      'Excel.run, worksheets.add/getItem/getActiveWorksheet/items, Worksheet.name/position/delete/activate, Range.values/formulas/numberFormat, ' +
      'RangeFormat.font/fill/borders/horizontalAlignment/verticalAlignment/wrapText, charts.add, Chart.title/legend/setPosition, series.getItemAt, ' +
      'ChartSeries.name, NamedItem.visible, Application.calculate',
  },
  { version: '1.2', members: 'Range.merge, RangeFormat.columnWidth, Range.columnHidden' },
  { version: '1.4', members: 'names.add (range reference, comment), NamedItem.comment, NamedItem.delete' },
  { version: '1.6', members: 'Application.suspendApiCalculationUntilNextSync' },
  {
    version: '1.7',
    members:
      'Worksheet.getRangeByIndexes, Worksheet.freezePanes, Worksheet.tabColor, NamedItem.formula, ChartSeriesCollection.add, ChartSeries.setValues/setXAxisValues',
  },
  { version: '1.8', members: 'Range.dataValidation (list rule, error alert)' },
  {
    version: '1.9',
    members:
      'Worksheet.pageLayout (orientation, paper size, margins, zoom, setPrintTitleRows), Application.suspendScreenUpdatingUntilNextSync',
  },
];

/** A Vietnamese message when the host cannot run the writer, else null. */
export function hostProblem(): string | null {
  const g = globalThis as {
    Office?: { context?: { requirements?: { isSetSupported?: (name: string, version?: string) => boolean } } };
    Excel?: unknown;
  };
  const requirements = g.Office?.context?.requirements;
  if (g.Excel === undefined || typeof requirements?.isSetSupported !== 'function') return MSG.noExcel;
  if (!requirements.isSetSupported('ExcelApi', REQUIRED_EXCEL_API)) return MSG.tooOld(REQUIRED_EXCEL_API);
  return null;
}
