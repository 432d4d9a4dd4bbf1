// Bugs the hardening tests found in code they do not own (src/components,
// src/core), reported to the owners. A test that hits one is marked skipped
// with the issue in its title; remove an entry when its fix lands (the test
// log says when an issue is no longer seen).
import type { KnownIssue } from './support.js';

export const KNOWN_ISSUES: Record<string, KnownIssue> = {
  'firefox combining marks': {
    text:
      'Firefox ESR: a line (a paragraph or a source link) whose text ends in a space' +
      ' carrying combining accents (U+0301) after bidi isolates cannot wrap there and' +
      ' overflows a 320 px host by about 3 px (Chromium wraps it)',
    failure: /layout of <oms-(office-list|policy-guide)>/,
  },
};
