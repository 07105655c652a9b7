/**
 * Errors the double throws, shaped like office.js's `OfficeExtension.Error`: a string `code` from
 * `OfficeExtension.ErrorCodes` / `Excel.ErrorCodes`, a `message`, and `debugInfo` naming the failed command.
 */

/** Codes the double uses (the same strings as office.js; see the "Error handling with the application-specific JavaScript APIs" page). */
export type DoubleErrorCode =
  | 'PropertyNotLoaded'
  | 'ValueNotLoaded'
  | 'InvalidArgument'
  | 'ItemAlreadyExists'
  | 'ItemNotFound'
  | 'InvalidReference'
  | 'InvalidOperation'
  | 'InvalidRequestContext'
  | 'RunMustReturnPromise'
  | 'RequestPayloadSizeLimitExceeded'
  | 'ApiNotFound'
  | 'GeneralException'
  | (string & { readonly __other?: never });

const MESSAGES: Record<string, string> = {
  PropertyNotLoaded:
    'The property or field has not been initialized. It has to be loaded or retrieved before its value can be read.',
  ValueNotLoaded:
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()".',
  InvalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  ItemAlreadyExists: 'The resource being created already exists.',
  ItemNotFound: "The requested resource doesn't exist.",
  InvalidReference: 'This reference is not valid for the current operation.',
  InvalidOperation: 'The operation attempted is invalid on the object.',
  InvalidRequestContext: 'Cannot use the object across different request contexts.',
  RunMustReturnPromise: 'The batch function passed to the ".run" method didn\'t return a promise.',
  RequestPayloadSizeLimitExceeded: 'The request payload size has exceeded the limit.',
  ApiNotFound: 'The API you are trying to use could not be found. It may be available in a newer version of Excel.',
  GeneralException: 'There was an internal error while processing the request.',
};

export class DoubleError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string; statement?: string };
  readonly traceMessages: string[] = [];
  readonly innerError: null = null;

  constructor(code: DoubleErrorCode, detail?: string, location?: string) {
    const message = detail ? `${MESSAGES[code] ?? code} (${detail})` : (MESSAGES[code] ?? code);
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, errorLocation: location };
  }
}

export function isDoubleError(e: unknown): e is DoubleError {
  return e instanceof DoubleError;
}
