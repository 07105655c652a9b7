/**
 * The Word report's fields kept in the workbook through Office's document settings (the double keeps what
 * saveAsync wrote, as a file would): saved, found again in the workbook opened later, junk ignored.
 */
import { createOfficeDouble, type OfficeDouble } from '../support/office-double';
import {
  fieldsOfSettings,
  loadReportFields,
  REPORT_SETTINGS_KEY,
  saveReportFields,
  settingsOfFields,
} from '../../src/taskpane/report-settings';
import { reportSettingsOfOffice } from '../../src/core/report/document';

import { TYPED_REPORT_FIELDS } from './support/report-fields';

let double: OfficeDouble | undefined;
afterEach(() => double?.uninstall());

function open(documentSettings?: Record<string, unknown>): OfficeDouble {
  double = createOfficeDouble({ documentSettings });
  double.install();
  return double;
}

const FIELDS = TYPED_REPORT_FIELDS;

test('saved fields are in the file after saveAsync, and a workbook opened again starts with them', async () => {
  const d = open();
  await expect(saveReportFields(FIELDS)).resolves.toBe(true);
  const saved = d.savedSettings();
  expect(saved[REPORT_SETTINGS_KEY]).toEqual(FIELDS);
  d.uninstall();
  open(saved);
  expect(loadReportFields()).toEqual(FIELDS);
});

test('a field saved empty stays empty; what is stored that is not text is ignored', () => {
  open({ [REPORT_SETTINGS_KEY]: { agency: '', place: 42, number: null, signerName: 'Lê Thị Bình', other: 'x' } });
  expect(loadReportFields()).toEqual({ agency: '', signerName: 'Lê Thị Bình' });
  double!.uninstall();
  open({ [REPORT_SETTINGS_KEY]: 'not an object' });
  expect(loadReportFields()).toEqual({});
});

test('saving some fields keeps the others saved before', async () => {
  const d = open({ [REPORT_SETTINGS_KEY]: { agency: 'Sở KH&CN', signerName: 'Lê Thị Bình' } });
  await saveReportFields({ number: '07/BC-SKHCN', signerName: '' });
  expect(d.savedSettings()[REPORT_SETTINGS_KEY]).toEqual({ agency: 'Sở KH&CN', number: '07/BC-SKHCN', signerName: '' });
});

test('outside Office nothing is saved and nothing is found', async () => {
  await expect(saveReportFields(FIELDS)).resolves.toBe(false);
  expect(loadReportFields()).toEqual({});
});

test('fields become the document settings: blanks left out (placeholders), recipients one per line', () => {
  expect(settingsOfFields({ ...FIELDS, number: '  ', recipients: 'UBND tỉnh\n\n Lưu: VT, VP \n' })).toEqual({
    governingBody: 'UBND tỉnh Tây Ninh',
    agency: 'Sở Khoa học và Công nghệ',
    place: 'Tây Ninh',
    signerTitle: 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC',
    signerName: 'Nguyễn Văn An',
    recipients: ['UBND tỉnh', 'Lưu: VT, VP'],
  });
  expect(settingsOfFields(fieldsOfSettings(settingsOfFields(FIELDS)))).toEqual(settingsOfFields(FIELDS));
});

test('the DanhMuc details fill what the office keeps there; the shipped default agency name is not taken for theirs', () => {
  const office = {
    parent: 'UBND tỉnh Tây Ninh',
    agency: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
    place: 'Tây Ninh',
    signerTitle: 'KT. GIÁM ĐỐC|PHÓ GIÁM ĐỐC',
    signerName: '',
    preparer: 'Trần C',
  };
  expect(reportSettingsOfOffice(office)).toEqual({
    governingBody: 'UBND tỉnh Tây Ninh',
    place: 'Tây Ninh',
    signerTitle: 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC',
  });
  expect(reportSettingsOfOffice({ ...office, agency: 'Sở KH&CN tỉnh Tây Ninh' }).agency).toBe('Sở KH&CN tỉnh Tây Ninh');
});
