import { expect } from '@open-wc/testing';
import { bundledDataset } from '../../data/bundled-dataset.js';
import { validateDataset } from '../../data/validate.js';
import type { Dataset } from '../../data/schema.js';
import * as root from '../../index.js';
import { bestCovered, textIndexBuilds } from '../text-index.js';
import { foldTransliteration } from '../normalize.js';
import { distanceKm, formatHours, mapLinks, officeOpenNow, type OfficeMatch } from '../offices.js';
import { filterOffices, officeIndex, prepareOfficeSearch, rankOffices } from '../office-search.js';
import {
  manyTestOffices,
  testOffices,
  TEST_OFFICES,
} from '../../../test/elements/oms-office-list.fixture.js';

function dataset(offices = TEST_OFFICES): Dataset {
  const result = validateDataset(testOffices(offices), bundledDataset);
  if (!result.success) throw new Error(JSON.stringify(result.issues));
  return result.data;
}

const ids = (matches: OfficeMatch[]) => matches.map((m) => m.office.id);
const test = dataset();

describe('filterOffices', () => {
  it('is exported from the package root', () => {
    expect(root.filterOffices).to.equal(filterOffices);
  });

  it('returns every office in dataset order, with city and insurer resolved', () => {
    const all = filterOffices(bundledDataset);
    expect(all).to.have.length(bundledDataset.offices.length);
    expect(all[0].city.id).to.equal(all[0].office.city);
    expect(all[0].insurer.id).to.equal(all[0].office.insurer);
    expect(ids(filterOffices(test))).to.deep.equal(TEST_OFFICES.map((o) => o.id));
  });

  it('filters by city and by insurer; unknown or empty values mean all', () => {
    expect(
      filterOffices(bundledDataset, { city: 'spb' }).every((m) => m.city.id === 'spb'),
    ).to.equal(true);
    expect(filterOffices(bundledDataset, { city: 'spb' })).to.have.length(5);
    expect(ids(filterOffices(test, { city: 'test-east', insurer: 'test-alpha' }))).to.deep.equal([
      'test-east-morskaya-5',
    ]);
    expect(filterOffices(test, { city: 'atlantis' })).to.have.length(4);
    expect(filterOffices(test, { insurer: '' })).to.have.length(4);
  });

  it('searches streets, addresses and insurer names in both languages', () => {
    expect(ids(filterOffices(bundledDataset, { query: 'Гастелло' }))).to.deep.equal([
      'msk-gastello-39',
    ]);
    expect(ids(filterOffices(bundledDataset, { query: 'gastello' }))).to.deep.equal([
      'msk-gastello-39',
    ]);
    expect(filterOffices(bundledDataset, { query: 'МАКС' }).map((m) => m.insurer.id)).to.deep.equal(
      ['maks-m', 'maks-m'],
    );
    expect(filterOffices(bundledDataset, { query: 'ингосстрах' })[0].office.id).to.equal(
      'msk-mitinskaya-19',
    );
  });

  it('normalises like the coverage search: case, ё/е, keyboard layout, typos, word forms', () => {
    const found = (query: string) => ids(filterOffices(test, { query }));
    expect(found('ЁЛОЧНАЯ')).to.deep.equal(['test-west-yolochnaya-1']);
    expect(found('елочная')).to.deep.equal(['test-west-yolochnaya-1']);
    expect(found('tkjxyfz'), 'елочная typed on a QWERTY layout').to.deep.equal([
      'test-west-yolochnaya-1',
    ]);
    expect(found('Ёлочнвя'), 'a typo').to.deep.equal(['test-west-yolochnaya-1']);
    expect(found('Морской'), 'another word form').to.deep.equal(['test-east-morskaya-5']);
    expect(found('Мор'), 'a prefix while typing').to.deep.equal(['test-east-morskaya-5']);
    expect(found('Гастелло')).to.deep.equal([]);
  });

  it('finds English addresses under common Latin spellings and street words', () => {
    const found = (query: string) => ids(filterOffices(bundledDataset, { query }));
    for (const query of ['Esenina', 'Yesenina', 'ulitsa Esenina', 'ul. Yesenina', 'Esenina street'])
      expect(found(query), query).to.deep.equal(['spb-yesenina-5']);
    for (const query of ['Zheleznovodskaya', 'Geleznovodskaya', 'Zheleznovodskaja'])
      expect(found(query), query).to.deep.equal(['spb-zheleznovodskaya-64']);
    expect(found('Kronstadtskaya')).to.deep.equal(['spb-kronshtadtskaya-13']);
    expect(found('Veshnjakovskaja')).to.deep.equal(['msk-veshnyakovskaya-23']);
    expect(found('Sredneokhtinskiy prospect')).to.deep.equal(['spb-sredneokhtinsky-39']);
    // Russian and layout-switched queries are searched as typed, not folded.
    expect(found('Есенина')).to.deep.equal(['spb-yesenina-5']);
  });

  it('keeps only the offices that match as many words as the best one', () => {
    // "Проба" names two offices; with the street only one of them matches both words.
    expect(ids(filterOffices(test, { query: 'проба' }))).to.have.members([
      'test-west-ispytateley-10',
      'test-east-testovaya-7',
    ]);
    expect(ids(filterOffices(test, { query: 'проба тестовая' }))).to.deep.equal([
      'test-east-testovaya-7',
    ]);
    // A word that matches nothing does not empty the list.
    expect(ids(filterOffices(test, { query: 'улица Морская' }))).to.deep.equal([
      'test-east-morskaya-5',
    ]);
  });

  it('combines the search with the city and insurer filters', () => {
    expect(ids(filterOffices(test, { query: 'Тест-Альфа', city: 'test-east' }))).to.deep.equal([
      'test-east-morskaya-5',
    ]);
    expect(filterOffices(test, { query: 'Морская', city: 'test-west' })).to.deep.equal([]);
  });

  it('sorts by distance from `near`, offices without a location last, and gives kilometres', () => {
    const fromEast = filterOffices(test, { near: { lat: 43.11, lon: 131.88 } });
    expect(ids(fromEast)[0]).to.equal('test-east-morskaya-5');
    expect(ids(fromEast)[3], 'no location: last').to.equal('test-east-testovaya-7');
    expect(fromEast[1].distance!).to.be.at.most(fromEast[2].distance!);
    expect(fromEast[0].distance).to.be.below(3);
    expect(fromEast[1].distance).to.be.above(6000);
    expect(fromEast[3].distance).to.equal(undefined);
    const fromWest = filterOffices(test, { near: { lat: 54.75, lon: 20.6 } });
    expect(ids(fromWest).slice(0, 2)).to.deep.equal([
      'test-west-ispytateley-10',
      'test-west-yolochnaya-1',
    ]);
    // Without coordinates the order stays as it was, and nothing gets a distance.
    expect(
      filterOffices(bundledDataset, { near: { lat: 55.75, lon: 37.6 } }).every(
        (m) => m.distance === undefined,
      ),
    ).to.equal(true);
    expect(ids(filterOffices(bundledDataset, { near: { lat: 55.75, lon: 37.6 } }))).to.deep.equal(
      ids(filterOffices(bundledDataset)),
    );
  });

  it('measures distance on the sphere', () => {
    // Moscow–St Petersburg is about 635 km as the crow flies.
    expect(distanceKm({ lat: 55.7558, lon: 37.6173 }, { lat: 59.9343, lon: 30.3351 })).to.be.within(
      625,
      645,
    );
  });

  it('builds the search index once per dataset', () => {
    const data = dataset();
    expect(officeIndex(data)).to.equal(officeIndex(data));
    expect(officeIndex(data)).to.not.equal(officeIndex(dataset()));
  });

  it('filters by city and insurer without building an index; a query builds one', () => {
    const data = dataset();
    const before = textIndexBuilds();
    rankOffices(data).slice(0, 20);
    rankOffices(data, { city: 'test-east' }).slice(0, 20);
    rankOffices(data, { insurer: 'test-alpha', near: { lat: 55, lon: 37 } }).slice(0, 20);
    expect(textIndexBuilds(), 'no query, no index').to.equal(before);
    rankOffices(data, { query: 'Тестовая' });
    expect(textIndexBuilds(), 'built on the first query').to.equal(before + 1);
  });

  it('prepares the index a query under the same city and insurer then searches', () => {
    const data = dataset();
    const cases = [
      { filter: {}, builds: 1 },
      { filter: { city: 'test-east' }, builds: 1 },
      // An unknown insurer filters nothing: the city's index again.
      { filter: { city: 'test-east', insurer: 'nope' }, builds: 0 },
    ];
    for (const { filter, builds } of cases) {
      const before = textIndexBuilds();
      prepareOfficeSearch(data, filter);
      prepareOfficeSearch(data, filter);
      expect(textIndexBuilds() - before, `built once (${JSON.stringify(filter)})`).to.equal(builds);
      expect(filterOffices(data, { ...filter, query: 'Тестовая' })).to.not.have.length(0);
      expect(textIndexBuilds() - before, 'the query finds it ready').to.equal(builds);
    }
  });

  // How fast is bench/offices.bench.mjs's (a filter change and a keystroke at 10,000
  // offices, under 16 ms); this checks what keeps it fast: nothing is built again.
  it('filters 10,000 offices from what was built once: no new index per search', () => {
    const large = dataset(manyTestOffices(10_000));
    const index = officeIndex(large);
    const search = index.bestCoveredDocs.bind(index);
    let searches = 0;
    index.bestCoveredDocs = (...args) => {
      searches++;
      return search(...args);
    };
    const byCity = filterOffices(large, { city: 'test-east' });
    expect(byCity.length).to.be.greaterThan(0);
    for (let i = 0; i < 10; i++) {
      expect(
        filterOffices(large, { city: 'test-east' }),
        'the same resolved offices',
      ).to.have.ordered.members(byCity);
      expect(filterOffices(large, { query: `Пробная-${i}` })).to.not.have.length(0);
    }
    expect(searches, 'searches of the index built up front').to.equal(10);
    expect(officeIndex(large), 'still the same index').to.equal(index);
    expect(
      filterOffices(large, { query: 'Пробная-12', city: 'test-west' }).every(
        (m) => m.city.id === 'test-west',
      ),
    ).to.equal(true);
  });

  it('never throws on odd input', () => {
    expect(filterOffices(test, { query: '   ' })).to.have.length(4);
    expect(filterOffices(test, { query: 42 as unknown as string })).to.have.length(4);
    expect(filterOffices(test, { near: { lat: Number.NaN, lon: 1 } })).to.have.length(4);
  });
});

