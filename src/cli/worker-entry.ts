import * as path from 'path';

/**
 * The module each reading worker runs: src/cli/parse-worker as compiled JavaScript when the CLI runs from lib/,
 * or its TypeScript source when the CLI itself runs from source under ts-jest. Its own module so that tests can
 * give the pool a worker whose reader never finishes (jest.mock), to check the time limit without a stopwatch.
 */
export function parseWorkerEntry(): string {
  return path.join(__dirname, 'parse-worker' + (path.extname(__filename) === '.ts' ? '.ts' : '.js'));
}
