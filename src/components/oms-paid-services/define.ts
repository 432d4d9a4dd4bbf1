import { OmsPaidServices } from './oms-paid-services.js';

OmsPaidServices.define();

export { OmsPaidServices };
