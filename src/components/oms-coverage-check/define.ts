import { OmsCoverageCheck } from './oms-coverage-check.js';

OmsCoverageCheck.define();

export { OmsCoverageCheck };
