/**
 * UTF-8 for the byte scanner: checking a range of a part's bytes (what a fatal TextDecoder refuses) and turning a
 * checked range into text. The sheet scanner decodes only the text that becomes a value; every other byte it reads
 * must be ASCII, so a part it reads is valid UTF-8 as a whole exactly when each range it decodes is.
 * Browser-safe: the decoder is pluggable (TextDecoder by default, Node's Buffer in the CLI).
 */

/**
 * Whether bytes[from, to) are valid UTF-8 as the WHATWG decoder judges it: no stray continuation byte, no overlong
 * form, no surrogate, nothing past U+10FFFF, no sequence cut short by `to`.
 */
export function isValidUtf8(bytes: Uint8Array, from: number, to: number): boolean {
  let i = from;
  while (i < to) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    } else return false;
    if (i + need >= to) return false;
    const b1 = bytes[i + 1];
    if (b1 < lo || b1 > hi) return false;
    for (let k = 2; k <= need; k++) {
      const bk = bytes[i + k];
      if (bk < 0x80 || bk > 0xbf) return false;
    }
    i += need + 1;
  }
  return true;
}

/**
 * Text of bytes[start, end) of one part, already checked to be valid UTF-8; a leading U+FEFF is kept (it is a
 * character of the value there, not the part's byte order mark). Made once per part.
 */
export type Utf8Slicer = (bytes: Uint8Array) => (start: number, end: number) => string;

const keepBom = new TextDecoder('utf-8', { ignoreBOM: true });

const standardSlicer: Utf8Slicer = (bytes) => (start, end) => keepBom.decode(bytes.subarray(start, end));

let slicer: Utf8Slicer = standardSlicer;

/** The CLI installs Node's Buffer decoding; the pane's worker keeps TextDecoder. */
export function useUtf8Slicer(fn: Utf8Slicer | null): void {
  slicer = fn ?? standardSlicer;
}

export function utf8Slicer(bytes: Uint8Array): (start: number, end: number) => string {
  return slicer(bytes);
}
