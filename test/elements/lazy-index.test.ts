// Nothing built before it is needed: no element builds a search index during
// its first render without a query (browsing categories, the whole paid list
// and an unfiltered or city-filtered office list need none); the index the
// first keystroke will search is built once the browser is idle after that
// render, so typing builds nothing more. A query set from the start is a
// first use: that element searches at once.
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { render as renderInto, type TemplateResult } from 'lit';
import '../../src/define.js';
import { textIndexBuilds } from '../../src/core/text-index.js';
import { bundledDataset } from '../../src/data/bundled-dataset.js';
import { registerDataset } from '../../src/data/registry.js';
import { shortDelays } from '../support/delays.js';
import { until } from '../support/fixtures.js';
import { $, parts } from '../support/parts.js';

/** Waits for the browser's next idle period (or a timer where it has none). */
const idle = () =>
  new Promise<void>((resolve) =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(() => setTimeout(resolve))
      : setTimeout(resolve, 50),
  );

/** Types `text` into the element's search field and waits for its update. */
async function type(el: Updating, text: string) {
  $<HTMLInputElement>(el, '[part~="search"]')!.focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

type Updating = HTMLElement & { updateComplete: Promise<boolean> };

let container: HTMLElement | undefined;

/**
 * Renders `template` on a dataset of its own (whose indexes nobody has built
 * yet), waiting for nothing but its elements' first update (no frame, so no
 * idle period between), and returns the first element and how many indexes
 * were built since just before it.
 */
async function render(template: TemplateResult) {
  // Idle work of the tests before (on their own datasets) is done by now.
  await idle();
  await registerDataset(structuredClone(bundledDataset));
  const before = textIndexBuilds();
  container = document.createElement('div');
  container.lang = 'ru';
  document.body.append(container);
  renderInto(template, container);
  const elements = [...container.querySelectorAll<Updating>('*')].filter((e) => e.shadowRoot);
  await Promise.all(elements.map((e) => e.updateComplete));
  return { el: elements[0], built: () => textIndexBuilds() - before };
}

describe('search indexes are built on first use or when idle, never in a first render', () => {
  shortDelays({ settle: 0 });
  afterEach(() => {
    container?.remove();
    void registerDataset(undefined);
  });

  const cases = [
    {
      name: '<oms-coverage-check> browsing categories',
      template: html`<oms-coverage-check></oms-coverage-check>`,
      shown: 'category',
      query: 'гемодиализ',
      found: 'result',
    },
    {
      name: '<oms-coverage-check> with a category open',
      template: html`<oms-coverage-check category="dental"></oms-coverage-check>`,
      shown: 'category',
      query: 'эко',
      found: 'result',
    },
    {
      name: '<oms-office-list> with no filter',
      template: html`<oms-office-list></oms-office-list>`,
      shown: 'office',
      query: 'Вешняковская',
      found: 'office',
    },
    {
      name: '<oms-office-list> locked to a city',
      template: html`<oms-office-list city="spb"></oms-office-list>`,
      shown: 'office',
      query: 'Московский',
      found: 'office',
    },
    {
      name: '<oms-office-list> locked to an insurer',
      template: html`<oms-office-list insurer="sogaz-med"></oms-office-list>`,
      shown: 'office',
      query: 'Зоологическая',
      found: 'office',
    },
    {
      name: '<oms-paid-services> with an empty filter',
      template: html`<oms-paid-services></oms-paid-services>`,
      shown: 'item',
      query: 'косметолог',
      found: 'item',
    },
  ];

  for (const { name, template, shown, query, found } of cases) {
    it(`${name}: none in the first render, one when idle, none on typing`, async () => {
      const { el, built } = await render(template);
      expect(parts(el, shown).length, 'shows its data').to.be.above(0);
      expect(built(), 'indexes built during the first render').to.equal(0);
      await until(() => built() > 0, 3000, 'the index built when idle');
      expect(built(), 'one index, built when idle').to.equal(1);
      await type(el, query);
      expect(parts(el, found).length, `finds «${query}»`).to.be.above(0);
      expect(built(), 'the first keystrokes build nothing more').to.equal(1);
    });
  }

  it('<oms-coverage-check> with a query from the start searches at once', async () => {
    const { el, built } = await render(
      html`<oms-coverage-check query="гемодиализ"></oms-coverage-check>`,
    );
    expect(parts(el, 'result').length).to.be.above(0);
    expect(built(), 'the query is a first use').to.equal(1);
    await idle();
    expect(built(), 'nothing more when idle').to.equal(1);
  });

  it('<oms-coverage-check> and <oms-paid-services> share one index', async () => {
    const { built } = await render(
      html`<div>
        <oms-coverage-check></oms-coverage-check><oms-paid-services></oms-paid-services>
      </div>`,
    );
    expect(built()).to.equal(0);
    await until(() => built() > 0, 3000, 'the index built when idle');
    await idle();
    expect(built()).to.equal(1);
  });

  for (const template of [
    html`<oms-policy-guide situation="working"></oms-policy-guide>`,
    html`<oms-waiting-times></oms-waiting-times>`,
  ]) {
    it(`<${template.strings[0].slice(1).split('>')[0].split(' ')[0]}> builds none`, async () => {
      const { built } = await render(template);
      await idle();
      await idle();
      expect(built()).to.equal(0);
    });
  }
});
