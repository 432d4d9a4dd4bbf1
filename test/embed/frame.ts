// Embedding tests open real pages in an iframe: each page is a separate
// document with its own scripts, styles and (for some) CSP, as a CMS makes it.
import { until } from '../support/fixtures.js';

export const TAGS = [
  'oms-coverage-check',
  'oms-office-list',
  'oms-paid-services',
  'oms-policy-guide',
  'oms-waiting-times',
] as const;

interface Probe {
  errors: string[];
  warnings: string[];
  violations: string[];
}

export type FrameWindow = Window &
  typeof globalThis & { __probe: Probe; OmsWidgets?: Record<string, unknown> };

export const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Opens `url` in an iframe `width` px wide and waits until every widget on it shows real text. */
export async function openFrame(
  url: string,
  width = 800,
): Promise<{ frame: HTMLIFrameElement; win: FrameWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 600px; border: 0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as FrameWindow;
  const doc = frame.contentDocument!;
  const widgets = () => [...doc.querySelectorAll(TAGS.join(','))];
  await until(
    () =>
      widgets().length > 0 &&
      widgets().every(
        (el) => /[а-яёa-z]{4}/i.test(text(el)) && !el.shadowRoot!.querySelector('[part~="status"]'),
      ),
    8000,
    `the widgets on ${url}`,
  );
  return { frame, win, doc };
}

/** `/__test/page` with these scripts (`module:URL` or `classic:URL`) and options. */
export function pageUrl(scripts: string[], options: Record<string, string> = {}): string {
  const params = new URLSearchParams(options);
  for (const script of scripts) params.append('script', script);
  return `/__test/page?${params}`;
}

/**
 * `open(scripts, options)` for a test file: opens a `pageUrl` page in an
 * iframe, and removes every frame it opened after each test.
 */
export function framedPages() {
  let frames: HTMLIFrameElement[] = [];
  afterEach(() => {
    for (const frame of frames) frame.remove();
    frames = [];
  });
  return async (scripts: string[], options: Record<string, string>) => {
    const opened = await openFrame(pageUrl(scripts, options));
    frames.push(opened.frame);
    return opened;
  };
}

/** The URLs of the files named `file` that the page requested. */
export const requestsFor = (win: FrameWindow, file: string) =>
  win.performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.includes(file));
