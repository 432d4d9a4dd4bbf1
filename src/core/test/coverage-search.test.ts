import { expect } from '@open-wc/testing';
import { bundledDataset } from '../../data/bundled-dataset.js';
import type { Dataset } from '../../data/schema.js';
import { coverageIndex, searchCoverage, suggestCoverage } from '../coverage-search.js';
import { createTextIndex } from '../text-index.js';
import { provideSections } from '../../data/bundled.js';

// Called without `dataset`, the search reads the bundled data: all of it here.
provideSections(bundledDataset);

const top = (query: string, locale: 'ru' | 'en' = 'ru') =>
  searchCoverage(query, { locale, limit: 3 })[0];

describe('searchCoverage', () => {
  it('returns the contract fields, in the requested locale, best first', () => {
    const [match, ...rest] = searchCoverage('гемодиализ', { limit: 5 });
    expect(match.id).to.equal('haemodialysis');
    // CATALOGUE.md K2: dialysis is paid through OMS in 2026.
    expect(match.status).to.equal('covered');
    expect(match.title).to.match(/Гемодиализ/);
    expect(match.source.title).to.be.a('string');
    expect(match.conditions).to.be.an('array');
    expect(match.exceptions).to.be.an('array');
    expect(match.asOf).to.match(/^\d{4}-\d{2}-\d{2}$/);
    for (const other of rest) expect(other.score).to.be.at.most(match.score);
  });

  it('answers an English query on a Russian page in Russian, and the reverse', () => {
    expect(top('hemodialysis', 'ru').title).to.match(/Гемодиализ/);
    expect(top('гемодиализ', 'en').title).to.match(/Haemodialysis/);
  });

  it('finds word forms, typos, prefixes and the wrong layout', () => {
    expect(top('химиотерапии').id).to.match(/chemotherapy/);
    expect(top('гемадиализа').id).to.equal('haemodialysis');
    expect(top('косметалогия').id).to.equal('cosmetology');
    expect(top('гомеоп').id).to.equal('homeopathy');
    expect(top('ujvtjgfnbz').id).to.equal('homeopathy');
    expect(top('kidney transplants', 'en').id).to.equal('kidney-transplant');
  });

  it('finds other forms of a root, English typos and the layout with punctuation keys', () => {
    expect(top('заикаюсь').id).to.equal('logoneurosis');
    expect(top('вставить зубы').id).to.equal('dental-prosthetics');
    expect(top('записаться к врачу').id).to.equal('polyclinic');
    // A typo in a word that also stands in the entry's prose ("vaccin…" in the summary).
    expect(top('vacination', 'en').id).to.equal('vaccination');
    expect(top('chemoterapy', 'en').id).to.equal('chemotherapy');
    expect(top('tubercolosis', 'en').id).to.equal('tuberculosis');
    // "'" and "," are the keys of «э» and «б» on the Russian layout.
    expect(top("'rj").id).to.equal('ivf');
    expect(top('ghjntp yjub').id).to.equal('prosthetics');
  });

  it('weighs a rare word over a common one, and a meaningful stop word a little', () => {
    expect(top('hemodialysis treatment', 'en').id).to.equal('haemodialysis');
    expect(top('пластическая операция').id).to.equal('plastic-surgery');
    expect(top('free medicines', 'en').id).to.equal('preferential-drugs');
    // Only stop words: they are searched for themselves.
    expect(() => searchCoverage('по на в')).to.not.throw();
  });

  it(
    'reads letters typed apart as one word, ' +
      'and a word being typed as a prefix rather than a typo of a short word',
    () => {
      expect(top('Э.К.О.').id).to.equal('ivf');
      expect(top('м р т').id).to.equal('diagnostics');
      // "прив" is on its way to «прививка», not one letter off «при» (the stem of «приём»).
      expect(top('прив').id).to.match(/^vaccination/);
    },
  );

  it('never answers with a generic word alone or a typo of another concept', () => {
    for (const word of ['терапия', 'операция', 'помощь', 'лечение', 'treatment', 'surgery']) {
      expect(searchCoverage(word), word).to.deep.equal([]);
      // The no-match message still has something to offer.
      expect(suggestCoverage(word).length, word).to.be.greaterThan(0);
    }
    const ids = (q: string, locale: 'ru' | 'en' = 'ru') =>
      searchCoverage(q, { locale }).map((m) => m.id);
    expect(ids('физиотерапия')).to.not.include('chemotherapy');
    expect(ids('химиотерапия')).to.not.include('physio-massage');
    expect(ids('больничный')).to.not.include('inpatient-acute');
    expect(top('операция катаракты').id).to.equal('cataract');
    expect(top('слуховой аппарат').id).to.equal('hearing-aids');
    expect(top('sick note', 'en').id).to.equal('sick-leave');
    expect(top('паллиативная помощь').id).to.equal('palliative-care');
  });

  it('carries the waiting time of a record, and none where none applies', () => {
    const [mri] = searchCoverage('МРТ');
    expect(mri.waitingTime?.limit).to.deep.equal({ value: 14, unit: 'workingDays', from: 'order' });
    expect(mri.waitingTime?.shorter?.value).to.equal(7);
    expect(top('скорая').waitingTime?.limit.unit).to.equal('minutes');
    expect(top('гомеопатия').waitingTime).to.equal(undefined);
  });

  it('leaves out matches far weaker than the best', () => {
    expect(searchCoverage('IVF treatment', { locale: 'en' }).map((m) => m.id)).to.deep.equal([
      'ivf',
    ]);
    // Equally good matches all stay.
    expect(searchCoverage('пересадка').map((m) => m.id)).to.have.members([
      'kidney-transplant',
      'bone-marrow-transplant',
    ]);
  });

  it('suggests the nearest entries for a query too far off to match', () => {
    expect(searchCoverage('гимодеолиз')).to.deep.equal([]);
    expect(suggestCoverage('гимодеолиз')[0].id).to.equal('haemodialysis');
    expect(suggestCoverage('hemodyalisys', { locale: 'en' })[0].title).to.match(/Haemodialysis/);
    expect(suggestCoverage('абракадабра')).to.deep.equal([]);
    expect(suggestCoverage('гимодеолиз', { limit: 0 })).to.deep.equal([]);
  });

  it('matches abbreviations exactly, without typo tolerance on short words', () => {
    expect(top('ЭКО').id).to.equal('ivf');
    // Latin K and O in a Cyrillic word; full-width letters.
    expect(top('ЭKO').id).to.equal('ivf');
    expect(top('ЭＫＯ').id).to.equal('ivf');
    expect(top('ВИЧ').id).to.equal('hiv');
    expect(top('МРТ').id).to.equal('diagnostics');
    // One letter off a three-letter word is another word, not a typo.
    expect(searchCoverage('ВИЖ').map((m) => m.id)).to.not.include('hiv');
  });

  it('does not let a two-letter typo in a short word match', () => {
    // "роды" with two letters changed must not find childbirth.
    expect(searchCoverage('рисы').map((m) => m.id)).to.not.include('pregnancy-childbirth');
  });

  it('finds nothing by a letter alone when the other words match nothing', () => {
    // "c" of "c-section": neither hepatitis C, nor «с» read on the other layout.
    expect(searchCoverage('гепатит с')).to.deep.equal([]);
    expect(searchCoverage('hepatitis c', { locale: 'en' })).to.deep.equal([]);
    // A letter still counts next to a word that matches, and spelt-out letters are a word.
    expect(top('c section', 'en').id).to.equal('pregnancy-childbirth');
    expect(top('x ray', 'en').id).to.equal('x-ray-ultrasound-ecg');
    expect(top('м р т').id).to.equal('diagnostics');
  });

  it('takes a word spelt letter by letter whole, not as the start of a longer one', () => {
    // "A&E" is not the beginning of "aesthetic" (cosmetology).
    expect(searchCoverage('A&E', { locale: 'en' })).to.deep.equal([]);
    expect(suggestCoverage('A&E', { locale: 'en' })).to.deep.equal([]);
    expect(top('I.V.F.', 'en').id).to.equal('ivf');
    expect(top('в и ч').id).to.equal('hiv');
    // Typed together, a beginning still finds what it begins.
    expect(top('гемод').id).to.equal('haemodialysis');
  });

  it('ignores stop words when other words remain', () => {
    expect(top('бесплатно ли МРТ по ОМС').id).to.equal('diagnostics');
    expect(top('is IVF free under OMS', 'en').id).to.equal('ivf');
  });

  it('respects limit and handles empty, junk and very long queries without throwing', () => {
    expect(searchCoverage('лечение', { limit: 2 })).to.have.length.at.most(2);
    expect(searchCoverage('лечение', { limit: 0 })).to.deep.equal([]);
    for (const junk of [
      '',
      '   ',
      '!!!',
      '<img src=x onerror=alert(1)>',
      'ж'.repeat(10_000),
      '🩺',
      '\u200b',
    ]) {
      expect(() => searchCoverage(junk)).to.not.throw();
    }
    expect(searchCoverage('')).to.deep.equal([]);
    expect(searchCoverage(42 as unknown as string)).to.deep.equal([]);
  });

  it('searches a dataset passed in, and builds its index once', () => {
    const dataset: Dataset = { ...bundledDataset, coverage: bundledDataset.coverage.slice(0, 3) };
    const index = coverageIndex(dataset);
    expect(coverageIndex(dataset)).to.equal(index);
    expect(index.size).to.equal(3);
    expect(searchCoverage('гемодиализ', { dataset })).to.deep.equal([]);
  });
});

