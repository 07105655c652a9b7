#!/usr/bin/env node
'use strict';
/**
 * `npm run package`: dist/ (a build for a server: TONGHOP_BASE_URL=https://host/path/ npm run build) as one zip to
 * copy into the web server's folder: every file the add-in serves, plus web.config for IIS (docs/deploy/).
 * Source maps and build markers are left out. Refuses a build whose manifest still points at the development server.
 *
 *   node scripts/package-dist.js [--dist DIR] [--out FILE]     (default dist/, out/tonghop-<version>-web.zip)
 */
const fs = require('fs');
const path = require('path');
const JSZip = require('jszip');
const { listFiles } = require('./support/build-outputs');
const { DEV_BASE_URL } = require('./support/base-url');

const ROOT = path.resolve(__dirname, '..');

/** Files of the build that a web server does not need. */
const LEFT_OUT = [/\.map$/, /^\.build-ok\.json$/, /\.LICENSE\.txt$/];

function parseArgs(argv) {
  const version = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
  const args = { dist: path.join(ROOT, 'dist'), out: path.join(ROOT, 'out', `tonghop-${version}-web.zip`) };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--dist') args.dist = path.resolve(argv[++i]);
    else if (argv[i] === '--out') args.out = path.resolve(argv[++i]);
    else throw new Error(`tùy chọn không rõ: ${argv[i]}`);
  }
  return args;
}

/** The zip's entries: [name in the zip, file on disk], sorted by name. */
function packageEntries(distDir) {
  const manifest = path.join(distDir, 'manifest.xml');
  if (!fs.existsSync(manifest)) {
    throw new Error(`Không thấy ${manifest}. Hãy chạy: TONGHOP_BASE_URL=https://<máy chủ>/<thư mục>/ npm run build`);
  }
  if (fs.readFileSync(manifest, 'utf8').includes(DEV_BASE_URL)) {
    throw new Error(
      `${manifest} vẫn trỏ tới máy phát triển (${DEV_BASE_URL}). Hãy build lại cho máy chủ: ` +
        'TONGHOP_BASE_URL=https://<máy chủ>/<thư mục>/ npm run build (docs/trien-khai.md).',
    );
  }
  const entries = listFiles(distDir)
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => !LEFT_OUT.some((re) => re.test(f)))
    .map((f) => [f, path.join(distDir, f)]);
  entries.push(['web.config', path.join(ROOT, 'docs', 'deploy', 'web.config')]);
  return entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

async function writePackage(distDir, outFile) {
  const zip = new JSZip();
  const entries = packageEntries(distDir);
  // A fixed date: the same build gives the same zip.
  const date = new Date(Date.UTC(2026, 0, 1));
  for (const [name, file] of entries) zip.file(name, fs.readFileSync(file), { date, createFolders: false });
  const bytes = await zip.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
  });
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, bytes);
  return { entries: entries.map(([name]) => name), bytes: bytes.length };
}

module.exports = { packageEntries, writePackage };

if (require.main === module) {
  (async () => {
    const args = parseArgs(process.argv.slice(2));
    const { entries, bytes } = await writePackage(args.dist, args.out);
    process.stdout.write(
      `Đã đóng gói ${entries.length} tệp (${(bytes / 1024).toFixed(0)} KB) vào ${path.relative(process.cwd(), args.out)}:\n`,
    );
    for (const e of entries) process.stdout.write(`  ${e}\n`);
  })().catch((e) => {
    process.stderr.write(`Lỗi: ${e.message}\n`);
    process.exitCode = 1;
  });
}
