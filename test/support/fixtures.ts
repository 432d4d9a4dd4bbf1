import { fixture } from '@open-wc/testing';
import type { LitElement, TemplateResult } from 'lit';
import { html } from 'lit';
import type { Locale } from '../../src/i18n/locale.js';

/** Renders `template` inside a container with `lang` and returns its first element, updated. */
export async function fixtureIn<T extends LitElement>(
  locale: Locale,
  template: TemplateResult,
): Promise<T> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${locale}>${template}</div>`);
  const element = wrapper.firstElementChild as T;
  await element.updateComplete;
  return element;
}

/** The visible text of an element's shadow root, whitespace collapsed. */
export function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Waits until `predicate` holds, or fails after `timeout` ms. Polls with
 * timers: animation frames stop in a page the runner keeps in the background.
 */
export async function until(
  predicate: () => boolean,
  timeout = 3000,
  what = 'condition',
): Promise<void> {
  const start = performance.now();
  while (!predicate()) {
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 16));
  }
}
