/** Conversions between what Excel hands a custom function and what the core expects. */
import type { FormulaResult } from '../core/tthc';
import { serialFromYmd } from '../core/calendar/serial';

/** Today's date as an Excel serial, in the machine's local time zone (as Excel's TODAY()). */
export function todaySerial(now: Date = new Date()): number {
  return serialFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** True when an optional argument was left out (Excel passes null or undefined; an empty cell gives ''). */
export function omitted(v: unknown): boolean {
  return (
    v === undefined ||
    v === null ||
    v === '' ||
    (Array.isArray(v) &&
      v.length === 1 &&
      Array.isArray(v[0]) &&
      v[0].length === 1 &&
      (v[0][0] === '' || v[0][0] === null))
  );
}

/**
 * An Excel error for a custom function. Only #VALUE! and #N/A can carry a custom message (CustomFunctions.ErrorCode
 * reference: "A custom error message can't be used" for #DIV/0!, #NUM!, #NULL!…), so no other code is given one.
 */
export function excelError(code: CustomFunctions.ErrorCode, message: string): CustomFunctions.Error {
  const carriesMessage =
    code === CustomFunctions.ErrorCode.invalidValue || code === CustomFunctions.ErrorCode.notAvailable;
  return carriesMessage ? new CustomFunctions.Error(code, message) : new CustomFunctions.Error(code);
}

/** Unwraps a core result, throwing the Excel error the result names (with its Vietnamese message where Excel shows one). */
export function unwrap<T>(r: FormulaResult<T>): T {
  if (r.ok) return r.value;
  const code =
    r.error === 'div0'
      ? CustomFunctions.ErrorCode.divisionByZero
      : r.error === 'na'
        ? CustomFunctions.ErrorCode.notAvailable
        : CustomFunctions.ErrorCode.invalidValue;
  throw excelError(code, r.message);
}
