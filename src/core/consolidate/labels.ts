import { cleanText, foldKey } from '../text/normalize';

/**
 * Groups labels that differ only in case, diacritics, Unicode form or punctuation
 * (`Sở hữu trí tuệ`, `SỞ HỮU TRÍ TUỆ`, `So huu tri tue`) and shows them with the first spelling seen.
 */
export class LabelIndex {
  private readonly byKey = new Map<string, string>();

  /** The display label for `label`: the first spelling seen with the same folded key. */
  label(label: string): string {
    const clean = cleanText(label);
    const key = foldKey(clean) || clean;
    const seen = this.byKey.get(key);
    if (seen !== undefined) return seen;
    this.byKey.set(key, clean);
    return clean;
  }
}

/** Adds the counts of `source` into `target` under their display labels (mutates target). */
export function addByLabel(
  target: Record<string, number>,
  source: Readonly<Record<string, number>>,
  labels: LabelIndex,
): void {
  for (const [k, n] of Object.entries(source)) {
    const label = labels.label(k);
    target[label] = (target[label] ?? 0) + n;
  }
}
