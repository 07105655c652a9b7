'use strict';
/**
 * Bundles the double into one classic script for a browser page:
 *   node test/support/office-double/build-browser.js [out-file]   (default: dist-test/office-double.js)
 * A page test then serves that file where office.js would be loaded from
 * (e.g. route https://appsforoffice.microsoft.com/lib/1/hosted/office.js to it). Loading it installs
 * Office, Excel, OfficeExtension and CustomFunctions on window and exposes window.__officeDouble.
 */
const path = require('path');
const webpack = require('webpack');

function build(outFile) {
  const out = path.resolve(outFile || path.join(__dirname, '..', '..', '..', 'dist-test', 'office-double.js'));
  return new Promise((resolve, reject) => {
    webpack(
      {
        mode: 'development',
        devtool: false,
        target: ['web', 'es2020'],
        entry: path.join(__dirname, 'browser.ts'),
        output: { path: path.dirname(out), filename: path.basename(out), iife: true },
        resolve: { extensions: ['.ts', '.js'] },
        module: {
          rules: [
            {
              test: /\.ts$/,
              loader: 'ts-loader',
              options: {
                transpileOnly: true,
                compilerOptions: { module: 'es2020', target: 'es2020', sourceMap: false, types: [] },
              },
            },
          ],
        },
      },
      (err, stats) => {
        if (err) return reject(err);
        if (stats.hasErrors()) return reject(new Error(stats.toString('errors-only')));
        resolve(out);
      },
    );
  });
}

if (require.main === module) {
  build(process.argv[2]).then(
    (out) => console.log(`office double: ${out}`),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}

module.exports = { build };
