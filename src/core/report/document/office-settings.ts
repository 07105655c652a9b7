/**
 * The report's settings an office already keeps in its DanhMuc sheet (cơ quan và người ký): what the pane
 * offers in its fields before the user has typed anything of their own.
 */
import { SHEET_TEXT } from '../../settings/sheet-text';
import type { AgencyDetails } from '../../settings/types';
import type { ReportSettings } from './report-document';

const given = (s: string): string | undefined => (s.trim() === '' ? undefined : s.trim());

/**
 * From the office's details: governing body, agency (unless it is only the shipped default name), place and
 * signer; a signer's title written on one line with `|` between its lines (`KT. GIÁM ĐỐC|PHÓ GIÁM ĐỐC`) keeps them.
 */
export function reportSettingsOfOffice(a: AgencyDetails): ReportSettings {
  const out: ReportSettings = {};
  const set = (k: 'governingBody' | 'agency' | 'place' | 'signerTitle' | 'signerName', v: string | undefined) => {
    if (v !== undefined) out[k] = v;
  };
  set('governingBody', given(a.parent));
  set('agency', a.agency === SHEET_TEXT.defaultAgency ? undefined : given(a.agency));
  set('place', given(a.place));
  set(
    'signerTitle',
    given(a.signerTitle)
      ?.split('|')
      .map((l) => l.trim())
      .join('\n'),
  );
  set('signerName', given(a.signerName));
  return out;
}
