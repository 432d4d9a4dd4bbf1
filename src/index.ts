/**
 * oms-widgets: the public API. Importing this module defines no element:
 * import `oms-widgets/define` (every tag) or `oms-widgets/<tag>/define`, or
 * call `defineAll()` or `SomeElement.define('my-tag')`.
 */
import './internal/trusted-types.js';
import { provideSections } from './data/bundled.js';
import { bundledDataset } from './data/bundled-dataset.js';
import type { Dataset } from './data/schema.js';
import type { DatasetValidation } from './data/validate.js';
import { loadValidator } from './data/validator.js';
import * as search from './core/search.js';
import { provideSearch } from './internal/lazy-search.js';
import { OmsCoverageCheck } from './components/oms-coverage-check/oms-coverage-check.js';
import { OmsOfficeList } from './components/oms-office-list/oms-office-list.js';
import { OmsPaidServices } from './components/oms-paid-services/oms-paid-services.js';
import { OmsPolicyGuide } from './components/oms-policy-guide/oms-policy-guide.js';
import { OmsWaitingTimes } from './components/oms-waiting-times/oms-waiting-times.js';

// The headless functions may be called before any element: all of the data.
provideSections(bundledDataset);
// Everything is here, the search too (`searchCoverage` below): the elements need not load it.
provideSearch(search);

export { OmsCoverageCheck, OmsOfficeList, OmsPaidServices, OmsPolicyGuide, OmsWaitingTimes };
export { OmsElement } from './internal/oms-element.js';

export { searchCoverage, toCoverageMatch } from './core/coverage-search.js';
export type { CoverageMatch, SearchCoverageOptions } from './core/coverage-search.js';
export { officeAddress } from './core/offices.js';
export { filterOffices } from './core/office-search.js';
export type { OfficeFilter, OfficeMatch } from './core/offices.js';
export { changeDeadline, paidList } from './core/guide.js';
export { searchPaidList } from './core/paid-search.js';
export type { ChangeDeadline } from './core/guide.js';

export { bundledDataset };
export { getDataset, registerDataset } from './data/registry.js';
export { loadDataset } from './data/load.js';
export type { DatasetIssue, DatasetValidation } from './data/validate.js';
export { DatasetError } from './data/errors.js';
export type { DataErrorKind } from './data/errors.js';
export { SCHEMA_VERSION } from './data/schema-version.js';
export type * from './data/schema.js';

/**
 * Checks `input` against the dataset schema; with `base`, `input` may be a
 * part of a dataset and the sections it leaves out come from `base`. The
 * schema and zod are loaded on the first call (since 0.2.0, so the result
 * is a Promise); the synchronous check and `DatasetSchema` itself are in
 * `oms-widgets/schema`.
 */
export async function validateDataset(input: unknown, base?: Dataset): Promise<DatasetValidation> {
  return (await loadValidator()).validateDataset(input, base);
}

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
