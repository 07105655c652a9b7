/**
 * Similarity of two folded phrases, for matching header wordings by meaning.
 *
 * Scale: 1 = same words; 0.5–0.9 = one is a whole-word phrase inside the other, more the larger
 * the share it covers ("Ngày nhận" in "Ngày nhận hồ sơ"); below 0.7 = shared words only
 * (Dice ≥ 0.5). Whole words only: "da giai quyet" is not inside "dang giai quyet".
 */
import { foldKey } from './normalize';

export interface Phrase {
  /** foldKey of the text. */
  key: string;
  /** Key with a space at each end, so `includes` finds whole-word phrases. */
  padded: string;
  /** Number of words (with repeats). */
  words: number;
  /** Distinct words. */
  tokens: ReadonlySet<string>;
}

/** Folds a text into a phrase; null when nothing is left (blank or punctuation only). */
export function phrase(text: string): Phrase | null {
  const key = foldKey(text);
  if (key === '') return null;
  const list = key.split(' ');
  return { key, padded: ` ${key} `, words: list.length, tokens: new Set(list) };
}

export function phraseScore(text: Phrase, name: Phrase): number {
  if (text.key === name.key) return 1;
  let best = 0;
  if (text.padded.includes(name.padded)) best = 0.5 + (0.4 * name.words) / text.words;
  else if (name.padded.includes(text.padded)) best = 0.5 + (0.35 * text.words) / name.words;
  let common = 0;
  for (const t of name.tokens) if (text.tokens.has(t)) common++;
  const dice = (2 * common) / (text.tokens.size + name.tokens.size);
  if (dice >= 0.5 && 0.7 * dice > best) best = 0.7 * dice;
  return best;
}

/** Best score of a text against any of several names. */
export function bestScore(text: Phrase, names: readonly Phrase[]): number {
  let best = 0;
  for (const n of names) {
    const s = phraseScore(text, n);
    if (s > best) {
      best = s;
      if (s === 1) break;
    }
  }
  return best;
}
