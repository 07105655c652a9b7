/**
 * The committed icons are exactly what scripts/make-icons.js draws (no hand-edited binaries), and
 * each has the size its name says.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';

const ROOT = path.resolve(__dirname, '..', '..');
const icons = require(path.join(ROOT, 'scripts', 'make-icons.js')) as {
  SIZES: number[];
  renderIcon(size: number): Buffer;
  encodePng(w: number, h: number, rgba: Buffer): Buffer;
};

interface Decoded {
  width: number;
  height: number;
  rgba: Buffer;
}

/** Decodes the PNGs this project writes: 8-bit RGBA, not interlaced, filter type 0 on every row. */
function decodePng(buf: Buffer): Decoded {
  expect(buf.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let pos = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  for (;;) {
    const len = buf.readUInt32BE(pos);
    const type = buf.toString('ascii', pos + 4, pos + 8);
    const data = buf.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      expect([data[8], data[9], data[12]]).toEqual([8, 6, 0]);
    } else if (type === 'IDAT') idat.push(data);
    pos += 12 + len;
    if (type === 'IEND') break;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * 4 + 1;
  expect(raw.length).toBe(stride * height);
  const rgba = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    expect(raw[y * stride]).toBe(0);
    raw.copy(rgba, y * width * 4, y * stride + 1, (y + 1) * stride);
  }
  return { width, height, rgba };
}

describe('assets/icon-*.png', () => {
  it('has the five sizes the manifest and the pane use', () => {
    expect(icons.SIZES).toEqual([16, 32, 64, 80, 128]);
  });

  it.each([16, 32, 64, 80, 128])('icon-%i.png is the drawing of scripts/make-icons.js at that size', (size) => {
    const file = path.join(ROOT, 'assets', `icon-${size}.png`);
    const png = decodePng(fs.readFileSync(file));
    expect([png.width, png.height]).toEqual([size, size]);
    expect(png.rgba.equals(icons.renderIcon(size))).toBe(true);
  });

  it('draws an opaque green square with white in the middle and transparent corners', () => {
    const size = 64;
    const px = icons.renderIcon(size);
    const at = (x: number, y: number) => Array.from(px.subarray((y * size + x) * 4, (y * size + x) * 4 + 4));
    expect(at(0, 0)[3]).toBe(0); // rounded corner
    expect(at(4, size / 2)).toEqual([0x10, 0x7c, 0x41, 255]); // green edge
    const whites: number[][] = [];
    for (let y = 0; y < size; y++)
      for (let x = 0; x < size; x++) if (at(x, y).join() === '255,255,255,255') whites.push([x, y]);
    expect(whites.length).toBeGreaterThan(size * 2); // the bars
  });

  it('round-trips through its own encoder', () => {
    const rgba = icons.renderIcon(16);
    expect(decodePng(icons.encodePng(16, 16, rgba)).rgba.equals(rgba)).toBe(true);
  });
});
