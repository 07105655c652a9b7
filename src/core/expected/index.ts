/** The units expected to report, and which of them have not sent (docs/interfaces.md §5, `--units`). */
export { unitListFromText, unitListFromGrids } from './unit-list';
export {
  expectedUnits,
  missingUnits,
  missingUnitsFinding,
  withExpectedUnits,
  type ExpectedUnit,
} from './missing-units';
