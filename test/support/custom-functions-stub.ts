/**
 * A stand-in for Excel's `CustomFunctions` global (associate, Error, ErrorCode): installed before src/functions
 * loads in the functions' unit tests, given to the built functions.js in its own context, with the error codes of
 * the Office double.
 */
import { CUSTOM_FUNCTION_ERROR_CODES } from './office-double/custom-function-errors';

export class StubError {
  constructor(
    public code: string,
    public message?: string,
  ) {}
}

/** `CustomFunctions.ErrorCode` as Excel defines it (the Office double's own list). */
export const ERROR_CODES = CUSTOM_FUNCTION_ERROR_CODES;

/** The global object; `associate` receives each registration (ignored unless given). */
export function customFunctionsStub(associate: (id: string, fn: unknown) => void = () => undefined): {
  associate: (id: string, fn: unknown) => void;
  Error: typeof StubError;
  ErrorCode: typeof ERROR_CODES;
} {
  return { associate, Error: StubError, ErrorCode: ERROR_CODES };
}

export function installCustomFunctionsStub(): void {
  (globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = customFunctionsStub();
}
