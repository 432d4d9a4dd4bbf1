// Provenance: what a record's source is, and, separately, whether and when
// someone checked it against that source. A record nobody checked (the
// article's offices, at least) says so in words and never shows a "checked"
// date; sources with a stable page link it in a new tab; no patient-facing
// text speaks of "the source article".
import { expect, html } from '@open-wc/testing';
import '../src/define.js';
import { bundledDataset } from '../src/data/bundled-dataset.js';
import { registerDataset } from '../src/data/registry.js';
import { validateDataset } from '../src/data/validate.js';
import type { Dataset } from '../src/data/schema.js';
import type { OmsOfficeList } from '../src/components/oms-office-list/oms-office-list.js';
import type { OmsPolicyGuide } from '../src/components/oms-policy-guide/oms-policy-guide.js';
import { templates as en } from '../src/i18n/locales/en.js';
import type { Locale } from '../src/i18n/locale.js';
import { fixtureIn } from './support/fixtures.js';
import { parts } from './support/parts.js';

const text = (node: Element) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();
const UNCHECKED_OFFICE = {
  ru:
    'Адрес из статьи (дата публикации неизвестна) — ' +
    'уточните у страховой компании или в территориальном фонде ОМС.',
  en:
    'Address from an article (publication date unknown) — ' +
    'check with the insurer or the territorial OMS fund.',
};
const CHECKED = { ru: /Проверено/, en: /Checked/ };

/** Every string in `value`, however deep. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('provenance', () => {
  afterEach(() => registerDataset(undefined));

  it('no bundled office claims a check: none has asOf, the article is marked as one', () => {
    const article = bundledDataset.sources.find((s) => s.id === 'article')!;
    expect(article.article).to.equal(true);
    expect(article.published, 'the article is undated').to.equal(undefined);
    for (const office of bundledDataset.offices) {
      expect(office.source, office.id).to.equal('article');
      expect(office.asOf, office.id).to.equal(undefined);
    }
  });

  it('the schema takes a record without asOf, and rejects a malformed one', () => {
    const office = { ...bundledDataset.offices[0] };
    const good = validateDataset({ schemaVersion: 1, offices: [office] }, bundledDataset);
    expect(good.success).to.equal(true);
    const bad = validateDataset(
      { schemaVersion: 1, offices: [{ ...office, asOf: '24.11.2026' }] },
      bundledDataset,
    );
    expect(bad.success).to.equal(false);
    expect(bad.issues[0].path).to.contain('asOf');
  });

  for (const locale of ['ru', 'en'] as Locale[]) {
    it(`in ${locale}, no bundled office shows a checked date; each says so`, async () => {
      const el = await fixtureIn<OmsOfficeList>(
        locale,
        html`<oms-office-list limit="100"></oms-office-list>`,
      );
      const lines = parts(el, 'source').map(text);
      expect(lines).to.have.length.above(0);
      for (const line of lines) {
        expect(line).to.not.match(CHECKED[locale]);
        expect(line).to.contain(UNCHECKED_OFFICE[locale]);
      }
      expect(el.shadowRoot!.textContent).to.not.match(/\d\.\d\d\.\d{4}|\d [A-Z][a-z]{2} \d{4}/);
      await expect(el).to.be.accessible();
    });

    it(`in ${locale}, a checked office shows its date, a source its publication`, async () => {
      const office = bundledDataset.offices[0];
      const data: Partial<Dataset> = {
        sources: [
          ...bundledDataset.sources,
          { id: 'insurer-file', title: { ru: 'Сайт страховой', en: 'Insurer site' } },
          {
            id: 'dated-article',
            title: { ru: 'Статья', en: 'Article' },
            article: true,
            published: '2013-03-12',
          },
        ],
        offices: [
          { ...office, id: 'checked', source: 'insurer-file', asOf: '2026-12-02' },
          { ...office, id: 'dated', source: 'dated-article' },
        ],
      };
      await registerDataset({ ...bundledDataset, ...data });
      const el = await fixtureIn<OmsOfficeList>(locale, html`<oms-office-list></oms-office-list>`);
      const [checked, dated] = parts(el, 'source').map(text);
      expect(checked).to.match(
        locale === 'ru' ? /Проверено 2 декабря 2026\./ : /Checked 2 December 2026\./,
      );
      expect(dated).to.contain(
        locale === 'ru' ? 'опубликовано 12 марта 2013' : 'published 12 March 2013',
      );
      expect(dated).to.not.match(CHECKED[locale]);
      await expect(el).to.be.accessible();
    });

    it(`in ${locale}, a source with a url is linked in a new tab`, async () => {
      const el = await fixtureIn<OmsPolicyGuide>(
        locale,
        html`<oms-policy-guide situation="newborn"></oms-policy-guide>`,
      );
      const links = parts(el, 'source').flatMap((p) => [...p.querySelectorAll('a')]);
      const hrefs = links.map((a) => a.href);
      expect(hrefs).to.include('https://www.ffoms.gov.ru/');
      expect(hrefs).to.include('https://www.gosuslugi.ru/');
      for (const a of links) {
        expect(a.target).to.equal('_blank');
        expect(a.rel.split(' ')).to.include.members(['noopener', 'noreferrer']);
      }
      await expect(el).to.be.accessible();
    });
  }

  it('Gosuslugi and the Federal OMS Fund have their stable urls, from CATALOGUE.md', () => {
    const url = (id: string) => bundledDataset.sources.find((s) => s.id === id)?.url;
    expect(url('gosuslugi')).to.equal('https://www.gosuslugi.ru/');
    expect(url('ffoms-faq')).to.equal('https://www.ffoms.gov.ru/');
    expect(url('article'), 'the article has no stable address').to.equal(undefined);
  });

  it('no patient-facing text speaks of "the source article"', async () => {
    // Every interface string, Russian source and English target.
    const xliff = await (await fetch('/xliff/en.xlf')).text();
    expect(xliff).to.contain('<trans-unit');
    const texts = [
      ...strings(bundledDataset),
      ...Object.values(en).flatMap((t) => (typeof t === 'string' ? [t] : t.strings)),
      xliff,
    ];
    for (const t of texts) {
      expect(t).to.not.match(/исходн\S* стать|(source|original) article|article calls/i);
    }
  });

  it('the published JSON Schema describes source, asOf and the source fields', async () => {
    // Needs `npm run build` (dist/).
    const schema = (await (await fetch('/dist/oms-dataset.schema.json')).json()) as {
      properties: Record<
        string,
        { items: { properties: Record<string, { description?: string }> } }
      >;
    };
    const office = schema.properties.offices.items.properties;
    expect(office.asOf.description).to.match(/checked.*Leave it out when nobody has/);
    expect(office.source.description).to.match(/sources/);
    const source = schema.properties.sources.items.properties;
    for (const key of ['url', 'article', 'published'])
      expect(source[key].description).to.be.a('string');
  });
});
