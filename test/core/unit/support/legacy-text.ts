/** Vietnamese text as a spreadsheet typed in a TCVN3 (.VnTime) font shows it (scripts/support/legacy-encodings.js). */
const legacy = require('../../../../scripts/support/legacy-encodings.js') as { toTcvn3(s: string): string };

export const toTcvn3 = legacy.toTcvn3;
