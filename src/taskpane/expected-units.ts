/**
 * The pane's list of units expected to report (đơn vị phải báo cáo), kept in the open workbook with the add-in's
 * document settings, so the next period finds it again. Outside Excel the list lives only in the box.
 */
import { loadSetting, saveSetting } from './document-settings';

const KEY = 'TongHop.expectedUnits';

/** The list last saved in this workbook ('' when none). */
export function loadExpectedUnits(): string {
  const v = loadSetting(KEY);
  return typeof v === 'string' ? v : '';
}

/** Saves the list in the workbook; resolves false when the host could not save it. */
export function saveExpectedUnits(text: string): Promise<boolean> {
  return saveSetting(KEY, text);
}
