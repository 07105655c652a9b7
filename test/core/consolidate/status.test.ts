import { countFileStatuses } from '../../../src/core/consolidate/status';

describe('countFileStatuses', () => {
  test('tallies files by status, zero for a status no file has', () => {
    const files = [{ status: 'valid' }, { status: 'rejected' }, { status: 'valid' }] as const;
    expect(countFileStatuses(files)).toEqual({ valid: 2, warnings: 0, errors: 0, rejected: 1 });
    expect(countFileStatuses([])).toEqual({ valid: 0, warnings: 0, errors: 0, rejected: 0 });
  });
});
