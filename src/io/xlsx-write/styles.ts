/**
 * The style table of a written workbook (styles.xml): one cell format (xf) per distinct layout style, its font, fill,
 * border and number format shared with the others that use the same.
 */
import type { CellStyle } from '../../core/layout';
import { xmlEscape } from '../chart-xml';

export const DEFAULT_FONT = 'Times New Roman';
export const DEFAULT_FONT_SIZE = 12;

/** What one cell format holds; `font: null` is the workbook's default font (the Normal style's, Calibri 11). */
interface Format {
  font: string | null;
  fill: string | null;
  border: boolean;
  numFmt: string | null;
  alignment: string | null;
}

/** Number formats Excel knows by number; any other code is declared in the workbook from 164 on. */
const BUILT_IN_FORMATS: Record<string, number> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '0.00E+00': 11,
  '@': 49,
};

const DEFAULT_FONT_XML = '<sz val="11"/><name val="Calibri"/><family val="2"/>';
const THIN = '<color rgb="FF000000"/>';
const THIN_BORDER =
  `<border><left style="thin">${THIN}</left><right style="thin">${THIN}</right>` +
  `<top style="thin">${THIN}</top><bottom style="thin">${THIN}</bottom><diagonal/></border>`;

function argb(hex: string): string {
  return 'FF' + hex.toUpperCase();
}

function fontXml(s: CellStyle): string {
  return (
    (s.bold ? '<b/>' : '') +
    (s.italic ? '<i/>' : '') +
    `<sz val="${s.fontSize ?? DEFAULT_FONT_SIZE}"/>` +
    (s.color ? `<color rgb="${argb(s.color)}"/>` : '') +
    `<name val="${DEFAULT_FONT}"/>`
  );
}

const VERTICAL = { top: 'top', middle: 'center', bottom: 'bottom' } as const;

function alignmentXml(s: CellStyle): string | null {
  if (!s.hAlign && !s.vAlign && !s.wrap) return null;
  return (
    '<alignment' +
    (s.hAlign ? ` horizontal="${s.hAlign}"` : '') +
    (s.vAlign ? ` vertical="${VERTICAL[s.vAlign]}"` : '') +
    (s.wrap ? ' wrapText="1"' : '') +
    '/>'
  );
}

/** Collects cell formats as the sheets ask for them and writes styles.xml once all are known. */
export class StyleTable {
  private readonly fonts = new Map<string, number>([[DEFAULT_FONT_XML, 0]]);
  private readonly fills = new Map<string, number>([
    ['<patternFill patternType="none"/>', 0],
    ['<patternFill patternType="gray125"/>', 1],
  ]);
  private readonly numFmts = new Map<string, number>();
  private readonly xfs = new Map<string, number>();
  private readonly xfXml: string[] = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];

  constructor() {
    this.xfs.set('', 0);
  }

  /** The xf index of a layout style. */
  of(s: CellStyle): number {
    return this.format({
      font: fontXml(s),
      fill: s.fill ? `<patternFill patternType="solid"><fgColor rgb="${argb(s.fill)}"/></patternFill>` : null,
      border: s.border ?? false,
      numFmt: s.numFmt ?? null,
      alignment: alignmentXml(s),
    });
  }

  /** The xf index of text cells in the default font: the values of a drop-down list written into a hidden column. */
  textInDefaultFont(): number {
    return this.format({ font: null, fill: null, border: false, numFmt: '@', alignment: null });
  }

  private format(f: Format): number {
    const fontId = f.font === null ? 0 : this.index(this.fonts, f.font);
    const fillId = f.fill === null ? 0 : this.index(this.fills, f.fill);
    const borderId = f.border ? 1 : 0;
    const numFmtId = f.numFmt === null ? 0 : this.numFmtId(f.numFmt);
    const xf =
      `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"` +
      (numFmtId !== 0 ? ' applyNumberFormat="1"' : '') +
      (fontId !== 0 ? ' applyFont="1"' : '') +
      (fillId !== 0 ? ' applyFill="1"' : '') +
      (borderId !== 0 ? ' applyBorder="1"' : '') +
      (f.alignment ? ` applyAlignment="1">${f.alignment}</xf>` : '/>');
    let id = this.xfs.get(xf);
    if (id === undefined) {
      id = this.xfXml.length;
      this.xfs.set(xf, id);
      this.xfXml.push(xf);
    }
    return id;
  }

  private index(map: Map<string, number>, xml: string): number {
    let id = map.get(xml);
    if (id === undefined) {
      id = map.size;
      map.set(xml, id);
    }
    return id;
  }

  private numFmtId(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    let id = this.numFmts.get(code);
    if (id === undefined) {
      id = 164 + this.numFmts.size;
      this.numFmts.set(code, id);
    }
    return id;
  }

  xml(): string {
    const numFmts = [...this.numFmts]
      .map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlEscape(code)}"/>`)
      .join('');
    const fonts = [...this.fonts.keys()].map((f) => `<font>${f}</font>`).join('');
    const fills = [...this.fills.keys()].map((f) => `<fill>${f}</fill>`).join('');
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (this.numFmts.size > 0 ? `<numFmts count="${this.numFmts.size}">${numFmts}</numFmts>` : '') +
      `<fonts count="${this.fonts.size}">${fonts}</fonts>` +
      `<fills count="${this.fills.size}">${fills}</fills>` +
      `<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>${THIN_BORDER}</borders>` +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfXml.length}">${this.xfXml.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
      '</styleSheet>'
    );
  }
}
