import type { TthcCounts } from './types';

/** A share of a whole; null when the whole is zero (the report then writes no percentage). */
export type Ratio = number | null;

function share(part: number, whole: number): Ratio {
  return whole > 0 ? part / whole : null;
}

/** Tỷ lệ giải quyết đúng hạn và trước hạn: (early + onTime) / resolved. */
export const onTimeRate = (c: TthcCounts): Ratio => share(c.early + c.onTime, c.resolved);
/** Tỷ lệ trước hạn, of resolved. */
export const earlyRate = (c: TthcCounts): Ratio => share(c.early, c.resolved);
/** Tỷ lệ đúng hạn (not counting early), of resolved. */
export const strictOnTimeRate = (c: TthcCounts): Ratio => share(c.onTime, c.resolved);
/** Tỷ lệ quá hạn, of resolved. */
export const lateRate = (c: TthcCounts): Ratio => share(c.late, c.resolved);
/** Tỷ lệ tiếp nhận trực tuyến: online / new dossiers of the period (online + in person). */
export const onlineRate = (c: TthcCounts): Ratio => share(c.online, c.online + c.inPerson);
