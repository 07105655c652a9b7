'use strict';
/**
 * Builds the Excel add-in into dist/:
 *   functions.js        custom functions bundle (src/functions/functions.ts)
 *   functions.json      metadata from the JSDoc (CustomFunctionsMetadataPlugin), patched with
 *                       allowErrorForDataTypeAny by FunctionsMetadataPostProcessPlugin
 *   functions-vi.json   Vietnamese names/descriptions (from src/functions/functions-vi.names.json)
 *   taskpane.html/.js/.css  the task pane; the page also loads functions.js, because with the shared
 *                       runtime this one page hosts both the pane and the custom functions
 *   parse-worker.*.js   the pane's file-parsing Web Worker (SheetJS + the unit reader), started on first use
 *   ghi-tep.*.js        the workbook writer (our own OOXML writer, no library), loaded only for "Tạo mẫu" and the
 *                       summary as a file
 *   bao-cao.*.js        the Word report's document, its formatted copy and the reader of a summary already in
 *                       the workbook, loaded on the first "Tạo báo cáo Word"
 *   bao-cao-word.*.js   the .docx writer, with the docx library in a shared chunk beside it, loaded on the first
 *                       "Tạo báo cáo Word" where a download can be saved (not in Excel for Mac)
 *   mau-word.*.js       the template filler (docxtemplater, PizZip), loaded only when an office's template is used
 *                       (lazy chunks are named [name].[contenthash].js and load from the pane's own origin,
 *                       as the page's CSP requires: script-src 'self', connect-src 'self')
 *   assets/*            copied as they are
 *   manifest.xml        copied with every URL under TONGHOP_BASE_URL (e.g. https://baocao.skhcn.gov.vn/tonghop/)
 *                       when that is set, else as written (the development server https://localhost:3000/)
 * Production mode unless --mode says otherwise. Source maps are separate files in every mode: the
 * pane's Content-Security-Policy forbids eval, which webpack's default development devtool uses.
 */
const path = require('path');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const FunctionsMetadataPostProcessPlugin = require('./scripts/functions-metadata-plugin');
const { manifestForBase, resolveBaseUrl } = require('./scripts/support/base-url');

/** The one origin every manifest URL uses in development (checked by scripts/validate-manifest.js). */
const DEV_PORT = 3000;

module.exports = (_env = {}, argv = {}) => {
  const mode = argv.mode || 'production';
  const baseUrl = resolveBaseUrl(process.env.TONGHOP_BASE_URL);
  return {
    mode,
    context: __dirname,
    devtool: 'source-map',
    entry: {
      functions: './src/functions/functions.ts',
      taskpane: './src/taskpane/taskpane.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      // Lazy chunks (the parsing worker, the template writer): hashed, so a new version is never mixed
      // with a cached old one.
      chunkFilename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.js'],
    },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              configFile: path.resolve(__dirname, 'tsconfig.json'),
              // Type-check only what is bundled (not the tests), with browser-only ambient types.
              onlyCompileBundledFiles: true,
              compilerOptions: {
                module: 'es2020',
                types: ['office-js', 'custom-functions-runtime'],
                sourceMap: true,
              },
            },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: 'functions.json',
        input: './src/functions/functions.ts',
      }),
      new FunctionsMetadataPostProcessPlugin({
        source: 'functions.json',
        output: 'functions-vi.json',
        table: path.resolve(__dirname, 'src/functions/functions-vi.names.json'),
      }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        // Order matters: functions.js registers the custom functions, then the pane starts.
        chunks: ['functions', 'taskpane'],
        chunksSortMode: 'manual',
        inject: 'head',
        scriptLoading: 'defer',
        minify: false,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          { from: 'src/taskpane/taskpane.css', to: 'taskpane.css' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => manifestForBase(content.toString('utf8'), baseUrl),
          },
        ],
      }),
    ],
    performance: {
      hints: false,
    },
    devServer: {
      port: DEV_PORT,
      // Self-signed certificate generated by webpack-dev-server (cached under node_modules/.cache).
      server: 'https',
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      hot: false,
      liveReload: true,
      client: { overlay: { errors: true, warnings: false } },
    },
  };
};

module.exports.DEV_PORT = DEV_PORT;
