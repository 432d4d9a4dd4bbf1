// The snippet builder's logic, without DOM: what a CMS editor pastes.

const escapeAttribute = (value) =>
  String(value)
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');

/**
 * The HTML to paste for `tag` with `attributes` (name → value; empty values
 * left out), `tokens` (CSS custom property → value) and the script URL.
 * `classic` picks the classic script for CMSes that strip type="module".
 */
export function buildSnippet({ scriptUrl, classic = false, tag, attributes = {}, tokens = {} }) {
  const script = classic
    ? `<script src="${escapeAttribute(scriptUrl)}" defer></script>`
    : `<script type="module" src="${escapeAttribute(scriptUrl)}"></script>`;
  const attrs = Object.entries(attributes)
    .filter(([, value]) => value !== undefined && value !== null && String(value).trim() !== '')
    .map(([name, value]) =>
      value === true ? ` ${name}` : ` ${name}="${escapeAttribute(String(value).trim())}"`,
    );
  const style = Object.entries(tokens)
    .filter(([, value]) => value)
    .map(([name, value]) => `${name}: ${value}`)
    .join('; ');
  if (style) attrs.push(` style="${escapeAttribute(style)}"`);
  return `${script}\n<${tag}${attrs.join('')}></${tag}>`;
}

/** The URL of a build file next to the page that serves the demo. */
export function defaultScriptUrl(classic, base = location.href) {
  return new URL(classic ? '/dist/oms-widgets.classic.js' : '/dist/oms-widgets.js', base).href;
}
