/** Named styles of the unit template (kiểu định dạng của mẫu), and small helpers to build its cells. */
import type { CellStyle, LayoutCell } from '../layout';

export const TEMPLATE_STYLES = {
  title: { bold: true, fontSize: 14, hAlign: 'center', vAlign: 'middle', wrap: true },
  subtitle: { italic: true, hAlign: 'center', vAlign: 'middle', wrap: true },
  note: { italic: true, hAlign: 'right', vAlign: 'middle' },
  heading: { bold: true, hAlign: 'left', vAlign: 'middle' },
  paragraph: { hAlign: 'left', vAlign: 'top', wrap: true },
  header: { bold: true, border: true, fill: 'DDEBF7', hAlign: 'center', vAlign: 'middle', wrap: true },
  label: { bold: true, border: true, hAlign: 'left', vAlign: 'middle', wrap: true },
  input: { border: true, fill: 'FFF2CC', hAlign: 'left', vAlign: 'middle', wrap: true, numFmt: '@' },
  inputDate: { border: true, fill: 'FFF2CC', hAlign: 'center', vAlign: 'middle', numFmt: 'dd/mm/yyyy' },
  inputInteger: { border: true, fill: 'FFF2CC', hAlign: 'right', vAlign: 'middle', numFmt: '#,##0' },
  hint: { italic: true, hAlign: 'left', vAlign: 'middle', wrap: true },
  text: { border: true, hAlign: 'left', vAlign: 'middle', wrap: true },
  center: { border: true, hAlign: 'center', vAlign: 'middle' },
  date: { border: true, hAlign: 'center', vAlign: 'middle', numFmt: 'dd/mm/yyyy' },
  integer: { border: true, hAlign: 'right', vAlign: 'middle', numFmt: '#,##0' },
  totalLabel: { bold: true, border: true, hAlign: 'center', vAlign: 'middle' },
  totalInteger: { bold: true, border: true, hAlign: 'right', vAlign: 'middle', numFmt: '#,##0' },
  /** The example row under a list's header (`Ví dụ`), grey italic so it reads as an example; the reader skips it. */
  example: { italic: true, color: '808080', border: true, hAlign: 'left', vAlign: 'middle', wrap: true, numFmt: '@' },
  exampleDate: {
    italic: true,
    color: '808080',
    border: true,
    hAlign: 'center',
    vAlign: 'middle',
    numFmt: 'dd/mm/yyyy',
  },
} satisfies Record<string, CellStyle>;

export type TemplateStyle = keyof typeof TEMPLATE_STYLES;

/** A cell with a value and a style. */
export function cell(v: LayoutCell['v'], s: TemplateStyle): LayoutCell {
  return { v, s };
}

/** A row of `n` empty cells of one style (input areas). */
export function blankRow(n: number, styles: TemplateStyle | readonly TemplateStyle[]): LayoutCell[] {
  return Array.from({ length: n }, (_, i) => ({ v: null, s: typeof styles === 'string' ? styles : styles[i] }));
}
