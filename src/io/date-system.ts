/**
 * Workbook date systems (hệ ngày 1900 / 1904). A workbook stores a date as a day count; in the 1904 system
 * (Excel for Mac's old default, still set in some files) day 0 is 1 January 1904, which is serial 1462 in the
 * 1900 system that the core uses. Every reader of workbook bytes converts here, so the core never sees 1904 serials.
 */

/** 1904-system serial 0 (1 January 1904) as a 1900-system serial. */
export const DATE1904_OFFSET = 1462;

/** A date serial as the 1900 system counts it, from a workbook using the given system. */
export function toSerial1900(serial: number, date1904: boolean): number {
  return date1904 ? serial + DATE1904_OFFSET : serial;
}

/**
 * Whether a SpreadsheetML workbook part (xl/workbook.xml) declares the 1904 system, for readers that parse the XML
 * themselves:
 * `<workbookPr date1904="1"/>` (xsd:boolean: "1" or "true").
 */
export function date1904FromWorkbookXml(xml: string): boolean {
  const pr = /<(?:\w+:)?workbookPr\b[^>]*>/.exec(xml);
  if (!pr) return false;
  const attr = /\sdate1904\s*=\s*(["'])\s*([^"']*?)\s*\1/.exec(pr[0]);
  return attr !== null && (attr[2] === '1' || attr[2] === 'true');
}
