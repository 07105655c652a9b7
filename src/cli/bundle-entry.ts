/**
 * What bin/tonghop.js loads: the CLI as one bundled file (lib/bundle/tonghop.js, see webpack.cli.config.js).
 * Starting the first reading workers needs only read-pool; the rest of the CLI (every command, the core, the
 * writers) is required by {@link loadMain}, after the workers have started loading the reader beside it.
 */
import type * as Main from './main';

export { defaultWorkerCount, startWorkersEarly } from './read-pool';

export function loadMain(): typeof Main {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('./main') as typeof Main;
}
