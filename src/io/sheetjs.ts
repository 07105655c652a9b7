/**
 * SheetJS, loaded on first use: the CLI starts without it, and needs it only for a file the fast .xlsx reader passes
 * on (.xls, .ods, .xlsb, odd .xlsx). The same module object every time, so tests can spy on its functions.
 */
import type * as XLSXModule from '@e965/xlsx';

let loaded: typeof XLSXModule | undefined;

export function sheetjs(): typeof XLSXModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  if (!loaded) loaded = require('@e965/xlsx') as typeof XLSXModule;
  return loaded;
}
