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
  /** Input bytes the decoder used (a partly used last byte counts). */
  consumed: number;
}

const MAXBITS = 15;
const LBASE = [
  3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258,
];
const LEXT = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DBASE = [
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
  8193, 12289, 16385, 24577,
];
const DEXT = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
const CLORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/** Codes up to this many bits are decoded with one table lookup; longer ones bit by bit. */
const FAST_BITS = 10;
const FAST_MASK = (1 << FAST_BITS) - 1;

/**
 * Canonical Huffman code: count of codes per length, symbols ordered by code, and a lookup table indexed by the
 * next FAST_BITS input bits (as read, least significant first) giving (symbol << 4) | length, 0 for longer codes.
 */
interface Huffman {
  count: Uint16Array;
  symbol: Uint16Array;
  fast: Int32Array;
}

function buildHuffman(lengths: ArrayLike<number>, n: number): Huffman {
  const count = new Uint16Array(MAXBITS + 1);
  const symbol = new Uint16Array(n);
  const fast = new Int32Array(1 << FAST_BITS);
  for (let s = 0; s < n; s++) count[lengths[s]]++;
  if (count[0] === n) return { count, symbol, fast }; // no codes: only valid if never used
  let left = 1;
  for (let len = 1; len <= MAXBITS; len++) {
    left <<= 1;
    left -= count[len];
    if (left < 0) throw new InflateError('over-subscribed Huffman code');
  }
  const offs = new Uint16Array(MAXBITS + 1);
  for (let len = 1; len < MAXBITS; len++) offs[len + 1] = offs[len] + count[len];
  for (let s = 0; s < n; s++) if (lengths[s] !== 0) symbol[offs[lengths[s]]++] = s;
  // Canonical codes (RFC 1951 §3.2.2), bit-reversed into the lookup table.
  const next = new Uint16Array(MAXBITS + 2);
  let code = 0;
  count[0] = 0;
  for (let len = 1; len <= MAXBITS; len++) {
    code = (code + count[len - 1]) << 1;
    next[len] = code;
  }
  count[0] = n - count.reduce((a, c, i) => (i === 0 ? a : a + c), 0);
  for (let s = 0; s < n; s++) {
    const len = lengths[s];
    if (len === 0) continue;
    const c = next[len]++;
    if (len > FAST_BITS) continue;
    let rev = 0;
    for (let i = 0; i < len; i++) rev |= ((c >> i) & 1) << (len - 1 - i);
    for (let k = rev; k < 1 << FAST_BITS; k += 1 << len) fast[k] = (s << 4) | len;
  }
  return { count, symbol, fast };
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

/** Size of the sliding window kept for back-references: twice DEFLATE's 32 KiB, so a full half can be handed out. */
const WINDOW = 65536;
const HALF = WINDOW >> 1;

export interface ScanResult {
  /** Bytes produced (at most `maxOut`). */
  total: number;
  /** True when the final block ended; false when decoding stopped because `maxOut` was reached or `onChunk` said stop. */
  complete: boolean;
  /** Input bytes used (a partly used last byte counts). */
  consumed: number;
}

/**
 * Decodes raw DEFLATE without keeping the output: bytes go through a 64 KiB window and are handed to `onChunk`
 * in pieces of at most 32 KiB (the piece is only valid during the call). Memory stays at the window whatever the
 * output size, so a caller can measure or scan an entry of any declared size. Decoding stops after `maxOut` bytes,
 * or when `onChunk` returns false. Corrupt or truncated data throws InflateError.
 */
export function inflateRawScan(
  input: Uint8Array,
  maxOut: number,
  onChunk?: (chunk: Uint8Array) => boolean | void,
): ScanResult {
  let pos = 0;
  let bitbuf = 0;
  let bitcnt = 0;
  const win = new Uint8Array(WINDOW);
  let total = 0;
  /** Bytes already handed to `onChunk` (always a multiple of HALF until the end, so a piece never wraps). */
  let handed = 0;
  let stopped = false;

  const flush = (): void => {
    if (total === handed) return;
    const start = handed & (WINDOW - 1);
    const piece = win.subarray(start, start + (total - handed));
    handed = total;
    if (onChunk && onChunk(piece) === false) stopped = true;
  };

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
    if (total >= maxOut) throw new CapReached();
    win[total & (WINDOW - 1)] = byte;
    total++;
    if ((total & (HALF - 1)) === 0) {
      flush();
      if (stopped) throw new CapReached();
    }
  };

  /** Bit by bit, for codes longer than FAST_BITS (and to report bad or missing input precisely). */
  const slowDecode = (h: Huffman): number => {
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

  const decode = (h: Huffman): number => {
    // Keep at least 25 bits buffered when the input has them, so a table lookup sees the whole code.
    while (bitcnt <= 24 && pos < input.length) {
      bitbuf |= input[pos++] << bitcnt;
      bitcnt += 8;
    }
    const e = h.fast[bitbuf & FAST_MASK];
    const len = e & 15;
    if (e !== 0 && len <= bitcnt) {
      bitbuf >>>= len;
      bitcnt -= len;
      return e >> 4;
    }
    return slowDecode(h);
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
        if (d > total) throw new InflateError('distance too far back');
        for (let i = 0; i < len; i++) {
          if (total >= maxOut) throw new CapReached();
          win[total & (WINDOW - 1)] = win[(total - d) & (WINDOW - 1)];
          total++;
          if ((total & (HALF - 1)) === 0) {
            flush();
            if (stopped) throw new CapReached();
          }
        }
      }
    }
  };

  const stored = (): void => {
    // Skip to the byte boundary; whole bytes the fast decoder read ahead go back to the input.
    pos -= bitcnt >> 3;
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

  let complete = false;
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
    complete = true;
  } catch (e) {
    if (!(e instanceof CapReached)) throw e;
  }
  if (!stopped) flush();
  return { total, complete, consumed: pos - (bitcnt >> 3) };
}

/** Decodes raw DEFLATE into memory, at most `maxOut` bytes. Corrupt or truncated data throws InflateError. */
export function inflateRaw(input: Uint8Array, maxOut: number): InflateResult {
  let out = new Uint8Array(Math.max(1, Math.min(maxOut, HALF)));
  let outLen = 0;
  const r = inflateRawScan(input, maxOut, (chunk) => {
    if (outLen + chunk.length > out.length) {
      const bigger = new Uint8Array(Math.min(maxOut, Math.max(out.length * 2, outLen + chunk.length)));
      bigger.set(out.subarray(0, outLen));
      out = bigger;
    }
    out.set(chunk, outLen);
    outLen += chunk.length;
  });
  return { out: out.subarray(0, outLen), complete: r.complete, consumed: r.consumed };
}
