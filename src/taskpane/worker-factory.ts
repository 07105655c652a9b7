/**
 * Starts the parsing worker. webpack turns `new Worker(new URL('./parse.worker.ts', import.meta.url))` into a
 * separate chunk loaded from the pane's own origin (allowed by the page's CSP: script-src 'self').
 * Kept alone in this file: `import.meta` exists only in the webpack build (ts-loader emits ES modules);
 * `tsc -p tsconfig.json` and jest compile to CommonJS and never load this file.
 */
export function startParseWorker(): Worker {
  // eslint-disable-next-line @typescript-eslint/ban-ts-comment -- ts-loader sees no error here, so @ts-expect-error would fail the build.
  // @ts-ignore TS1343: import.meta is valid in the webpack build (module es2020), not in the CommonJS type check.
  return new Worker(new URL('./parse.worker.ts', import.meta.url), { name: 'parse-worker' });
}
