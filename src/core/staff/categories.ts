/**
 * Staff categories (danh mục nhân sự) from data/staff-categories.json: degree (trình độ chuyên môn),
 * staff type (loại), political theory (lý luận chính trị), state management (quản lý nhà nước),
 * gender (giới tính) and party membership (đảng viên), plus the "studying for a degree" notes.
 */
import staffData from './data/staff-categories.json';
import {
  type AddedWordings,
  type CategorySet,
  type CategorySetData,
  createCategorySet,
  withWordings,
} from './category-set';

export type StaffDimension = 'degree' | 'type' | 'politicalTheory' | 'stateManagement' | 'gender' | 'party';

/** Dimensions in the order STAFF tries them when a column's meaning must be guessed. */
export const STAFF_DIMENSIONS: readonly StaffDimension[] = [
  'degree',
  'type',
  'politicalTheory',
  'stateManagement',
  'gender',
  'party',
];

interface DimensionData extends CategorySetData {
  key: string;
  name: string;
}

const dimensions = new Map<string, { name: string; data: DimensionData; set: CategorySet }>();
for (const d of staffData.dimensions as DimensionData[])
  dimensions.set(d.key, { name: d.name, data: d, set: createCategorySet(d) });

for (const key of STAFF_DIMENSIONS) {
  if (!dimensions.has(key)) throw new Error(`staff-categories.json: thiếu nhóm "${key}"`);
}

/** The category set of one dimension. */
export function staffCategories(dim: StaffDimension): CategorySet {
  return dimensions.get(dim)!.set;
}

/** The shipped data of one dimension (its labels and their wordings). */
export function staffCategoryData(dim: StaffDimension): CategorySetData {
  return dimensions.get(dim)!.data;
}

/** The category set of each dimension: the shipped lists, or those with the office's ways of writing. */
export type StaffSets = (dim: StaffDimension) => CategorySet;

/** The shipped category sets. */
export const SHIPPED_STAFF_SETS: StaffSets = staffCategories;

/** The category sets with the office's ways of writing added to some dimensions (the others stay shipped). */
export function staffSetsWith(added: Partial<Record<StaffDimension, readonly AddedWordings[]>>): StaffSets {
  const sets = new Map<StaffDimension, CategorySet>();
  for (const [dim, words] of Object.entries(added) as [StaffDimension, readonly AddedWordings[]][]) {
    if (words.length > 0) sets.set(dim, createCategorySet(withWordings(dimensions.get(dim)!.data, words)));
  }
  return (dim) => sets.get(dim) ?? staffCategories(dim);
}

/** Vietnamese name of a dimension, e.g. `Trình độ chuyên môn`, for messages. */
export function dimensionName(dim: StaffDimension): string {
  return dimensions.get(dim)!.name;
}

/** Label of a party member in the party dimension. */
export const PARTY_MEMBER = 'Đảng viên';
/** Label of a woman in the gender dimension. */
export const FEMALE = 'Nữ';

const studying = createCategorySet(staffData.studying);

/** The degree someone is studying for, read from a note (`đang học Tiến sĩ`, `NCS` → Tiến sĩ); null when none. */
export function studyingFor(note: string): string | null {
  return studying.match(note);
}
