import { OmsOfficeList } from './oms-office-list.js';

OmsOfficeList.define();

export { OmsOfficeList };
