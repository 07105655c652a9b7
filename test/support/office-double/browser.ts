/**
 * Browser entry of the double: a single self-contained module (no Node APIs, no imports outside this
 * folder) that installs `Office`, `Excel`, `OfficeExtension` and `CustomFunctions` on `window` when it
 * loads, so a page test can route the office.js URL to a bundle of this file.
 *
 * Configure before it loads with `window.__officeDoubleConfig = { apiVersion, sheets, payloadLimitBytes }`.
 * Inspect from the test with `window.__officeDouble` (`.workbook`, `.snapshot()`, `.requests`,
 * `.failSync({ atSync, applyFirst })`).
 */
import { createOfficeDouble, type OfficeDouble, type OfficeDoubleOptions } from './double';

interface DoubleWindow {
  __officeDoubleConfig?: OfficeDoubleOptions;
  __officeDouble?: OfficeDouble;
}

const w = globalThis as unknown as DoubleWindow & Record<string, unknown>;
if (!w.__officeDouble) {
  const double = createOfficeDouble(w.__officeDoubleConfig ?? {});
  double.install(w);
  w.__officeDouble = double;
}

export {};
