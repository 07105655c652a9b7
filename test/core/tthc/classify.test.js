"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const tthc_1 = require("../../../src/core/tthc");
const serial_1 = require("../../../src/core/calendar/serial");
const period = { from: (0, serial_1.serialFromYmd)(2024, 12, 15), to: (0, serial_1.serialFromYmd)(2025, 6, 14) };
describe('classifyDossier by the rules of formats.md', () => {
    test('resolved before, on and after the deadline', () => {
        const base = { received: (0, serial_1.serialFromYmd)(2025, 1, 2), deadline: (0, serial_1.serialFromYmd)(2025, 1, 10) };
        expect((0, tthc_1.classifyDossier)({ ...base, resolved: (0, serial_1.serialFromYmd)(2025, 1, 9) }, period).outcome).toBe('early');
        expect((0, tthc_1.classifyDossier)({ ...base, resolved: (0, serial_1.serialFromYmd)(2025, 1, 10) }, period).outcome).toBe('onTime');
        expect((0, tthc_1.classifyDossier)({ ...base, resolved: (0, serial_1.serialFromYmd)(2025, 1, 11) }, period).outcome).toBe('late');
    });
    test('a time of day does not change the outcome (dates are compared, not timestamps)', () => {
        expect((0, tthc_1.classifyDossier)({ received: (0, serial_1.serialFromYmd)(2025, 1, 2) + 0.3, deadline: (0, serial_1.serialFromYmd)(2025, 1, 10) + 0.2, resolved: (0, serial_1.serialFromYmd)(2025, 1, 10) + 0.7 }, period).outcome).toBe('onTime');
    });
    test('open at the end of the period: within or past the deadline', () => {
        expect((0, tthc_1.classifyDossier)({ received: (0, serial_1.serialFromYmd)(2025, 6, 1), deadline: (0, serial_1.serialFromYmd)(2025, 6, 20), resolved: null }, period).outcome).toBe('pendingWithin');
        expect((0, tthc_1.classifyDossier)({ received: (0, serial_1.serialFromYmd)(2025, 5, 1), deadline: (0, serial_1.serialFromYmd)(2025, 6, 13), resolved: null }, period).outcome).toBe('pendingOverdue');
        expect((0, tthc_1.classifyDossier)({ received: (0, serial_1.serialFromYmd)(2025, 5, 1), deadline: (0, serial_1.serialFromYmd)(2025, 6, 14), resolved: null }, period).outcome).toBe('pendingWithin');
        expect((0, tthc_1.classifyDossier)({ received: (0, serial_1.serialFromYmd)(2025, 6, 1), deadline: (0, serial_1.serialFromYmd)(2025, 6, 10), resolved: (0, serial_1.serialFromYmd)(2025, 6, 20) }, period).outcome).toBe('pendingOverdue');
    });
    test('carried over: received before the period and open at its start', () => {
        const c = (0, tthc_1.classifyDossier)({ received: (0, serial_1.serialFromYmd)(2024, 12, 10), deadline: (0, serial_1.serialFromYmd)(2024, 12, 30), resolved: (0, serial_1.serialFromYmd)(2024, 12, 20) }, period);
        expect(c).toEqual({ outcome: 'early', carriedOver: true });
    });
    test('outside the period: received after it, or resolved before it', () => {
        expect((0, tthc_1.classifyDossier)({ received: (0, serial_1.serialFromYmd)(2025, 6, 15), deadline: (0, serial_1.serialFromYmd)(2025, 6, 30), resolved: null }, period).outcome).toBe('outOfPeriod');
        expect((0, tthc_1.classifyDossier)({ received: (0, serial_1.serialFromYmd)(2024, 12, 1), deadline: (0, serial_1.serialFromYmd)(2024, 12, 30), resolved: (0, serial_1.serialFromYmd)(2024, 12, 14) }, period).outcome).toBe('outOfPeriod');
    });
    test('open-ended period: every resolved dossier counts, open ones are within the deadline', () => {
        const open = { from: null, to: null };
        expect((0, tthc_1.classifyDossier)({ received: (0, serial_1.serialFromYmd)(2020, 1, 1), deadline: (0, serial_1.serialFromYmd)(2020, 1, 5), resolved: null }, open).outcome).toBe('pendingWithin');
        expect((0, tthc_1.classifyDossier)({ received: (0, serial_1.serialFromYmd)(2020, 1, 1), deadline: (0, serial_1.serialFromYmd)(2020, 1, 5), resolved: (0, serial_1.serialFromYmd)(2020, 1, 7) }, open)).toEqual({ outcome: 'late', carriedOver: false });
    });
});
