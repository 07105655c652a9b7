'use strict';
/**
 * The files a webpack build of this project writes into its output directory, worked out from the
 * webpack config itself (entries and plugin options) without running webpack. Used by
 * validate-manifest.js to check the manifest's URLs before anything is built.
 *
 * Returns a Map: output path (posix, relative to output.path) → source file it is copied from, or null
 * when webpack generates it.
 */
const fs = require('fs');
const path = require('path');

function listFiles(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(p).map((f) => path.join(entry.name, f)));
    else if (entry.isFile()) out.push(entry.name);
  }
  return out;
}

const posix = (p) => p.split(path.sep).join('/');

/** Loads webpack.config.js (object or function) the way webpack-cli would for a production build. */
function loadWebpackConfig(configPath) {
  const exported = require(path.resolve(configPath));
  const config = typeof exported === 'function' ? exported({}, { mode: 'production' }) : exported;
  if (Array.isArray(config)) throw new Error('webpack.config.js trả về nhiều cấu hình; chưa hỗ trợ');
  return config;
}

function declaredOutputs(config) {
  const context = config.context || process.cwd();
  const outputs = new Map();
  const problems = [];

  const filename = (config.output && config.output.filename) || '[name].js';
  if (typeof filename !== 'string' || /\[(?!name\])[^\]]+\]/.test(filename)) {
    problems.push(`output.filename "${filename}" có mẫu ngoài [name]; không biết trước tên tệp`);
  } else {
    const entries = typeof config.entry === 'object' && config.entry !== null ? Object.keys(config.entry) : ['main'];
    for (const name of entries) outputs.set(filename.replace('[name]', name), null);
  }

  for (const plugin of config.plugins || []) {
    const kind = plugin && plugin.constructor && plugin.constructor.name;
    if (plugin && typeof plugin.declaredOutputs === 'function') {
      for (const f of plugin.declaredOutputs()) outputs.set(f, null);
    } else if (kind === 'CustomFunctionsMetadataPlugin') {
      outputs.set(plugin.options.output, null);
    } else if (kind === 'HtmlWebpackPlugin') {
      const opts = plugin.userOptions || plugin.options || {};
      outputs.set(opts.filename || 'index.html', null);
    } else if (kind === 'CopyPlugin' || kind === 'CopyWebpackPlugin') {
      for (const pattern of plugin.patterns || []) {
        const p = typeof pattern === 'string' ? { from: pattern } : pattern;
        const from = path.resolve(context, p.from);
        if (!fs.existsSync(from)) {
          problems.push(`copy-webpack-plugin: không thấy "${p.from}"`);
          continue;
        }
        if (fs.statSync(from).isDirectory()) {
          const to = p.to ? posix(p.to).replace(/\/$/, '') : '';
          for (const f of listFiles(from)) outputs.set(posix(to ? path.join(to, f) : f), path.join(from, f));
        } else {
          const to = p.to ? posix(p.to) : path.basename(from);
          outputs.set(to.endsWith('/') ? to + path.basename(from) : to, from);
        }
      }
    }
  }
  return { outputs, problems, outputPath: config.output && config.output.path };
}

module.exports = { declaredOutputs, loadWebpackConfig, listFiles };
