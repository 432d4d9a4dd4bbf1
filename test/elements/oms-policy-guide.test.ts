// <oms-policy-guide>: the chooser and the answer for each situation (article
// sections 2, 6, 7, 8 with FACTS rows 2, 3, 6, 7), the deadline countdown,
// the printable checklist, the situation attribute, events, keyboard,
// announcements, 320 px at 200 % text, axe in every state and both locales.
import { expect, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { changeDeadline } from '../../src/core/guide.js';
import { bundledDataset } from '../../src/data/bundled-dataset.js';
import type { OmsGuideChangeEvent } from '../../src/events.js';
import type { Locale } from '../../src/i18n/locale.js';
import type { OmsPolicyGuide } from '../../src/components/oms-policy-guide/oms-policy-guide.js';
import { withConsole } from '../support/console.js';
import { shortDelays } from '../support/delays.js';
import { fixtureIn, shadowText, until } from '../support/fixtures.js';
import { $, live } from '../support/parts.js';
import { stub } from '../support/stub.js';
import { failToLoad, fitsAt320 } from './oms-paid-guide.support.js';

const { guide, advice } = bundledDataset;
const deadline = guide.changeRule.deadline;

const radios = (el: Element) => [
  ...el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part="situation"] input'),
];
const text = (el: Element, part: string) =>
  ($(el, `[part="${part}"]`)?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function guideEl(situation?: string, locale: Locale = 'ru', now?: Date) {
  return fixtureIn<OmsPolicyGuide>(
    locale,
    html`<oms-policy-guide situation=${situation ?? ''} .now=${now}></oms-policy-guide>`,
  );
}

describe('changeDeadline()', () => {
  it('counts calendar days to this year’s 1 November, 0 on the day', () => {
    expect(changeDeadline(deadline, new Date(2026, 9, 25, 23, 59))).to.deep.equal({
      date: '2026-11-01',
      days: 7,
      passed: false,
    });
    expect(changeDeadline(deadline, new Date(2026, 0, 1, 0, 1)).days).to.equal(304);
    expect(changeDeadline(deadline, new Date(2026, 10, 1, 23, 0))).to.include({
      days: 0,
      passed: false,
    });
  });

  it('after the deadline, points at next year’s', () => {
    expect(changeDeadline(deadline, new Date(2026, 10, 2, 0, 30))).to.deep.equal({
      date: '2027-11-01',
      days: 364,
      passed: true,
    });
    expect(changeDeadline(deadline, new Date(2027, 11, 31)).date).to.equal('2028-11-01');
  });

  it('reads a day past the month’s end as its last day, and an invalid date as today', () => {
    expect(changeDeadline({ month: 2, day: 31 }, new Date(2028, 0, 10)).date).to.equal(
      '2028-02-29',
    );
    expect(changeDeadline({ month: 2, day: 31 }, new Date(2027, 0, 10)).date).to.equal(
      '2027-02-28',
    );
    expect(changeDeadline(deadline, new Date('nonsense')).date).to.match(/^\d{4}-11-01$/);
  });
});

describe('<oms-policy-guide>', () => {
  shortDelays();

  it('offers every situation of the article and FACTS.md', async () => {
    const el = await guideEl();
    expect(guide.situations.map((s) => s.id)).to.deep.equal([
      'working',
      'non-working',
      'child',
      'teen',
      'newborn',
      'foreign',
    ]);
    expect(radios(el).length).to.equal(6);
    expect(text(el, 'chooser')).to.contain('Иностранный гражданин или беженец');
    expect(radios(el).some((r) => r.checked)).to.equal(false);
    expect($(el, '[part="answer"]'), 'no answer before a choice').to.equal(null);
    await expect(el).to.be.accessible();
  });

  for (const situation of guide.situations) {
    it(
      `answers for "${situation.id}": issuer, next steps, documents; ` +
        'ways to apply, change rule, digital policy, advice for everyone',
      async () => {
        const el = await guideEl(situation.id);
        const answer = text(el, 'answer');
        for (const fact of situation.issuer) expect(answer).to.contain(fact.text.ru);
        const checklist = [...$(el, '[part="checklist"]')!.querySelectorAll('li')].map((li) =>
          li.textContent.trim(),
        );
        expect(checklist).to.deep.equal(situation.documents.items.map((i) => i.ru));
        expect($(el, 'ol[part="steps"]')!.querySelectorAll('li')).to.have.length(3);
        const general = text(el, 'general');
        for (const way of guide.waysToApply) expect(general).to.contain(way.title.ru);
        expect(general).to.contain(guide.changeRule.text.ru);
        for (const exception of guide.changeRule.exceptions)
          expect(general).to.contain(exception.ru);
        expect(general).to.contain(guide.digitalPolicy.text.ru);
        for (const channel of advice) expect(general).to.contain(channel.title.ru);
        expect(answer).to.match(/Источник:.*Проверено/);
        await expect(el).to.be.accessible();
        const en = await guideEl(situation.id, 'en');
        expect(text(en, 'checklist')).to.contain(situation.documents.items[0].en);
        await expect(en).to.be.accessible();
      },
    );
  }

  it('says what FACTS.md says for each situation', async () => {
    const answers: Record<string, string> = {};
    for (const s of guide.situations) answers[s.id] = text(await guideEl(s.id), 'answer');
    expect(answers.newborn, 'row 6').to.match(/страховой компании мамы, пока не пройдёт 30 дней/);
    expect(answers.child, 'row 7').to.match(
      /Свидетельство о рождении.*представителя.*СНИЛС ребёнка, если он есть/,
    );
    expect(answers.teen, 'row 7').to.match(/Паспорт.*СНИЛС/);
    expect(answers.foreign, 'row 7').to.match(
      /вид на жительство или разрешение на временное проживание.*удостоверение беженца/,
    );
    expect(answers.working, 'K6: the 1991 law is not stated').to.not.match(/администрация района/);
    expect(answers.working, 'K6').to.match(/С 2011 года каждый сам выбирает.*полис не выдаёт/);
    for (const answer of Object.values(answers)) {
      expect(answer, 'K6: no employer issues a policy').to.not.match(/через работодателя/);
    }
    const general = text(await guideEl(), 'general');
    expect(general, 'row 2').to.match(/С 1 декабря 2022 года.*менять их не нужно/);
    expect(general, 'row 3').to.match(/один раз в календарный год.*не позднее 1 ноября/);
    expect(general, 'K7').to.match(/На госуслугах\. .*посмотреть свой полис.*о выборе или замене/);
  });

  it('shows what applies to everyone before any situation is chosen', async () => {
    const el = await guideEl(undefined, 'ru', new Date(2026, 9, 25, 12));
    expect($(el, '[part="answer"]')).to.equal(null);
    const general = text(el, 'general');
    expect(general).to.contain(guide.digitalPolicy.text.ru);
    expect(general).to.contain('Как подать заявление');
    expect(general).to.contain('Смена страховой компании');
    expect(text(el, 'deadline')).to.equal(
      'Сменить страховую в этом году можно до 1 ноября 2026: осталось 7 дней.',
    );
    const en = await guideEl(undefined, 'en');
    expect(text(en, 'general')).to.contain('On Gosuslugi');
    await expect(en).to.be.accessible();
  });

  it('tells a newborn’s parent what to do by when; 1 November is the change rule', async () => {
    for (const locale of ['ru', 'en'] as Locale[]) {
      const el = await guideEl('newborn', locale, new Date(2026, 10, 25, 12));
      const newborn = guide.situations.find((s) => s.id === 'newborn')!;
      expect(text(el, 'situation-deadline')).to.equal(newborn.deadline!.text[locale]);
      expect(text(el, 'situation-deadline')).to.match(/30 (дней|days)/);
      const answer = $(el, '[part="answer"]')!;
      expect(answer.querySelector('[part="deadline"]'), 'no countdown in the answer').to.equal(
        null,
      );
      expect(text(el, 'answer')).to.not.match(/1\.11\.|1 Nov/);
      expect($(el, '[part="general"] [part="deadline"]')!.textContent).to.match(
        locale === 'ru' ? /смене страховой прошёл/ : /change insurer has passed/,
      );
      await expect(el).to.be.accessible();
    }
    const working = await guideEl('working');
    expect($(working, '[part="situation-deadline"]')).to.equal(null);
  });

  it('shows what the policy holds, whatever the situation', async () => {
    const el = await guideEl();
    for (const item of guide.policyContents.items) expect(shadowText(el)).to.contain(item.ru);
    expect(shadowText(el)).to.contain('Что указано в полисе');
  });

  it('counts the days left to this year’s deadline from the injected date', async () => {
    const before = await guideEl('working', 'ru', new Date(2026, 9, 25, 12));
    expect(text(before, 'deadline')).to.equal(
      'Сменить страховую в этом году можно до 1 ноября 2026: осталось 7 дней.',
    );
    before.now = new Date(2026, 9, 31, 12);
    await before.updateComplete;
    expect(text(before, 'deadline')).to.equal(
      'Сменить страховую в этом году можно до 1 ноября 2026: остался 1 день.',
    );
    before.now = new Date(2026, 9, 29, 12);
    await before.updateComplete;
    expect(text(before, 'deadline')).to.equal(
      'Сменить страховую в этом году можно до 1 ноября 2026: осталось 3 дня.',
    );
    const onTheDay = await guideEl('working', 'ru', new Date(2026, 10, 1, 12));
    expect(text(onTheDay, 'deadline')).to.equal(
      'Сменить страховую в этом году: сегодня последний день, 1 ноября 2026.',
    );
    const after = await guideEl('working', 'ru', new Date(2026, 10, 25, 12));
    expect(text(after, 'deadline')).to.equal(
      'В этом году срок подачи заявления о смене страховой прошёл; следующий — 1 ноября 2027.',
    );
    expect(text(after, 'general'), 'the exceptions still apply').to.contain(
      'Переезд в другое место жительства',
    );
    const en = await guideEl('working', 'en', new Date(2026, 9, 25, 12));
    expect(text(en, 'deadline')).to.equal(
      'You can change insurer this year until 1 November 2026: 7 days left.',
    );
    en.now = new Date(2026, 9, 31, 12);
    await en.updateComplete;
    expect(text(en, 'deadline')).to.equal(
      'You can change insurer this year until 1 November 2026: 1 day left.',
    );
    en.now = new Date(2026, 10, 2, 12);
    await en.updateComplete;
    expect(text(en, 'deadline')).to.equal(
      'This year’s deadline for applying to change insurer has passed; ' +
        'the next one is 1 November 2027.',
    );
  });

  it(
    'is operated from the keyboard: arrows choose, ' + 'the event fires, the change is announced',
    async () => {
      const el = await guideEl();
      radios(el)[0].focus();
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(el.situation).to.equal('working');
      const event = oneEvent<OmsGuideChangeEvent>(el, 'oms-guide-change');
      await sendKeys({ press: 'ArrowDown' });
      expect((await event).situation).to.equal('non-working');
      await el.updateComplete;
      expect(el.getAttribute('situation')).to.equal('non-working');
      expect(text(el, 'answer')).to.contain(guide.situations[1].issuer[0].text.ru);
      await until(() => live(el).includes('Не работаю'), 2000, 'the announcement');
      expect(live(el)).to.match(/^Ответ обновлён: Не работаю/);
      await sendKeys({ press: 'Tab' });
      const boxes = $(el, '[part="checklist"]')!.querySelectorAll('input');
      expect(el.shadowRoot!.activeElement, 'Tab moves on to the checklist').to.equal(boxes[0]);
      await sendKeys({ press: ' ' });
      expect(boxes[0].checked, 'a box is ticked from the keyboard').to.equal(true);
      for (const _ of boxes) await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement, 'then to the print button').to.equal(
        $(el, '[part="print"]'),
      );
    },
  );

  it('starts another situation with its checklist unticked', async () => {
    const el = await guideEl('working');
    const boxes = () => [...$(el, '[part="checklist"]')!.querySelectorAll('input')];
    boxes()[0].click();
    expect(boxes()[0].checked).to.equal(true);
    radios(el)[5].click();
    await el.updateComplete;
    expect(el.situation).to.equal('foreign');
    expect(boxes().map((box) => box.checked)).to.not.include(true);
  });

  it('preselects the situation attribute, and follows its changes', async () => {
    const el = await guideEl('newborn');
    expect(radios(el)[4].checked).to.equal(true);
    expect(text(el, 'answer')).to.contain('30 дней');
    el.setAttribute('situation', 'foreign');
    await el.updateComplete;
    expect(radios(el)[5].checked).to.equal(true);
    expect(text(el, 'checklist')).to.contain('удостоверение беженца');
  });

  it('ignores an unknown situation with one console warning', async () => {
    await withConsole('warn', async (warnings) => {
      const el = await guideEl('pensioner');
      el.requestUpdate();
      await el.updateComplete;
      expect(radios(el).some((r) => r.checked)).to.equal(false);
      expect($(el, '[part="answer"]')).to.equal(null);
      expect(warnings.calls.length).to.equal(1);
      expect(warnings.messages[0]).to.match(/unknown situation "pensioner".*working/);
    });
  });

  it('prints the answer and the checklist only, with ticked boxes', async function () {
    const el = await guideEl('child');
    const page = el.parentElement!;
    const neighbour = document.createElement('p');
    neighbour.textContent = 'The host page around the guide';
    page.before(neighbour);
    const boxes = [...$(el, '[part="checklist"]')!.querySelectorAll<HTMLInputElement>('input')];
    expect(boxes.map((b) => b.type)).to.deep.equal(['checkbox', 'checkbox', 'checkbox']);
    boxes[0].click();
    expect(boxes[0].checked, 'ticked on screen').to.equal(true);
    let printed = 0;
    const restore = stub(window, 'print', () => printed++);
    try {
      $(el, '[part="print"]')!.click();
    } finally {
      restore();
    }
    expect(printed).to.equal(1);
    const shown = (node: Element | null) => !!node && getComputedStyle(node).display !== 'none';
    expect(shown($(el, '[part="chooser"]')), 'chooser on screen').to.equal(true);
    expect(shown(neighbour), 'the host page on screen').to.equal(true);
    try {
      // Firefox over WebDriver BiDi cannot emulate print media: the button is checked, the print
      // styles are not.
      if (
        !(await emulateMedia({ media: 'print' }).then(
          () => true,
          () => false,
        ))
      )
        this.skip();
      try {
        expect(shown(neighbour), 'the host page').to.equal(false);
        expect(shown(el), 'the guide').to.equal(true);
        expect(shown($(el, '[part="chooser"]')), 'chooser').to.equal(false);
        expect(shown($(el, '[part="print"]')), 'print button').to.equal(false);
        expect(shown($(el, 'section:not([part])')), 'policy contents').to.equal(false);
        expect(shown($(el, '[part="general"]')), 'what applies to everyone').to.equal(false);
        expect(shown($(el, '[part="answer"]')), 'answer').to.equal(true);
        expect(shown($(el, '[part="checklist"]')), 'checklist').to.equal(true);
        expect(boxes[0].checked, 'the ticked box prints ticked').to.equal(true);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    } finally {
      window.dispatchEvent(new Event('afterprint'));
      neighbour.remove();
    }
    expect(document.querySelector('[data-oms-print-path]'), 'cleaned up after print').to.equal(
      null,
    );
    expect(document.adoptedStyleSheets).to.have.length(0);
  });

  it('fires oms-data-error for a bad src', async () => {
    const el = await guideEl('child');
    await failToLoad(el);
    expect($(el, '[part="answer"]')).to.equal(null);
  });

  for (const locale of ['ru', 'en'] as const) {
    it(`is axe-clean in ${locale} before and after a choice, and speaks ${locale}`, async () => {
      const el = await guideEl(undefined, locale);
      await expect(el).to.be.accessible();
      radios(el)[2].click();
      await el.updateComplete;
      expect(text(el, 'checklist')).to.contain(
        locale === 'ru' ? 'Свидетельство о рождении' : 'birth certificate',
      );
      expect(shadowText(el)).to.contain(locale === 'ru' ? 'Как подать заявление' : 'How to apply');
      await until(() => live(el).length > 0, 2000, 'the announcement');
      expect(live(el)).to.contain(locale === 'ru' ? 'Ответ обновлён' : 'Answer updated');
      await expect(el).to.be.accessible();
    });
  }

  fitsAt320(
    html`<oms-policy-guide situation="foreign" style="font-size: 200%"></oms-policy-guide>`,
  );
});
