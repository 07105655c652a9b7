/** The shipped settings (danh mục mặc định): the lists as TongHop ships them, each entry with its source. */
import fieldData from './data/fields.json';
import { OUTCOME_LABELS } from '../tthc/status-labels';
import { staffCategories } from '../staff/categories';
import { COURSE_TYPES } from '../training/course-types';
import { SHEET_TEXT } from './sheet-text';
import type { AgencyDetails, LabelListKey, NamedEntry, Settings } from './types';

/** Fields of procedures as shipped, in report order (a fresh copy: callers may change it). */
export function defaultFields(): NamedEntry[] {
  return fieldData.fields.map((f) => ({ name: f.name, synonyms: [...f.synonyms], source: f.source }));
}

export function defaultAgency(): AgencyDetails {
  return { parent: '', agency: SHEET_TEXT.defaultAgency, place: '', signerTitle: '', signerName: '', preparer: '' };
}

/** The shipped settings: no extra days, the shipped fields, no expected units, no added ways of writing. */
export function defaultSettings(): Settings {
  return {
    file: null,
    extraDaysOff: [],
    extraWorkdays: [],
    fields: defaultFields(),
    units: [],
    labels: [],
    agency: defaultAgency(),
    changes: [],
    findings: [],
  };
}

/** Canonical labels a list accepts ways of writing for (from each module's own data). */
export function canonicalLabels(list: LabelListKey): readonly string[] {
  switch (list) {
    case 'status':
      return Object.values(OUTCOME_LABELS);
    case 'courseType':
      return COURSE_TYPES;
    default:
      return staffCategories(list).labels;
  }
}
