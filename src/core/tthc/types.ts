/**
 * Counts of dossiers (hồ sơ) for one unit, field or period, in the columns of Biểu II.06a.
 * Identities: received = online + inPerson + carriedOver; resolved = early + onTime + late;
 * received = resolved + pending; pendingOverdue ≤ pending.
 */
import data from './data/tthc-columns.json';

export interface TthcCounts {
  /** Tổng số hồ sơ nhận giải quyết. */
  received: number;
  /** Trực tuyến (new in the period). */
  online: number;
  /** Trực tiếp, dịch vụ bưu chính (new in the period). */
  inPerson: number;
  /** Từ kỳ trước chuyển sang. */
  carriedOver: number;
  /** Đã giải quyết. */
  resolved: number;
  /** Trước hạn. */
  early: number;
  /** Đúng hạn. */
  onTime: number;
  /** Quá hạn. */
  late: number;
  /** Đang giải quyết (trong hạn + quá hạn). */
  pending: number;
  /** Đang giải quyết — quá hạn. */
  pendingOverdue: number;
}

/** The kept figures in the order written: the figure columns of tthc-columns.json but those marked `kept: false`. */
export const COUNT_KEYS: readonly (keyof TthcCounts)[] = (
  data.columns as { key: string; heading?: string; kept?: boolean }[]
)
  .filter((c) => c.heading !== undefined && c.kept !== false)
  .map((c) => c.key as keyof TthcCounts);

export interface TthcSummary extends TthcCounts {
  /** Counts per field of procedures (lĩnh vực), keyed by the field's name as written (NFC, trimmed). */
  byField: Record<string, TthcCounts>;
}

/**
 * Where one dossier stands for a period (kết quả xử lý hồ sơ trong kỳ).
 * `outOfPeriod`: received after the period or resolved before it, so it is not counted.
 */
export type DossierOutcome = 'early' | 'onTime' | 'late' | 'pendingWithin' | 'pendingOverdue' | 'outOfPeriod';

/** How the dossier was submitted (hình thức tiếp nhận). */
export type Channel = 'online' | 'inPerson';

export function emptyCounts(): TthcCounts {
  return {
    received: 0,
    online: 0,
    inPerson: 0,
    carriedOver: 0,
    resolved: 0,
    early: 0,
    onTime: 0,
    late: 0,
    pending: 0,
    pendingOverdue: 0,
  };
}

/** Adds b into a (mutates and returns a). */
export function addCounts(a: TthcCounts, b: TthcCounts): TthcCounts {
  for (const k of COUNT_KEYS) a[k] += b[k];
  return a;
}
