import { VERSION } from '../version.js';

let warnedAboutVersion = false;

/**
 * Defines `element` as `tag` in `registry`. Never throws: a name already
 * taken (a second copy of the library, a second load of the file) is left
 * alone, with one console warning a page when the holder is another version
 * or another script.
 */
export function defineElement(
  tag: string,
  element: CustomElementConstructor & { version?: string },
  registry: CustomElementRegistry,
): void {
  const existing = registry.get(tag);
  if (existing) {
    const theirs = (existing as { version?: unknown }).version;
    if (existing !== element && theirs !== VERSION && !warnedAboutVersion) {
      warnedAboutVersion = true;
      const holder =
        typeof theirs === 'string' && theirs ? `oms-widgets ${theirs}` : 'another script';
      console.warn(
        `oms-widgets ${VERSION}: <${tag}> is already defined by ${holder}; ` +
          'the existing definition is kept.',
      );
    }
    return;
  }
  try {
    registry.define(tag, element);
  } catch {
    // The class is already registered under another name: register a subclass.
    registry.define(tag, class extends element {});
  }
}
