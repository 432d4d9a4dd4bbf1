import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import { getLocale, setLocale } from '../src/i18n/locale.js';
import { withConsole } from './support/console.js';
import { shadowText } from './support/fixtures.js';

describe('locale', () => {
  const htmlLang = document.documentElement.lang;
  afterEach(() => {
    setLocale('auto');
    document.documentElement.lang = htmlLang;
  });

  it('is Russian by default and follows <html lang> as it changes', async () => {
    document.documentElement.lang = '';
    const el = await fixture(html`<oms-paid-services></oms-paid-services>`);
    expect(getLocale()).to.equal('ru');
    expect(el.shadowRoot!.querySelector('ul')!.getAttribute('aria-label')).to.match(/Услуги/);
    document.documentElement.lang = 'en-GB';
    await aTimeout(0);
    await (el as any).updateComplete;
    expect(getLocale()).to.equal('en');
    expect(el.shadowRoot!.querySelector('ul')!.getAttribute('aria-label')).to.match(/Services/);
  });

  it(
    'takes the nearest lang, the element’s own lang first, ' + 'and setLocale() over the page',
    async () => {
      document.documentElement.lang = 'ru';
      const wrapper = await fixture(
        html`<div lang="en">
          <oms-policy-guide></oms-policy-guide><oms-policy-guide lang="ru"></oms-policy-guide>
        </div>`,
      );
      const [inherited, own] = wrapper.querySelectorAll('oms-policy-guide');
      await (inherited as any).updateComplete;
      expect(shadowText(inherited)).to.match(/Your situation/);
      expect(shadowText(own)).to.match(/Ваша ситуация/);
      const plain = await fixture(html`<oms-policy-guide></oms-policy-guide>`);
      expect(shadowText(plain)).to.match(/Ваша ситуация/);
      setLocale('en');
      await aTimeout(0);
      expect(shadowText(plain)).to.match(/Your situation/);
      expect(shadowText(own)).to.match(/Ваша ситуация/);
    },
  );

  it('ignores an unsupported locale with a warning', async () => {
    const warnings = await withConsole('warn', () => setLocale('de' as 'en'));
    expect(warnings.messages[warnings.messages.length - 1]).to.contain('de');
    expect(getLocale()).to.equal(document.documentElement.lang.startsWith('en') ? 'en' : 'ru');
  });
});
