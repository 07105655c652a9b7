/**
 * The matchers of category labels with the office's ways of writing (danh mục nhãn của cơ quan): dossier statuses,
 * staff categories (trình độ, loại cán bộ, lý luận chính trị, quản lý nhà nước) and course types — the shipped
 * wordings of each module's data overlaid by the settings' `labels`, the way fields take their synonyms.
 */
import type { AddedWordings } from '../text/labels';
import { type StatusParser, statusParserWith } from '../tthc/status-labels';
import { type StaffDimension, type StaffSets, staffSetsWith } from '../staff/categories';
import type { CategorySet } from '../staff/category-set';
import { courseTypesWith } from '../training/course-types';
import type { LabelListKey, LabelSynonyms, Settings } from './types';

export interface LabelSets {
  /** Register statuses (trạng thái hồ sơ). */
  status: StatusParser;
  /** Staff categories by dimension. */
  staff: StaffSets;
  /** Course types (loại khóa đào tạo). */
  courses: CategorySet;
}

const STAFF_LISTS: readonly (LabelListKey & StaffDimension)[] = [
  'degree',
  'type',
  'politicalTheory',
  'stateManagement',
];

function build(labels: readonly LabelSynonyms[]): LabelSets {
  const of = (list: LabelListKey): AddedWordings[] =>
    labels.filter((l) => l.list === list).map((l) => ({ label: l.label, synonyms: l.synonyms }));
  return {
    status: statusParserWith(of('status')),
    staff: staffSetsWith(Object.fromEntries(STAFF_LISTS.map((d) => [d, of(d)]))),
    courses: courseTypesWith(of('courseType')),
  };
}

/** The shipped matchers (no settings, or settings that add no way of writing). */
export const SHIPPED_LABEL_SETS: LabelSets = build([]);

const built = new WeakMap<readonly LabelSynonyms[], LabelSets>();

/** The matchers for these settings, built once per settings object (the shipped ones when it adds nothing). */
export function labelSets(settings: Pick<Settings, 'labels'> | null | undefined): LabelSets {
  const labels = settings?.labels ?? [];
  if (labels.length === 0) return SHIPPED_LABEL_SETS;
  let sets = built.get(labels);
  if (sets === undefined) {
    sets = build(labels);
    built.set(labels, sets);
  }
  return sets;
}
