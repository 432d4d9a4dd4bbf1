// Bugs the hardening tests found in code they do not own (src/components,
// src/core), reported to the owners. A test that hits one is marked skipped
// with the issue in its title; remove an entry when its fix lands (the test
// log says when an issue is no longer seen).
import type { KnownIssue } from './support.js';

export const KNOWN_ISSUES: Record<string, KnownIssue> = {
  'oms-coverage-check attribute limit': {
    text: '<oms-coverage-check>: removing the limit attribute sets limit to null (limit="abc" to NaN), and the element then shows no results instead of the default 10',
    failure: /the rendering after limit went back/,
  },
  'oms-coverage-check rapid': {
    text: '<oms-coverage-check>: after limit is removed the element shows no results (see the limit attribute)',
    failure: /to equal/,
  },
  'oms-office-list attribute city': {
    text: '<oms-office-list>: an unknown city (city=" ", city="unknown-value") renders an empty list with no message: a blank widget',
    failure: /blank with city=/,
  },
  'oms-office-list attribute insurer': {
    text: '<oms-office-list>: an unknown insurer renders an empty list with no message: a blank widget',
    failure: /blank with insurer=/,
  },
  'oms-office-list properties': {
    text: '<oms-office-list>: .city = 42 (an unknown city) renders an empty list with no message: a blank widget',
    failure: /blank with \.(city|insurer) =/,
  },
  'oms-office-list 10 MB': {
    text: '<oms-office-list> renders every office at once: a 10 MB file (about 68,000 offices) takes about 27 s to render on a loaded 2-core machine (fetch, parse and validation: 1.5 s); the list needs virtualising',
    failure: /Timed out waiting for the large dataset|seconds to load and render/,
  },
};
