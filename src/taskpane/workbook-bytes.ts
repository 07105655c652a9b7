/**
 * Workbooks as .xlsx bytes, for "Tạo mẫu" and "Tải tệp tổng hợp". Loaded lazily (its own chunk):
 * the pane downloads the workbook writer only when the user asks for a file.
 */
import type { LayoutWorkbook } from '../core/layout';
import { buildUnitTemplate } from '../core/unit/template';
import { writeWorkbook } from '../io/write-workbook';

export function unitTemplateBytes(unitName: string | undefined): Promise<Uint8Array> {
  return writeWorkbook(buildUnitTemplate({ unitName }));
}

export function layoutBytes(layout: LayoutWorkbook): Promise<Uint8Array> {
  return writeWorkbook(layout);
}
