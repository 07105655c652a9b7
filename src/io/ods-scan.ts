/**
 * A light pass over an OpenDocument spreadsheet's content.xml, made before SheetJS parses it:
 * - estimates how many cells SheetJS will create (ODS repeats cells with `number-columns-repeated` and
 *   `number-rows-repeated`, so a few kilobytes can expand to millions of cells);
 * - finds hidden sheets (`table:display="false"` in the table's style) and hidden rows
 *   (`table:visibility="collapse"` or `"filter"`), which SheetJS CE does not report for ODS.
 */
import { decodeXmlText } from './xml-text';

export interface OdsSheetInfo {
  name: string;
  hidden: boolean;
  /** Half-open ranges [start, end) of hidden zero-based rows. */
  hiddenRows: Array<[number, number]>;
  /** Cells with a value, after expanding repeats. */
  cells: number;
}

const TAG =
  /<(\/?)(style:style|style:table-properties|table:table|table:table-row|table:table-cell|table:covered-table-cell)(?=[\s/>])([^>]*?)(\/?)>/g;
const ATTR = /([\w.-]+:[\w.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

function attrs(s: string): Record<string, string> {
  const o: Record<string, string> = {};
  ATTR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ATTR.exec(s))) o[m[1]] = m[3] !== undefined ? m[3] : m[4];
  return o;
}

function repeat(v: string | undefined): number {
  const n = v === undefined ? 1 : parseInt(v, 10);
  return Number.isFinite(n) && n > 0 ? n : 1;
}

export function scanOdsContent(xml: string): OdsSheetInfo[] {
  const hiddenTableStyles = new Set<string>();
  const sheets: OdsSheetInfo[] = [];
  let styleName: string | null = null;
  let styleFamily: string | null = null;
  let tableDepth = 0;
  let sheet: OdsSheetInfo | null = null;
  let row = 0;
  let rowRepeat = 1;
  let rowCells = 0;
  let inRow = false;

  TAG.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TAG.exec(xml))) {
    const closing = m[1] === '/';
    const name = m[2];
    const selfClosing = m[4] === '/';
    switch (name) {
      case 'style:style':
        if (closing) styleName = styleFamily = null;
        else {
          const a = attrs(m[3]);
          styleName = a['style:name'] ?? null;
          styleFamily = a['style:family'] ?? null;
          if (selfClosing) styleName = styleFamily = null;
        }
        break;
      case 'style:table-properties':
        if (!closing && styleName && styleFamily === 'table' && attrs(m[3])['table:display'] === 'false') {
          hiddenTableStyles.add(styleName);
        }
        break;
      case 'table:table':
        if (closing) {
          if (--tableDepth === 0) sheet = null;
        } else if (!selfClosing) {
          if (tableDepth++ === 0) {
            const a = attrs(m[3]);
            sheet = {
              name: decodeXmlText(a['table:name'] ?? ''),
              hidden: a['table:style-name'] !== undefined && hiddenTableStyles.has(a['table:style-name']),
              hiddenRows: [],
              cells: 0,
            };
            sheets.push(sheet);
            row = 0;
          }
        }
        break;
      case 'table:table-row':
        if (!sheet || tableDepth !== 1) break;
        if (closing) {
          if (inRow) {
            sheet.cells += rowRepeat * rowCells;
            row += rowRepeat;
            inRow = false;
          }
        } else {
          const a = attrs(m[3]);
          rowRepeat = repeat(a['table:number-rows-repeated']);
          const vis = a['table:visibility'];
          if (vis === 'collapse' || vis === 'filter') sheet.hiddenRows.push([row, row + rowRepeat]);
          if (selfClosing) row += rowRepeat;
          else {
            inRow = true;
            rowCells = 0;
          }
        }
        break;
      case 'table:table-cell':
        if (!sheet || tableDepth !== 1 || closing) break;
        {
          const a = attrs(m[3]);
          // SheetJS keeps a cell when it has a value type; an empty self-closing cell is skipped.
          if (a['office:value-type'] !== undefined || !selfClosing)
            rowCells += repeat(a['table:number-columns-repeated']);
        }
        break;
      default:
        break;
    }
  }
  return sheets;
}
