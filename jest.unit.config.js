// @ts-check
/**
 * `npm run test:unit`: the inner loop — core, io, cli, excel and pane logic in Node. Left to `npm test` (the full
 * suite CI runs): the webpack build, headless Chromium, LibreOffice, the hostile corpus and the fuzz runs (test/fuzz).
 */
const base = require('./jest.config');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  testPathIgnorePatterns: [
    '/node_modules/',
    '<rootDir>/test/browser/',
    '<rootDir>/test/build/',
    '<rootDir>/test/fuzz/',
    '<rootDir>/test/hostile/',
    'libreoffice',
  ],
};
