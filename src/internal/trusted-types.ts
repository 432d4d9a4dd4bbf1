/**
 * Trusted Types: Lit, inside the library, creates one policy, named
 * `lit-html`, when its module loads. A page whose CSP refuses that name stops
 * the library there, before any tag is defined, with only the browser's own
 * error. This module runs before Lit (it is the first import of every entry
 * and element module, and imports nothing) and says once, on the console,
 * which policy to allow. Once Lit has loaded, `litLoaded()` stops listening.
 */

const POLICY = 'lit-html';

/** One listener for every copy of the library on the page. */
const KEY = Symbol.for('oms-widgets.trusted-types');

type Host = typeof globalThis & { [KEY]?: (event: SecurityPolicyViolationEvent) => void };
const host = globalThis as Host;

function refused(event: SecurityPolicyViolationEvent): void {
  if (
    event.effectiveDirective !== 'trusted-types' ||
    event.sample !== POLICY ||
    event.disposition !== 'enforce'
  )
    return;
  litLoaded();
  console.error(
    `oms-widgets: Trusted Types policy "${POLICY}" is not allowed by this page's CSP, ` +
      'so no widget can render. Add `trusted-types lit-html` to the Content-Security-Policy ' +
      "(and 'allow-duplicates' when another copy of Lit is on the page).",
  );
}

if ('trustedTypes' in host && typeof host.addEventListener === 'function' && !host[KEY]) {
  host[KEY] = refused;
  host.addEventListener('securitypolicyviolation', refused);
}

/** Lit has created its policy: a later refusal of `lit-html` is some other copy's. */
export function litLoaded(): void {
  if (host[KEY] !== refused) return;
  host.removeEventListener('securitypolicyviolation', refused);
  delete host[KEY];
}