describe('createTextIndex', () => {
  it('ranks a title match over a keyword match over a summary match', () => {
    const index = createTextIndex(
      [
        { title: 'other', keywords: 'other', summary: 'apple pie' },
        { title: 'other', keywords: 'apple', summary: 'other' },
        { title: 'apple', keywords: 'other', summary: 'other' },
      ],
      {
        fields: (d) => [
          { text: d.title, weight: 3 },
          { text: d.keywords, weight: 2 },
          { text: d.summary, weight: 0.5, fuzzy: false },
        ],
      },
    );
    expect(index.search('apple').map((hit) => hit.index)).to.deep.equal([2, 1, 0]);
  });

  it('counts a word found in few documents over one found in many', () => {
    const index = createTextIndex(
      ['common rare', 'common alpha', 'common beta', 'common gamma', 'rare'],
      { fields: (t) => [{ text: t, weight: 1 }] },
    );
    // "rare" is in two documents, "common" in four: the one with "rare" only beats the ones with
    // "common" only.
    const ranked = index.search('common rare').map((hit) => hit.index);
    expect(ranked[0]).to.equal(0);
    expect(ranked[1]).to.equal(4);
  });

  it('keeps a typo match in a title when the same stem is in its prose too', () => {
    const index = createTextIndex([{ title: 'vaccination', prose: 'a vaccine' }], {
      fields: (d) => [
        { text: d.title, weight: 3 },
        { text: d.prose, weight: 0.5, fuzzy: false },
      ],
    });
    expect(index.search('vacination')).to.have.length(1);
    // Prose alone takes word forms, not typos or prefixes.
    const prose = createTextIndex(['a vaccine'], {
      fields: (t) => [{ text: t, weight: 1, fuzzy: false }],
    });
    expect(prose.search('vaccines')).to.have.length(1);
    expect(prose.search('vacine')).to.have.length(0);
    expect(prose.search('vacc')).to.have.length(0);
  });

  it('prefers documents matching every word', () => {
    const index = createTextIndex(['kidney transplant', 'kidney kidney', 'transplant'], {
      fields: (t) => [{ text: t, weight: 1 }],
    });
    expect(index.search('kidney transplant')[0].index).to.equal(0);
    expect(index.search('kidney transplant')[0].coverage).to.equal(1);
  });
});
