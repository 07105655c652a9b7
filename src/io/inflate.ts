/**
 * A small raw-DEFLATE (RFC 1951) decoder with a hard cap on output, in the manner of zlib's puff.c.
 * Used only to look inside zip entries BEFORE the spreadsheet library unpacks them (a sheet's
 * `<dimension>`, an ODS `content.xml`), so a hostile entry can never make us allocate more than `maxOut`.
 * Pure TypeScript, synchronous, no Node APIs (it runs in the task pane's Web Worker too).
 */

export class InflateError extends Error {}

export interface InflateResult {
  out: Uint8Array;
  /** True when the final block ended; false when decoding stopped because `maxOut` was reached. */
  complete: boolean;
}

const MAXBITS = 15;
const LBASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LEXT = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DBASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
const DEXT = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
const CLORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/** Canonical Huffman code: count of codes per length, symbols ordered by code. */
interface Huffman {
  count: Uint16Array;
  symbol: Uint16Array;
}

function buildHuffman(lengths: ArrayLike<number>, n: number): Huffman {
  const count = new Uint16Array(MAXBITS + 1);
  const symbol = new Uint16Array(n);
  for (let s = 0; s < n; s++) count[lengths[s]]++;
  if (count[0] === n) return { count, symbol }; // no codes: only valid if never used
  let left = 1;
  for (let len = 1; len <= MAXBITS; len++) {
    left <<= 1;
    left -= count[len];
    if (left < 0) throw new InflateError('over-subscribed Huffman code');
  }
  const offs = new Uint16Array(MAXBITS + 1);
  for (let len = 1; len < MAXBITS; len++) offs[len + 1] = offs[len] + count[len];
  for (let s = 0; s < n; s++) if (lengths[s] !== 0) symbol[offs[lengths[s]]++] = s;
  return { count, symbol };
}

let FIXED: { lit: Huffman; dist: Huffman } | null = null;
function fixedTables(): { lit: Huffman; dist: Huffman } {
  if (!FIXED) {
    const l = new Uint8Array(288);
    for (let s = 0; s < 144; s++) l[s] = 8;
    for (let s = 144; s < 256; s++) l[s] = 9;
    for (let s = 256; s < 280; s++) l[s] = 7;
    for (let s = 280; s < 288; s++) l[s] = 8;
    const d = new Uint8Array(30).fill(5);
    FIXED = { lit: buildHuffman(l, 288), dist: buildHuffman(d, 30) };
  }
  return FIXED;
}

/** Stops decoding once the output cap is reached. */
class CapReached {}

export function inflateRaw(input: Uint8Array, maxOut: number): InflateResult {
  let pos = 0;
  let bitbuf = 0;
  let bitcnt = 0;
  let out = new Uint8Array(Math.max(1, Math.min(maxOut, 65536)));
  let outLen = 0;

  const need = (n: number): number => {
    let val = bitbuf;
    while (bitcnt < n) {
      if (pos >= input.length) throw new InflateError('unexpected end of compressed data');
      val |= input[pos++] << bitcnt;
      bitcnt += 8;
    }
    bitbuf = val >>> n;
    bitcnt -= n;
    return val & ((1 << n) - 1);
  };

  const put = (byte: number): void => {
    if (outLen >= maxOut) throw new CapReached();
    if (outLen === out.length) {
      const bigger = new Uint8Array(Math.min(maxOut, out.length * 2));
      bigger.set(out);
      out = bigger;
    }
    out[outLen++] = byte;
  };

  const decode = (h: Huffman): number => {
    let code = 0;
    let first = 0;
    let index = 0;
    for (let len = 1; len <= MAXBITS; len++) {
      code |= need(1);
      const count = h.count[len];
      if (code - count < first) return h.symbol[index + (code - first)];
      index += count;
      first += count;
      first <<= 1;
      code <<= 1;
    }
    throw new InflateError('invalid Huffman code');
  };

  const codes = (lit: Huffman, dist: Huffman): void => {
    for (;;) {
      let sym = decode(lit);
      if (sym < 256) put(sym);
      else if (sym === 256) return;
      else {
        sym -= 257;
        if (sym >= 29) throw new InflateError('invalid length symbol');
        const len = LBASE[sym] + need(LEXT[sym]);
        const ds = decode(dist);
        if (ds >= 30) throw new InflateError('invalid distance symbol');
        const d = DBASE[ds] + need(DEXT[ds]);
        if (d > outLen) throw new InflateError('distance too far back');
        for (let i = 0; i < len; i++) put(out[outLen - d]);
      }
    }
  };

  const stored = (): void => {
    bitbuf = 0;
    bitcnt = 0;
    if (pos + 4 > input.length) throw new InflateError('unexpected end of compressed data');
    const len = input[pos] | (input[pos + 1] << 8);
    const nlen = input[pos + 2] | (input[pos + 3] << 8);
    pos += 4;
    if (len !== (~nlen & 0xffff)) throw new InflateError('stored block length mismatch');
    if (pos + len > input.length) throw new InflateError('unexpected end of compressed data');
    for (let i = 0; i < len; i++) put(input[pos++]);
  };

  const dynamic = (): void => {
    const nlen = need(5) + 257;
    const ndist = need(5) + 1;
    const ncode = need(4) + 4;
    if (nlen > 286 || ndist > 30) throw new InflateError('bad counts');
    const lengths = new Uint8Array(nlen + ndist);
    const cl = new Uint8Array(19);
    for (let i = 0; i < ncode; i++) cl[CLORDER[i]] = need(3);
    const lencode = buildHuffman(cl, 19);
    let index = 0;
    while (index < nlen + ndist) {
      let sym = decode(lencode);
      if (sym < 16) lengths[index++] = sym;
      else {
        let len = 0;
        if (sym === 16) {
          if (index === 0) throw new InflateError('repeat with no first length');
          len = lengths[index - 1];
          sym = 3 + need(2);
        } else if (sym === 17) sym = 3 + need(3);
        else sym = 11 + need(7);
        if (index + sym > nlen + ndist) throw new InflateError('too many lengths');
        while (sym--) lengths[index++] = len;
      }
    }
    if (lengths[256] === 0) throw new InflateError('no end-of-block code');
    codes(buildHuffman(lengths.subarray(0, nlen), nlen), buildHuffman(lengths.subarray(nlen), ndist));
  };

  try {
    let last = 0;
    do {
      last = need(1);
      const type = need(2);
      if (type === 0) stored();
      else if (type === 1) codes(fixedTables().lit, fixedTables().dist);
      else if (type === 2) dynamic();
      else throw new InflateError('invalid block type');
    } while (!last);
  } catch (e) {
    if (e instanceof CapReached) return { out: out.subarray(0, outLen), complete: false };
    throw e;
  }
  return { out: out.subarray(0, outLen), complete: true };
}
