/**
 * Custom messages go only on the errors Excel shows them for: #VALUE! and #N/A (CustomFunctions.ErrorCode
 * reference). #DIV/0! and the others are returned bare.
 */
import { ERROR_CODES, installCustomFunctionsStub, StubError } from '../support/custom-functions-stub';

installCustomFunctionsStub();
const { excelError, unwrap } =
  require('../../src/functions/excel-values') as typeof import('../../src/functions/excel-values');

describe('error messages of custom functions', () => {
  test.each([
    [ERROR_CODES.invalidValue, 'Ô hàng 2 không phải ngày'],
    [ERROR_CODES.notAvailable, 'Không có hồ sơ nào'],
  ])('%s keeps its Vietnamese message', (code, message) => {
    const e = excelError(code as CustomFunctions.ErrorCode, message);
    expect(e).toEqual(new StubError(code, message));
  });

  test.each([ERROR_CODES.divisionByZero, ERROR_CODES.invalidNumber, ERROR_CODES.nullReference])(
    '%s gets no message',
    (code) => {
      const e = excelError(code as CustomFunctions.ErrorCode, 'không được hiển thị') as unknown as StubError;
      expect(e.code).toBe(code);
      expect(e.message).toBeUndefined();
    },
  );

  test('a core division by zero is thrown as a bare #DIV/0!', () => {
    let thrown: unknown;
    try {
      unwrap({ ok: false, error: 'div0', message: 'Chưa có hồ sơ nào đã giải quyết' });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toEqual(new StubError('#DIV/0!'));
  });
});