describe('officeOpenNow', () => {
  const [west, , east, none] = filterOffices(test);

  it('reads the hours in the office city’s own time zone', () => {
    // Monday 2 March 2026, 23:30 UTC: Tuesday 01:30 in Kaliningrad, Tuesday 09:30 in Vladivostok.
    const at = new Date('2026-03-02T23:30:00Z');
    expect(officeOpenNow(west, at)).to.equal(false);
    expect(officeOpenNow(east, at)).to.equal(true);
    // Tuesday 07:30 UTC: 09:30 in Kaliningrad, 17:30 in Vladivostok.
    expect(officeOpenNow(west, new Date('2026-03-03T07:30:00Z'))).to.equal(true);
    expect(officeOpenNow(east, new Date('2026-03-03T07:30:00Z'))).to.equal(true);
    // 08:30 UTC: 18:30 in Vladivostok, closed; 10:30 in Kaliningrad.
    expect(officeOpenNow(east, new Date('2026-03-03T08:30:00Z'))).to.equal(false);
    expect(officeOpenNow(west, new Date('2026-03-03T08:30:00Z'))).to.equal(true);
  });

  it('knows the days: Saturday hours, closed on Sunday', () => {
    // Saturday 7 March 2026, 01:00 UTC = 11:00 in Vladivostok (open 10–14); 03:00 Kaliningrad
    // (closed).
    expect(officeOpenNow(east, new Date('2026-03-07T01:00:00Z'))).to.equal(true);
    expect(officeOpenNow(west, new Date('2026-03-07T09:00:00Z'))).to.equal(false);
    // Sunday 8 March 2026, 01:00 UTC = 11:00 in Vladivostok.
    expect(officeOpenNow(east, new Date('2026-03-08T01:00:00Z'))).to.equal(false);
  });

  it('closes at the closing minute', () => {
    // Tuesday 3 March 2026: 17:59 and 18:00 in Kaliningrad (UTC+2).
    expect(officeOpenNow(west, new Date('2026-03-03T15:59:00Z'))).to.equal(true);
    expect(officeOpenNow(west, new Date('2026-03-03T16:00:00Z'))).to.equal(false);
    expect(officeOpenNow(west, new Date('2026-03-03T06:59:00Z'))).to.equal(false);
    expect(officeOpenNow(west, new Date('2026-03-03T07:00:00Z'))).to.equal(true);
  });

  it('is undefined where the data has no hours', () => {
    expect(officeOpenNow(none)).to.equal(undefined);
  });
});

