import { OmsPolicyGuide } from './oms-policy-guide.js';

OmsPolicyGuide.define();

export { OmsPolicyGuide };
