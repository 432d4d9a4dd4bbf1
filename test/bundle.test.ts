// The single-file builds, loaded as a CMS page would: no source imported here.
import { expect } from '@open-wc/testing';
import { consoleDuring } from './support/console.js';
import { until } from './support/fixtures.js';

// The build, imported from a variable: TypeScript resolves only literal specifiers.
const BUNDLE = '/dist/oms-widgets.js';
const tags = [
  'oms-coverage-check',
  'oms-office-list',
  'oms-paid-services',
  'oms-policy-guide',
  'oms-waiting-times',
];
const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

function loadClassic(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`failed to load ${src}`));
    document.head.append(script);
  });
}

describe('dist/oms-widgets.js', () => {
  const consoleErrors = consoleDuring('error').calls;
  const consoleWarnings = consoleDuring('warn').calls;

  it('defines every tag and exports the public API', async () => {
    const api = await import(BUNDLE);
    for (const tag of tags) expect(customElements.get(tag), tag).to.not.equal(undefined);
    expect(api.searchCoverage).to.be.a('function');
    expect(api.filterOffices).to.be.a('function');
    expect(api.setLocale).to.be.a('function');
    // CATALOGUE.md K2: dialysis is paid through OMS in 2026.
    expect(api.searchCoverage('гемодиализ')[0].status).to.equal('covered');
  });

  it('shows real Russian text by default and English on a lang="en" page', async () => {
    document.documentElement.lang = 'ru';
    const container = document.createElement('div');
    container.innerHTML = tags.map((tag) => `<${tag}></${tag}>`).join('');
    document.body.append(container);
    const elements = [...container.children];
    await until(() => elements.every((el) => /[а-яё]{4}/i.test(text(el))), 3000, 'Russian text');
    document.documentElement.lang = 'en';
    await until(
      () => elements.every((el) => !/[а-яё]{4}/i.test(text(el)) && /[a-z]{4}/i.test(text(el))),
      3000,
      'English text',
    );
    document.documentElement.lang = 'ru';
    container.remove();
  });

  it(
    'survives a second load of the same file ' + 'and the classic script on the same page',
    async () => {
      await import(`${BUNDLE}?second-copy`);
      await loadClassic('/dist/oms-widgets.classic.js');
      expect(
        (window as unknown as { OmsWidgets: { searchCoverage: unknown } }).OmsWidgets
          .searchCoverage,
      ).to.be.a('function');
      const el = document.createElement('oms-paid-services');
      document.body.append(el);
      await until(() => text(el).length > 100, 3000, 'a rendered element');
      el.remove();
    },
  );

  it('logged no error and no warning on the way', () => {
    expect(consoleErrors).to.deep.equal([]);
    expect(consoleWarnings).to.deep.equal([]);
  });
});