describe('formatHours and mapLinks', () => {
  it('writes day ranges and times in either locale', () => {
    const hours = [
      { days: [1, 2, 3, 4, 5], open: '09:00', close: '18:00' },
      { days: [6], open: '10:00', close: '14:00' },
      { days: [1, 3, 7], open: '19:00', close: '20:00' },
    ];
    expect(formatHours(hours, 'ru')).to.equal(
      'пн–пт 09:00–18:00; сб 10:00–14:00; пн, ср, вс 19:00–20:00',
    );
    expect(formatHours(hours, 'en')).to.equal(
      'Mon–Fri 09:00–18:00; Sat 10:00–14:00; Mon, Wed, Sun 19:00–20:00',
    );
  });

  it('links to the coordinates where there are some, else to the address', () => {
    const [located, , , unlocated] = filterOffices(test);
    const at = mapLinks(located);
    expect(at.yandex).to.equal('https://yandex.ru/maps/?text=54.7%2C20.5');
    expect(at.osm).to.equal('https://www.openstreetmap.org/search?query=54.7%2C20.5');
    const byAddress = mapLinks(unlocated);
    expect(decodeURIComponent(byAddress.yandex)).to.equal(
      'https://yandex.ru/maps/?text=ул. Тестовая, 7, Проверск',
    );
    expect(byAddress.osm.startsWith('https://www.openstreetmap.org/search?query=')).to.equal(true);
  });
});

