/**
 * oms-widgets: the public API. Importing this module defines no element:
 * import `oms-widgets/define` (every tag) or `oms-widgets/<tag>/define`, or
 * call `defineAll()` or `SomeElement.define('my-tag')`.
 */
import './internal/trusted-types.js';
import { OmsCoverageCheck } from './components/oms-coverage-check/oms-coverage-check.js';
import { OmsOfficeList } from './components/oms-office-list/oms-office-list.js';
import { OmsPaidServices } from './components/oms-paid-services/oms-paid-services.js';
import { OmsPolicyGuide } from './components/oms-policy-guide/oms-policy-guide.js';
import { OmsWaitingTimes } from './components/oms-waiting-times/oms-waiting-times.js';

export { OmsCoverageCheck, OmsOfficeList, OmsPaidServices, OmsPolicyGuide, OmsWaitingTimes };
export { OmsElement } from './internal/oms-element.js';

export { searchCoverage, toCoverageMatch } from './core/coverage-search.js';
export type { CoverageMatch, SearchCoverageOptions } from './core/coverage-search.js';
export { filterOffices, officeAddress } from './core/offices.js';
export type { OfficeFilter, OfficeMatch } from './core/offices.js';
export { changeDeadline, paidList, searchPaidList } from './core/guide.js';
export type { ChangeDeadline } from './core/guide.js';

export { bundledDataset } from './data/bundled.js';
export { getDataset, registerDataset } from './data/registry.js';
export { loadDataset } from './data/load.js';
export { validateDataset } from './data/validate.js';
export type { DatasetIssue, DatasetValidation } from './data/validate.js';
export { DatasetError } from './data/errors.js';
export type { DataErrorKind } from './data/errors.js';
export { DatasetSchema, SCHEMA_VERSION } from './data/schema.js';
export type * from './data/schema.js';

export {
  OmsCoverageResultEvent,
  OmsDataErrorEvent,
  OmsGuideChangeEvent,
  OmsOfficeSelectEvent,
} from './events.js';
export { getLocale, setLocale, LOCALES } from './i18n/locale.js';
export type { Locale } from './i18n/locale.js';
export { VERSION } from './version.js';

/** Every element class with its default tag. */
export const elements = [
  OmsCoverageCheck,
  OmsOfficeList,
  OmsPaidServices,
  OmsPolicyGuide,
  OmsWaitingTimes,
] as const;

/** Defines every element under its default tag (idempotent, never throws). */
export function defineAll(registry: CustomElementRegistry = customElements): void {
  for (const element of elements) element.define(element.defaultTag, registry);
}
