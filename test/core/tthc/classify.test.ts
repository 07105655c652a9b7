import { classifyDossier } from '../../../src/core/tthc';
import { serialFromYmd as d } from '../../../src/core/calendar/serial';

const period = { from: d(2024, 12, 15), to: d(2025, 6, 14) };

describe('classifyDossier by the rules of docs/formats.md', () => {
  test('resolved before, on and after the deadline', () => {
    const base = { received: d(2025, 1, 2), deadline: d(2025, 1, 10) };
    expect(classifyDossier({ ...base, resolved: d(2025, 1, 9) }, period).outcome).toBe('early');
    expect(classifyDossier({ ...base, resolved: d(2025, 1, 10) }, period).outcome).toBe('onTime');
    expect(classifyDossier({ ...base, resolved: d(2025, 1, 11) }, period).outcome).toBe('late');
  });

  test('due and returned both with a time of day: on the due day, after the due time is late, at or before it on time', () => {
    const at = (h: number) => h / 24;
    const due = d(2025, 1, 10) + at(10);
    const outcome = (resolved: number) =>
      classifyDossier({ received: d(2025, 1, 2) + at(8), deadline: due, resolved }, period).outcome;
    expect(outcome(d(2025, 1, 10) + at(16))).toBe('late');
    expect(outcome(d(2025, 1, 10) + at(9))).toBe('onTime');
    expect(outcome(d(2025, 1, 10) + at(10))).toBe('onTime');
    expect(outcome(d(2025, 1, 9) + at(17))).toBe('early');
    expect(outcome(d(2025, 1, 11) + at(7))).toBe('late');
  });

  test('a date alone on either side compares whole days, as before', () => {
    expect(
      classifyDossier({ received: d(2025, 1, 2), deadline: d(2025, 1, 10), resolved: d(2025, 1, 10) + 0.7 }, period)
        .outcome,
    ).toBe('onTime');
    expect(
      classifyDossier({ received: d(2025, 1, 2), deadline: d(2025, 1, 10) + 0.2, resolved: d(2025, 1, 10) }, period)
        .outcome,
    ).toBe('onTime');
  });

  test('open at the end of the period: within or past the deadline', () => {
    expect(classifyDossier({ received: d(2025, 6, 1), deadline: d(2025, 6, 20), resolved: null }, period).outcome).toBe(
      'pendingWithin',
    );
    expect(classifyDossier({ received: d(2025, 5, 1), deadline: d(2025, 6, 13), resolved: null }, period).outcome).toBe(
      'pendingOverdue',
    );
    expect(classifyDossier({ received: d(2025, 5, 1), deadline: d(2025, 6, 14), resolved: null }, period).outcome).toBe(
      'pendingWithin',
    );
    expect(
      classifyDossier({ received: d(2025, 6, 1), deadline: d(2025, 6, 10), resolved: d(2025, 6, 20) }, period).outcome,
    ).toBe('pendingOverdue');
  });

  test('carried over: received before the period and open at its start', () => {
    const c = classifyDossier(
      { received: d(2024, 12, 10), deadline: d(2024, 12, 30), resolved: d(2024, 12, 20) },
      period,
    );
    expect(c).toEqual({ outcome: 'early', carriedOver: true });
  });

  test('outside the period: received after it, or resolved before it', () => {
    expect(
      classifyDossier({ received: d(2025, 6, 15), deadline: d(2025, 6, 30), resolved: null }, period).outcome,
    ).toBe('outOfPeriod');
    expect(
      classifyDossier({ received: d(2024, 12, 1), deadline: d(2024, 12, 30), resolved: d(2024, 12, 14) }, period)
        .outcome,
    ).toBe('outOfPeriod');
  });

  test('open-ended period: every resolved dossier counts, open ones are within the deadline', () => {
    const open = { from: null, to: null };
    expect(classifyDossier({ received: d(2020, 1, 1), deadline: d(2020, 1, 5), resolved: null }, open).outcome).toBe(
      'pendingWithin',
    );
    expect(
      classifyDossier({ received: d(2020, 1, 1), deadline: d(2020, 1, 5), resolved: d(2020, 1, 7) }, open),
    ).toEqual({ outcome: 'late', carriedOver: false });
  });
});
