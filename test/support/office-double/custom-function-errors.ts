/** `CustomFunctions.ErrorCode` as Excel defines it: the double's, and the functions' unit-test stub's (../custom-functions-stub). */
export const CUSTOM_FUNCTION_ERROR_CODES = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
} as const;
