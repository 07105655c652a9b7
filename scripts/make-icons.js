#!/usr/bin/env node
'use strict';
/**
 * Draws the add-in icons (assets/icon-<size>.png) with plain Node: a green rounded square
 * (Excel green) holding a white three-bar chart on a baseline. Pure geometry, rendered with
 * 8×8 supersampling for anti-aliasing, written as 8-bit RGBA PNG through zlib.
 *
 *   node scripts/make-icons.js            # writes assets/icon-{16,32,64,80,128}.png
 *   node scripts/make-icons.js --out DIR  # writes into DIR instead
 *
 * The output is deterministic: the same script gives the same pixels (tests decode the
 * committed PNGs and compare them with renderIcon()).
 */
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { crc32 } = require('./support/crc32');

const SIZES = [16, 32, 64, 80, 128];
const SUPERSAMPLE = 8;
const GREEN = [0x10, 0x7c, 0x41]; // Excel brand green
const WHITE = [0xff, 0xff, 0xff];

/**
 * The drawing in unit coordinates (0..1, y down). Each shape answers "is this point inside?".
 * Bars and baseline are snapped to the pixel grid of the target size so that small icons stay crisp.
 */
function shapesFor(size) {
  const snap = (v) => Math.round(v * size) / size;
  const margin = size <= 16 ? 0 : 1 / 32; // a hair of transparent edge on larger icons
  const radius = 0.2;
  const bg = { x0: margin, y0: margin, x1: 1 - margin, y1: 1 - margin, r: radius - margin };

  const base = { x0: snap(0.2), x1: snap(0.8), y0: snap(0.74), y1: snap(0.74) + Math.max(1 / size, snap(0.06)) };
  const barW = Math.max(2 / size, snap(0.14));
  const gap = (base.x1 - base.x0 - 3 * barW) / 2;
  const tops = [0.5, 0.36, 0.2];
  const bars = tops.map((top, i) => {
    const x0 = snap(base.x0 + i * (barW + gap));
    return { x0, x1: x0 + barW, y0: snap(top), y1: base.y0 };
  });
  return { bg, rects: [base, ...bars] };
}

function insideRoundedRect(x, y, r) {
  if (x < r.x0 || x > r.x1 || y < r.y0 || y > r.y1) return false;
  const cx = Math.min(Math.max(x, r.x0 + r.r), r.x1 - r.r);
  const cy = Math.min(Math.max(y, r.y0 + r.r), r.y1 - r.r);
  const dx = x - cx;
  const dy = y - cy;
  return dx * dx + dy * dy <= r.r * r.r;
}

function insideRect(x, y, r) {
  return x >= r.x0 && x < r.x1 && y >= r.y0 && y < r.y1;
}

/** Renders one icon as straight (non-premultiplied) RGBA, row-major, size×size×4 bytes. */
function renderIcon(size) {
  const { bg, rects } = shapesFor(size);
  const out = Buffer.alloc(size * size * 4);
  const n = SUPERSAMPLE * SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let cover = 0; // samples inside the background
      let white = 0; // samples inside background and a white shape
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
          if (!insideRoundedRect(x, y, bg)) continue;
          cover++;
          if (rects.some((r) => insideRect(x, y, r))) white++;
        }
      }
      const o = (py * size + px) * 4;
      if (cover === 0) continue; // fully transparent
      const t = white / cover;
      for (let c = 0; c < 3; c++) out[o + c] = Math.round(GREEN[c] * (1 - t) + WHITE[c] * t);
      out[o + 3] = Math.round((255 * cover) / n);
    }
  }
  return out;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** Encodes straight RGBA pixels as a PNG (colour type 6, bit depth 8, filter 0 on every row). */
function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  ihdr[10] = 0; // deflate
  ihdr[11] = 0; // adaptive filtering
  ihdr[12] = 0; // no interlace
  const raw = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function main(argv) {
  const i = argv.indexOf('--out');
  const outDir = i >= 0 ? path.resolve(argv[i + 1] || '') : path.join(__dirname, '..', 'assets');
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, size, renderIcon(size)));
    process.stdout.write(`Đã ghi ${path.relative(process.cwd(), file) || file} (${size}×${size})\n`);
  }
}

module.exports = { SIZES, renderIcon, encodePng, crc32 };

if (require.main === module) main(process.argv.slice(2));