describe('rankOffices', () => {
  const large = dataset(manyTestOffices(10_000));
  const index = officeIndex(large);
  const near = { lat: 52.05, lon: 31.02 };
  /** What filterOffices returned before it ranked lazily: all hits, sorted. */
  function everything(query?: string, at?: typeof near): OfficeMatch[] {
    const hits = (q: string) => bestCovered(index.search(q, index.size));
    // A query that finds nothing as typed is searched as Latin spellings fold («street» → St).
    const found = query && (hits(query).length ? hits(query) : hits(foldTransliteration(query)));
    const base = found || filterOffices(large);
    if (!at) return base;
    return base
      .map((m) => (m.office.location ? { ...m, distance: distanceKm(at, m.office.location) } : m))
      .sort((a, b) => (a.distance ?? Infinity) - (b.distance ?? Infinity) || 0);
  }

  it('pages through a word every address has in the order of a full ranking', () => {
    for (const [query, at] of [
      ['ул'],
      ['ул.', near],
      ['ул пробная-5'],
      ['street'],
      [undefined, near],
    ] as [string | undefined, typeof near | undefined][]) {
      const results = rankOffices(large, { query, near: at });
      const all = everything(query, at);
      expect(results.length, `${query} count`).to.equal(all.length);
      for (const [start, end] of [
        [0, 20],
        [20, 40],
        [all.length - 30, all.length + 10],
        [0, all.length],
      ]) {
        expect(ids(results.slice(start, end)), `${query} ${start}–${end}`).to.deep.equal(
          ids(all.slice(start, end)),
        );
      }
      expect(results.slice(0, 20).map((m) => m.distance)).to.deep.equal(
        all.slice(0, 20).map((m) => m.distance),
      );
    }
    // «ул» is in every address: all 10,000 match, only a page is ranked.
    expect(rankOffices(large, { query: 'ул' }).length).to.equal(10_000);
  });

  it('tells whether any of them has a location', () => {
    expect(rankOffices(large, { query: 'ул' }).located()).to.equal(true);
    const unlocated = dataset(manyTestOffices(6).filter((o) => !o.location));
    expect(rankOffices(unlocated).located()).to.equal(false);
    expect(rankOffices(large, { query: 'zzzzzz' }).length).to.equal(0);
  });
});
