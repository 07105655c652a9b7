'use strict';
/**
 * Bundles the compiled CLI (lib/, from `tsc -p tsconfig.cli.json`) into two files:
 *   lib/bundle/tonghop.js       what bin/tonghop.js runs (src/cli/bundle-entry.ts)
 *   lib/bundle/parse-worker.js  what each reading worker runs (src/cli/parse-worker.ts)
 * A run then loads two files instead of about 150 modules: resolving, reading and compiling them one by one was
 * about half of the CLI's start-up CPU (main thread and each worker). Packages from node_modules (SheetJS, the Word
 * libraries) stay outside, loaded from node_modules only when a run needs them, as before. Not minified: stack
 * traces in an error report keep the source's names.
 */
const path = require('path');

module.exports = () => {
  const lib = path.resolve(process.env.TONGHOP_LIB || path.join(__dirname, 'lib'));
  return {
    mode: 'production',
    target: 'node',
    context: lib,
    entry: {
      tonghop: './cli/bundle-entry.js',
      'parse-worker': './cli/parse-worker.js',
    },
    output: { path: path.join(lib, 'bundle'), filename: '[name].js', library: { type: 'commonjs2' }, clean: true },
    // Every bare import is a package: left to Node's require, at the moment the code asks for it.
    externals: [
      ({ request }, callback) =>
        /^[@a-z]/i.test(request) && !request.startsWith('node:') ? callback(null, `commonjs ${request}`) : callback(),
    ],
    // The real file names: the pool finds parse-worker.js beside tonghop.js, and the worker knows it is the entry.
    node: { __dirname: false, __filename: false },
    optimization: { minimize: false },
    devtool: false,
    performance: { hints: false },
  };
};
