// The search code of the per-tag CDN files (dist/cdn/oms-widgets.search.js):
// loaded from next to the file on first need, once; a query given before it
// has arrived is answered once it has; a page where it cannot be loaded says
// so in the widget, offers to try again, and keeps the rest of the widget
// (and the page) working.
import { expect } from '@open-wc/testing';
import { until } from '../support/fixtures.js';
import { framedPages, requestsFor, type FrameWindow } from './frame.js';

/** The widgets with a search, a query each finds one thing for, and the part of a result. */
const SEARCHES = [
  { tag: 'oms-coverage-check', query: 'гемодиализ', part: 'result', expected: 'Гемодиализ' },
  { tag: 'oms-office-list', query: 'Гастелло', part: 'office', expected: 'Гастелло, 39' },
  { tag: 'oms-paid-services', query: 'гомеопатия', part: 'item', expected: 'Гомеопатия' },
] as const;

const open = framedPages();

/** The search files the page requested. */
const searchRequests = (win: FrameWindow) => requestsFor(win, 'oms-widgets.search.js');

/** Text of an element inside a shadow root, spaces folded. */
const words = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

const results = (el: Element, part: string) => [
  ...el.shadowRoot!.querySelectorAll(`[part~="${part}"]`),
];

describe('embedding: the search code of the per-tag files', function () {
  this.timeout(30_000);

  for (const { tag, query, part, expected } of SEARCHES) {
    for (const kind of ['module', 'classic'] as const) {
      const file = kind === 'module' ? `/dist/cdn/${tag}.js` : `/dist/cdn/${tag}.classic.js`;

      it(`${tag} (${kind}): a query in the markup is answered, the code loaded once`, async () => {
        const { win, doc } = await open([`${kind}:${file}`], {
          tags: tag,
          src: 'none',
          csp: '1',
          query,
        });
        const el = doc.querySelector(tag)!;
        await until(() => results(el, part).length === 1, 5000, `one ${part} for ${query}`);
        expect(words(results(el, part)[0])).to.include(expected);
        expect(searchRequests(win)).to.have.length(1);
        expect(searchRequests(win)[0]).to.include('/dist/cdn/oms-widgets.search.js');
        expect([...win.__probe.errors], 'errors').to.deep.equal([]);
        expect([...win.__probe.violations], 'CSP violations').to.deep.equal([]);
      });
    }

    it(`${tag}: the reader's query is answered with the code loaded when idle`, async () => {
      const { win, doc } = await open([`module:/dist/cdn/${tag}.js`], { tags: tag, src: 'none' });
      const el = doc.querySelector(tag)!;
      await until(() => searchRequests(win).length === 1, 5000, 'the search code, when idle');
      const input = el.shadowRoot!.querySelector('input[type="search"]') as HTMLInputElement;
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await until(() => results(el, part).length === 1, 5000, `one ${part} for ${query}`);
      expect(words(results(el, part)[0])).to.include(expected);
      expect(searchRequests(win)).to.have.length(1);
    });

    it(`${tag}: without its search file, says so and offers to try again`, async () => {
      const { win, doc } = await open([`module:/__test/lone/${tag}.js`], {
        tags: tag,
        src: 'none',
        query,
      });
      const el = doc.querySelector(tag)!;
      const alert = el.shadowRoot!.querySelector('[role="alert"]');
      expect(alert, 'an error').to.not.equal(null);
      expect(words(alert!)).to.include('Поиск не загрузился');
      const retry = alert!.querySelector('button')!;
      expect(retry.textContent).to.include('Попробовать ещё раз');
      const tries = () => searchRequests(win).length;
      const before = tries();
      // Not again by itself: only when the reader asks.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(tries(), 'no retry by itself').to.equal(before);
      retry.click();
      await until(() => tries() === before + 1, 3000, 'one more try');
      await until(
        () => el.shadowRoot!.querySelector('[role="alert"]') !== null,
        3000,
        'the error again',
      );
      // The widget still works without a query, and the page shows no uncaught error.
      (el as HTMLElement & { query: string }).query = '';
      await until(
        () => el.shadowRoot!.querySelector('[role="alert"]') === null,
        3000,
        'no error without a query',
      );
      expect([...win.__probe.errors], 'errors').to.deep.equal([]);
    });
  }
});
