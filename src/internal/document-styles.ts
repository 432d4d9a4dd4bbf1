import type { CSSResultOrNative } from 'lit';

const copies = new WeakMap<ShadowRoot, HTMLStyleElement>();

/**
 * Gives `root` its styles as a `<style>` element of its own document.
 * Constructed style sheets work only in the document that made them: an
 * element first connected in, or moved to, another document (a same-origin
 * iframe) takes its styles along this way.
 */
export function copyStylesInto(root: ShadowRoot, styles: readonly CSSResultOrNative[]): void {
  copies.get(root)?.remove();
  const copy = root.ownerDocument.createElement('style');
  copy.textContent = styles
    .map((style) =>
      style instanceof CSSStyleSheet
        ? [...style.cssRules].map((rule) => rule.cssText).join('')
        : style.cssText,
    )
    .join('');
  root.prepend(copy);
  copies.set(root, copy);
}
