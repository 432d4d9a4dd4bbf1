// Helpers shared by the hardening tests: the engine, explicit skips, waiting
// for elements to settle, uncaught errors, the attributes an element class
// declares, and the checks that rendered data stays inert and inside.
import type { LitElement } from 'lit';
import { elements } from '../../src/index.js';

export type ElementClass = (typeof elements)[number];

export const engine: 'firefox' | 'webkit' | 'chromium' = /Firefox\//.test(navigator.userAgent)
  ? 'firefox'
  : /AppleWebKit/.test(navigator.userAgent) && !/Chrome\//.test(navigator.userAgent)
    ? 'webkit'
    : 'chromium';

export const pause = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `element` has no update pending (updates that request more included). */
export async function settle(...list: Element[]): Promise<void> {
  for (let round = 0; round < 20; round++) {
    for (const el of list) {
      // Not every element is a Lit element (yet): one not upgraded has no updateComplete.
      const lit = el as Partial<LitElement>;
      if (lit.updateComplete !== undefined) while (!(await lit.updateComplete));
    }
    await pause();
    if (list.every((el) => !(el as LitElement).isUpdatePending)) return;
  }
}

/** Errors that reached the window (uncaught, or rejected without a handler) while `fn` ran. */
export async function uncaughtDuring(fn: () => Promise<void> | void): Promise<string[]> {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => {
    errors.push(String(event.error?.stack ?? event.message));
    event.preventDefault();
  };
  const onRejection = (event: PromiseRejectionEvent) => {
    errors.push(String((event.reason as Error)?.stack ?? event.reason));
    event.preventDefault();
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await fn();
    await pause(10);
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return errors;
}

export interface DeclaredAttribute {
  property: string;
  attribute: string;
  type: 'number' | 'boolean' | 'string' | 'other';
}

/** Every attribute an element class observes, from its Lit property declarations. */
export function attributesOf(element: ElementClass): DeclaredAttribute[] {
  const found: DeclaredAttribute[] = [];
  for (const [key, options] of element.elementProperties) {
    if (options.attribute === false || options.state || typeof key !== 'string') continue;
    const attribute = typeof options.attribute === 'string' ? options.attribute : key.toLowerCase();
    const type =
      options.type === Number
        ? 'number'
        : options.type === Boolean
          ? 'boolean'
          : options.type === String || !options.type
            ? 'string'
            : 'other';
    found.push({ property: key, attribute, type });
  }
  // Anything observed without a Lit property (a hand-written attributeChangedCallback).
  for (const attribute of (element as unknown as { observedAttributes: string[] })
    .observedAttributes) {
    if (!found.some((a) => a.attribute === attribute))
      found.push({ property: attribute, attribute, type: 'other' });
  }
  return found;
}

/**
 * The attribute `name` must exist on `element`: tests that put elements in states say so when it is
 * renamed.
 */
export function requireAttribute(element: ElementClass, name: string): string {
  if (!attributesOf(element).some((a) => a.attribute === name)) {
    throw new Error(
      `<${element.defaultTag}> has no "${name}" attribute any more:` +
        ' update the state this test sets',
    );
  }
  return name;
}

/** The element and its shadow roots, every element inside, nested shadow roots included. */
function allElements(root: Element | ShadowRoot): Element[] {
  const out: Element[] = [];
  const visit = (node: Element | ShadowRoot) => {
    for (const el of node.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(root instanceof Element && root.shadowRoot ? root.shadowRoot : root);
  return out;
}

/** A visually hidden live region: screen-reader announcements, which come and go on timers. */
const isAnnouncer = (node: Node) =>
  node instanceof Element &&
  (node.hasAttribute('aria-live') || node.getAttribute('role') === 'status') &&
  clipped(node);

/**
 * The text of an element's shadow roots, whitespace collapsed (style text left
 * out). Without `announcements`, the text of hidden live regions is left out
 * too: it depends on when an announcement's timer ran, not on the state.
 */
export function renderedText(host: Element, { announcements = true } = {}): string {
  const parts: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.nodeValue ?? '');
    if (node.nodeName === 'STYLE' || node.nodeName === 'SCRIPT') return;
    if (!announcements && isAnnouncer(node)) return;
    const children =
      node instanceof Element && node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes;
    children.forEach(visit);
  };
  visit(host);
  // Joined as they are: a word split by inline markup (a highlight) stays one word.
  return collapse(parts.join(''));
}

/**
 * What an element shows for its state: its text without screen-reader announcements, which depend
 * on timers.
 */
export const stateText = (el: Element) => renderedText(el, { announcements: false });

export const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

const SAFE_PROTOCOLS = ['http:', 'https:', 'tel:', 'mailto:'];
const URL_ATTRIBUTES = [
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'poster',
  'data',
  'ping',
  'srcset',
];
const ACTIVE_TAGS = ['SCRIPT', 'IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'BASE', 'META', 'LINK'];

/**
 * What in `host`'s rendering could run code: event handler attributes, script-like tags, unsafe
 * URLs.
 */
export function activeContent(host: Element): string[] {
  const problems: string[] = [];
  for (const el of allElements(host)) {
    if (ACTIVE_TAGS.includes(el.tagName.toUpperCase()))
      problems.push(`a <${el.localName}> element`);
    for (const { name, value } of el.attributes) {
      if (/^on/i.test(name)) problems.push(`<${el.localName} ${name}="${value.slice(0, 40)}">`);
      if (!URL_ATTRIBUTES.includes(name.toLowerCase())) continue;
      let protocol: string;
      try {
        protocol = new URL(value.trim(), el.baseURI).protocol;
      } catch {
        continue; // not a URL at all: nothing to navigate to
      }
      if (!SAFE_PROTOCOLS.includes(protocol))
        problems.push(`<${el.localName} ${name}="${value.slice(0, 60)}"> (${protocol})`);
    }
  }
  return problems;
}

/**
 * Whether `el` is clipped away on purpose (visually hidden text), itself or by an ancestor in its
 * root.
 */
function clipped(el: Element | null): boolean {
  for (let node = el; node; node = node.parentElement) {
    const style = getComputedStyle(node);
    if (style.clip !== 'auto' && style.clip !== '' && style.position === 'absolute') return true;
    if (style.clipPath !== 'none' && style.clipPath !== '') return true;
  }
  return false;
}

/**
 * What in `host`'s rendering lies outside the host's box horizontally (text
 * or boxes), and whether the host itself is wider than `maxWidth`.
 */
export function overflow(host: Element, maxWidth: number): string[] {
  const problems: string[] = [];
  const box = host.getBoundingClientRect();
  if (box.width > maxWidth + 0.5)
    problems.push(`<${host.localName}> is ${box.width}px wide, more than ${maxWidth}px`);
  if (host.scrollWidth > host.clientWidth + 1)
    problems.push(
      `<${host.localName}> scrolls sideways (${host.scrollWidth} > ${host.clientWidth})`,
    );
  const outside = (rect: DOMRect) =>
    rect.width > 0 && (rect.left < box.left - 1 || rect.right > box.right + 1);
  for (const el of allElements(host)) {
    const rect = el.getBoundingClientRect();
    if (outside(rect) && !clipped(el))
      problems.push(
        `<${el.localName}> spans ${Math.round(rect.left)}–${Math.round(rect.right)}px` +
          ` outside ${Math.round(box.left)}–${Math.round(box.right)}px`,
      );
    for (const node of el.childNodes) {
      if (node.nodeType !== Node.TEXT_NODE || !node.nodeValue?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const line of range.getClientRects()) {
        if (outside(line) && !clipped(el)) {
          problems.push(
            `text «${node.nodeValue.trim().slice(0, 30)}…» in <${el.localName}>` +
              ` reaches ${Math.round(line.right)}px (host ends at ${Math.round(box.right)}px)`,
          );
          break;
        }
      }
    }
  }
  return problems;
}

export interface KnownIssue {
  /** What is wrong, where, and how to see it. */
  text: string;
  /** The failure it causes in the test (anything else still fails). */
  failure: RegExp;
}

/**
 * Runs `body`. If it fails the way `issue` (a bug in code these tests do not
 * own, reported to its owner) makes it fail, the test is marked skipped with
 * the issue in its title; any other failure fails. When the bug is fixed the
 * test passes and the log says to remove the entry.
 */
export async function unlessKnown(
  context: Mocha.Context,
  issue: KnownIssue | undefined,
  body: () => Promise<void>,
): Promise<void> {
  if (!issue) return body();
  try {
    await body();
  } catch (error) {
    if (!issue.failure.test(String((error as Error)?.message ?? error))) throw error;
    context.test!.title += ` [known issue: ${issue.text}]`;
    console.warn(`known issue: ${issue.text}`);
    context.skip();
  }
  console.log(
    `known issue no longer seen, remove it from test/hardening/known-issues.ts: ${issue.text}`,
  );
}

/** Skips the running test in `engines`, with the reason in its title and the log. */
export function skipIn(context: Mocha.Context, engines: (typeof engine)[], reason: string): void {
  if (!engines.includes(engine)) return;
  context.test!.title += ` [skipped in ${engine}: ${reason}]`;
  console.info(`skipped in ${engine}: ${reason}`);
  context.skip();
}
