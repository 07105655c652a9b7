/** TongHop summaries read back as inputs: recognising them, reading them, and taking them into a consolidation. */
export * from './types';
export { isSummaryWorkbook, isSummaryJson, summarySheet, summarySheetNames } from './recognize';
export { readSummaryGrids } from './read-summary-grids';
export { readSummaryJson } from './read-summary-json';
export { agencyUnitName } from './agency-name';
export { unitKey } from './unit-key';
export { summariesAsUnits, type SummaryInputOptions } from './as-units';
export { summaryOverlapFindings } from './overlaps';
export { consolidateInputs, type ConsolidateInputsOptions } from './consolidate-inputs';
export { summaryReport, summaryJsonReport } from './summary-report';
export { rollup, type RollupOptions } from './rollup';
export { rollCounts, rollByField } from './rollup-counts';
