#!/usr/bin/env node
'use strict';
/**
 * Offline validation of the add-in manifest (`npm run validate`).
 *
 *   node scripts/validate-manifest.js [manifest.xml] [--dist DIR] [--config webpack.config.js] [--no-dist]
 *
 * 1. Well-formedness with `xmllint --noout --nonet` (package libxml2-utils).
 * 2. Microsoft's XSD (schemas/office/, `xmllint --schema`), then the rules it cannot express: GUID Id, 4-part Version, locales and overrides, every resid defined (and of the right
 *    kind), https URLs on a single origin, shared runtime wiring, TTHC namespace, custom-functions
 *    files, ribbon button (see scripts/support/manifest-check.js).
 * 3. Every URL path is a file the build emits: always against the outputs declared by
 *    webpack.config.js, and also against DIR (default dist/) when it exists; icon sizes are read
 *    from the PNG files.
 * Exit status 0 when valid, 1 on any error, 2 on a usage error.
 * The online check by Microsoft's service stays available as `npm run validate:online`.
 */
const fs = require('fs');
const path = require('path');
const { checkManifest, checkWellFormed } = require('./support/manifest-check');
const { declaredOutputs, loadWebpackConfig, listFiles } = require('./support/build-outputs');
const { manifestForBase } = require('./support/base-url');

/** The base URL a built manifest was made for: the folder of its task pane page. */
function baseOf(manifestText) {
  const m = /<DefaultSettings>\s*<SourceLocation DefaultValue="([^"]+)"/.exec(manifestText);
  return m ? m[1].replace(/[^/]*$/, '') : '';
}

function parseArgs(argv) {
  const args = { manifest: 'manifest.xml', dist: undefined, config: 'webpack.config.js', useDist: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--dist') args.dist = argv[++i];
    else if (a === '--config') args.config = argv[++i];
    else if (a === '--no-dist') args.useDist = false;
    else if (a === '-h' || a === '--help') args.help = true;
    else if (a.startsWith('-')) throw new Error(`tùy chọn không rõ: ${a}`);
    else args.manifest = a;
  }
  if (args.dist === null || args.config === undefined) throw new Error('thiếu giá trị cho tùy chọn');
  return args;
}

/** Runs every check; returns { errors, warnings, notes } (notes: what was checked). */
function validate(args) {
  const errors = [];
  const warnings = [];
  const notes = [];
  const manifestPath = path.resolve(args.manifest);
  if (!fs.existsSync(manifestPath)) {
    errors.push({ code: 'NO_MANIFEST', message: `Không thấy ${args.manifest}` });
    return { errors, warnings, notes };
  }

  const wf = checkWellFormed(manifestPath);
  if (wf) errors.push(wf);
  else notes.push('XML đúng cú pháp (xmllint)');

  const text = fs.readFileSync(manifestPath, 'utf8');

  let declared;
  try {
    const config = loadWebpackConfig(args.config);
    const d = declaredOutputs(config);
    for (const p of d.problems) errors.push({ code: 'WEBPACK_CONFIG', message: p });
    declared = d.outputs;
    notes.push(`đối chiếu URL với ${declared.size} tệp mà ${args.config} khai báo`);
  } catch (e) {
    errors.push({ code: 'WEBPACK_CONFIG', message: `Không đọc được ${args.config}: ${e.message}` });
  }

  const main = checkManifest(text, { outputs: declared, outputsLabel: args.config });
  errors.push(...main.errors);
  if (!main.errors.some((e) => e.code === 'SCHEMA' || e.code.startsWith('XMLLINT')))
    notes.push('đúng lược đồ XSD của Microsoft (schemas/office/, xmllint --schema)');
  warnings.push(...main.warnings);
  if (main.origins && main.origins.length === 1) notes.push(`mọi URL dùng https và cùng máy chủ ${main.origins[0]}`);

  const distDir = args.dist !== undefined ? path.resolve(args.dist) : path.resolve('dist');
  if (args.useDist && fs.existsSync(distDir)) {
    const outputs = new Map(listFiles(distDir).map((f) => [f.split(path.sep).join('/'), path.join(distDir, f)]));
    const label = `${path.relative(process.cwd(), distDir) || distDir}/`;
    const built = checkManifest(text, { outputs, outputsLabel: label });
    errors.push(...built.errors.filter((e) => e.code === 'FILE_MISSING' || e.code.startsWith('ICON_')));
    notes.push(`đối chiếu URL với ${outputs.size} tệp trong ${label}`);
    const copied = path.join(distDir, path.basename(manifestPath));
    const copiedText = fs.existsSync(copied) ? fs.readFileSync(copied, 'utf8') : undefined;
    // A build for a server (TONGHOP_BASE_URL) moves the URLs; anything else that differs is a stale build.
    if (copiedText !== undefined && copiedText !== text && copiedText !== manifestForBase(text, baseOf(copiedText))) {
      warnings.push({
        code: 'DIST_STALE',
        message: `${label}${path.basename(manifestPath)} khác ${args.manifest}: chạy lại npm run build`,
      });
    }
  } else if (args.dist !== undefined && args.useDist) {
    errors.push({ code: 'NO_DIST', message: `Không thấy thư mục ${args.dist}` });
  }
  return { errors, warnings, notes };
}

function main() {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`Lỗi: ${e.message}\n`);
    process.exitCode = 2;
    return;
  }
  if (args.help) {
    process.stdout.write(
      'Cách dùng: node scripts/validate-manifest.js [manifest.xml] [--dist DIR] [--config webpack.config.js] [--no-dist]\n',
    );
    return;
  }
  process.stdout.write(`Kiểm tra ${args.manifest} (không cần mạng)…\n`);
  const { errors, warnings, notes } = validate(args);
  for (const w of warnings) process.stdout.write(`⚠ ${w.message}\n`);
  if (errors.length > 0) {
    for (const e of errors) process.stderr.write(`✘ [${e.code}] ${e.message}\n`);
    process.stderr.write(`${args.manifest} KHÔNG hợp lệ: ${errors.length} lỗi.\n`);
    process.exitCode = 1;
    return;
  }
  for (const n of notes) process.stdout.write(`✔ ${n}\n`);
  process.stdout.write(`${args.manifest} hợp lệ.\n`);
}

module.exports = { validate, parseArgs };

if (require.main === module) main();
