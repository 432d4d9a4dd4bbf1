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

/**
 * The released file on a public CDN (jsDelivr, which serves every npm
 * package): an address that works wherever the snippet is pasted, unlike
 * the builder's own host. With `tag`, the file of that widget alone
 * (dist/cdn/<tag>.js: its code and data only); without, the file of all.
 */
export function cdnScriptUrl(version, classic = false, tag = undefined) {
  const suffix = classic ? '.classic.js' : '.js';
  const file = tag ? `cdn/${tag}${suffix}` : `oms-widgets${suffix}`;
  return `https://cdn.jsdelivr.net/npm/oms-widgets@${version}/dist/${file}`;
}

/** "#1d4ed8" → [29, 78, 216]; undefined for anything but #rrggbb or #rgb. */
function rgbOf(hex) {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(String(hex).trim());
  if (!match) return undefined;
  const digits = match[1].length === 3 ? [...match[1]].map((d) => d + d) : match[1].match(/../g);
  return digits.map((d) => parseInt(d, 16));
}

const hexOf = (rgb) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/** WCAG 2 relative luminance of an sRGB colour. */
function luminance(rgb) {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two #rrggbb colours (1 to 21); undefined if either is not one. */
export function contrastRatio(a, b) {
  const [x, y] = [rgbOf(a), rgbOf(b)];
  if (!x || !y) return undefined;
  const [light, dark] = [luminance(x), luminance(y)].sort((m, n) => n - m);
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The shade of `color` nearest to it (same hue, the least change of
 * lightness) whose contrast against `surface` is at least `min`.
 */
export function nearestPassingShade(color, surface, min) {
  const rgb = rgbOf(color);
  if (!rgb || !rgbOf(surface)) return undefined;
  if (contrastRatio(color, surface) >= min) return hexOf(rgb);
  // Mix towards black and towards white in small steps; the first that passes wins.
  for (let step = 1; step <= 100; step++) {
    const t = step / 100;
    for (const target of [0, 255]) {
      const shade = hexOf(rgb.map((c) => c + (target - c) * t));
      if (contrastRatio(shade, surface) >= min) return shade;
    }
  }
  return undefined;
}
