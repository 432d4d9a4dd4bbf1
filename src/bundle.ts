// The entry of the single-file builds (dist/oms-widgets.js and the classic
// script): every tag defined, the whole public API exported.
export * from './define.js';
