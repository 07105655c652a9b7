/** The shipped settings (danh mục mặc định): the lists as TongHop ships them, each entry with its source. */
import fieldData from './data/fields.json';
import { OUTCOME_LABELS, STATUS_CATEGORIES } from '../tthc/status-labels';
import { staffCategories, staffCategoryData } from '../staff/categories';
import { COURSE_TYPE_DATA, COURSE_TYPES } from '../training/course-types';
import { foldKey } from '../text/normalize';
import type { CategoryData } from '../staff/category-set';
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
    phrases: {},
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

/** The shipped wordings of a list, folded, each with its label: the label itself and every way of writing it. */
export function shippedWordings(list: LabelListKey): ReadonlyMap<string, string> {
  const categories: readonly CategoryData[] =
    list === 'status'
      ? STATUS_CATEGORIES
      : list === 'courseType'
        ? COURSE_TYPE_DATA.categories
        : staffCategoryData(list).categories;
  const out = new Map<string, string>();
  for (const c of categories) {
    for (const w of [c.label, ...c.synonyms, ...(c.exact ?? []), ...(c.leading ?? [])])
      if (!out.has(foldKey(w))) out.set(foldKey(w), c.label);
  }
  return out;
}
