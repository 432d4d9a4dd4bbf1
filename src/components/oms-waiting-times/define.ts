import { OmsWaitingTimes } from './oms-waiting-times.js';

OmsWaitingTimes.define();

export { OmsWaitingTimes };
