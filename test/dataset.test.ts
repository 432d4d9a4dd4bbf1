import { expect } from '@open-wc/testing';
import { bundledDataset } from '../src/data/bundled-dataset.js';
import { validateDataset } from '../src/data/validate.js';

const raw = async () => (await fetch('/data/oms-dataset.json')).json();

describe('bundled dataset', () => {
  it('validates against the schema, as the file and as bundled', async () => {
    const file = validateDataset(await raw());
    expect(file.issues).to.deep.equal([]);
    expect(validateDataset(bundledDataset).success).to.equal(true);
  });

  it('has the ten offices of the article, by city, insurer and street', () => {
    const expected: [string, string, RegExp][] = [
      ['msk', 'Солидарность', /Вешняковская.*23/],
      ['msk', 'МАКС-М', /Гастелло.*39/],
      ['msk', 'РОСНО-МС', /2-я Владимирская.*31А/],
      ['msk', 'Ингосстрах-М', /Митинская.*19/],
      ['msk', 'СОГАЗ-Мед', /Зоологическая.*15/],
      ['spb', 'Капитал', /Московский.*22/],
      ['spb', 'РОСНО-МС', /Железноводская.*64/],
      ['spb', 'РГС-Медицина', /Есенина.*5/],
      ['spb', 'ГСМК', /Кронштадтская.*13/],
      ['spb', 'МАКС-М', /Среднеохтинский.*39/],
    ];
    const insurers = new Map(bundledDataset.insurers.map((i) => [i.id, i.name.ru]));
    expect(bundledDataset.offices).to.have.length(10);
    for (const [city, insurer, street] of expected) {
      const found = bundledDataset.offices.some(
        (o) =>
          o.city === city &&
          insurers.get(o.insurer)!.includes(insurer) &&
          street.test(o.address.ru),
      );
      expect(found, `${city}: ${insurer} at ${street}`).to.equal(true);
    }
  });

  it('invents no phones, hours, coordinates or websites', () => {
    for (const office of bundledDataset.offices) {
      expect(office.phones, office.id).to.equal(undefined);
      expect(office.hours, office.id).to.equal(undefined);
      expect(office.location, office.id).to.equal(undefined);
    }
    for (const insurer of bundledDataset.insurers)
      expect(insurer.website, insurer.id).to.equal(undefined);
  });

  it(
    'lists every paid service of article section 5, ' +
      'each with its exception, and IVF as covered',
    () => {
      const paid = bundledDataset.coverage.filter((e) => e.status === 'paid');
      const expected: [RegExp, boolean][] = [
        [/направлени|собственн|инициатив/i, true],
        [/аноним/i, true],
        [/на дому/i, true],
        [/после выписки/i, false],
        [/вакцин|привив/i, true],
        [/санатор/i, true],
        [/гомеопат/i, false],
        [/космет/i, false],
        [/протез/i, true],
        [/логоневр|заика/i, true],
        [/сексолог/i, false],
        [/психолог/i, false],
        [/сервис|комфорт|палат/i, false],
      ];
      for (const [title, hasException] of expected) {
        const entry = paid.find((e) => title.test(e.title.ru));
        expect(entry, String(title)).to.not.equal(undefined);
        if (hasException) expect(entry!.exceptions?.length ?? 0, entry!.id).to.be.greaterThan(0);
      }
      const ivf = bundledDataset.coverage.find((e) => /ЭКО/.test(e.title.ru));
      expect(ivf?.status).to.equal('covered');
      expect(ivf?.paidListNote).to.not.equal(undefined);
    },
  );

  it('applies CATALOGUE.md K1–K5: cancer, dialysis, heart surgery, newborn care are OMS', () => {
    const statusOf = (title: RegExp) =>
      bundledDataset.coverage.filter((e) => title.test(e.title.ru)).map((e) => e.status);
    for (const title of [/сердц/i, /лейк/i, /диализ/i, /лучев/i, /химиотерап/i, /новорожд/i]) {
      const statuses = statusOf(title);
      expect(statuses.length, String(title)).to.be.greaterThan(0);
      expect(new Set(statuses), String(title)).to.deep.equal(new Set(['covered']));
    }
    // Transplantation (K4) and the socially significant diseases stay budget-funded.
    for (const title of [/почк/i, /костн/i, /туберкул/i, /ВИЧ/]) {
      expect(statusOf(title), String(title)).to.include('budget');
    }
  });

  it('gives every record a source that exists and a date', () => {
    const sources = new Set(bundledDataset.sources.map((s) => s.id));
    for (const entry of bundledDataset.coverage) {
      expect(sources.has(entry.source), entry.id).to.equal(true);
      expect(entry.asOf).to.match(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it(
    'has the policy guide: contents, digital policy, ' +
      'change rule, ways to apply, six situations, advice',
    () => {
      const { guide, advice } = bundledDataset;
      expect(guide.policyContents.items.length).to.be.greaterThan(3);
      expect(guide.digitalPolicy.since).to.equal('2022-12-01');
      expect(guide.changeRule.deadline).to.deep.equal({ month: 11, day: 1 });
      expect(guide.waysToApply.map((w) => w.id)).to.include.members([
        'online',
        'delivery',
        'office',
      ]);
      expect(guide.situations.map((s) => s.id)).to.have.members([
        'working',
        'non-working',
        'child',
        'teen',
        'newborn',
        'foreign',
      ]);
      expect(advice.length).to.be.greaterThanOrEqual(3);
    },
  );
});

describe('validateDataset', () => {
  it('names the record and the field of an error', async () => {
    const data = await raw();
    data.coverage[0].title.en = '';
    data.offices[1].city = 'atlantis';
    const result = validateDataset(data);
    expect(result.success).to.equal(false);
    const paths = result.issues.map((i) => i.path);
    expect(paths).to.include(`coverage[0] "${data.coverage[0].id}" › title › en`);
    expect(paths).to.include(`offices[1] "${data.offices[1].id}" › city`);
  });

  it('rejects duplicate ids, unknown references and a wrong schema version', async () => {
    const old = await raw();
    old.schemaVersion = 2;
    expect(validateDataset(old).issues.map((i) => i.path)).to.include('schemaVersion');
    const data = await raw();
    data.coverage[1].id = data.coverage[0].id;
    data.coverage[2].source = 'nowhere';
    const messages = validateDataset(data)
      .issues.map((i) => i.message)
      .join('\n');
    expect(messages).to.match(/Duplicate id/);
    expect(messages).to.match(/Unknown source "nowhere"/);
  });

  it('never throws on junk', () => {
    for (const junk of [null, 42, 'x', [], {}, { coverage: 'no' }]) {
      expect(validateDataset(junk).success).to.equal(false);
    }
  });
});
