'use strict';
/**
 * Webpack plugin that runs after CustomFunctionsMetadataPlugin has put functions.json into the
 * compilation: it patches `allowErrorForDataTypeAny` into functions.json and emits the Vietnamese
 * functions-vi.json from the translation table (see scripts/support/functions-metadata.js for why).
 * It works the same in `webpack` and `webpack serve`, so the dev server also serves functions-vi.json.
 * A function or parameter missing from the table fails the build.
 */
const fs = require('fs');
const path = require('path');
const { patchMetadata, translateMetadata } = require('./support/functions-metadata');

const PLUGIN = 'FunctionsMetadataPostProcessPlugin';

class FunctionsMetadataPostProcessPlugin {
  /**
   * @param {{ source?: string, output?: string, table: string }} options
   *   source: the metadata asset written by CustomFunctionsMetadataPlugin (default functions.json)
   *   output: the Vietnamese metadata asset to emit (default functions-vi.json)
   *   table:  path of the translation table (functions-vi.names.json)
   */
  constructor(options) {
    this.source = options.source || 'functions.json';
    this.output = options.output || 'functions-vi.json';
    this.table = path.resolve(options.table);
  }

  /** Files this plugin adds to the output directory (used by scripts/validate-manifest.js). */
  declaredOutputs() {
    return [this.output];
  }

  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.fileDependencies.add(this.table);
      compilation.hooks.processAssets.tap({ name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, () => {
        const fail = (msg) => compilation.errors.push(new WebpackError(`[${PLUGIN}] ${msg}`));
        const asset = compilation.getAsset(this.source);
        if (!asset) {
          // CustomFunctionsMetadataPlugin reports its own JSDoc errors; only complain if it did not.
          if (compilation.errors.length === 0)
            fail(`không thấy ${this.source} (CustomFunctionsMetadataPlugin chưa chạy?)`);
          return;
        }
        let meta;
        let table;
        try {
          meta = JSON.parse(asset.source.source().toString());
        } catch (e) {
          fail(`${this.source} không phải JSON hợp lệ: ${e.message}`);
          return;
        }
        try {
          table = JSON.parse(fs.readFileSync(this.table, 'utf8'));
        } catch (e) {
          fail(`không đọc được bảng dịch ${path.relative(compiler.context, this.table)}: ${e.message}`);
          return;
        }
        const patched = patchMetadata(meta);
        compilation.updateAsset(this.source, new sources.RawSource(JSON.stringify(patched, null, 4) + '\n'));
        const { metadata, errors, warnings } = translateMetadata(patched, table);
        for (const w of warnings) compilation.warnings.push(new WebpackError(`[${PLUGIN}] ${w}`));
        if (errors.length > 0) {
          for (const e of errors) fail(e);
          return;
        }
        compilation.emitAsset(this.output, new sources.RawSource(JSON.stringify(metadata, null, 4) + '\n'));
      });
    });
  }
}

module.exports = FunctionsMetadataPostProcessPlugin;
