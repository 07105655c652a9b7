/** Comparison with an earlier period (`--previous`, docs/interfaces.md §5): its name, the change clauses, the columns. */
export { earlierPeriodName, changeClause } from './comparison-text';
export { previousPeriodOf } from './previous';
export { tthcChanges, withComparison } from './comparison-paragraphs';
