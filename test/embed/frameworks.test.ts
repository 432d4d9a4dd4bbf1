// The elements inside framework pages: React 19, Vue 3, and a page that binds
// the way Angular does. In each, a property (timeout, a number), attributes
// (city, theme, lang) and an event (oms-data-error) must reach the element.
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { OmsOfficeList } from '../../src/index.js';
import type { OmsDataErrorEvent } from '../../src/events.js';
import { consoleDuring } from '../support/console.js';
import { shadowText, until } from '../support/fixtures.js';

const MOSCOW = 'Vesh',
  PETERSBURG = 'Zheleznovod'; // an office address in each city (English)
const HANG = '/__test/hang';
// React and react-dom as one module, built by the test server (they ship CommonJS only);
// imported from a variable: TypeScript resolves only literal specifiers.
const REACT = '/__test/react.js';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => root.remove());

// The data errors these tests cause are logged by design.
consoleDuring('error');

/**
 * The same checks for each framework: the element got the attributes and a
 * number property, and (once `setSrc` points it at a server that never
 * answers) the event went to the framework's handler.
 */
async function expectBound(
  el: OmsOfficeList,
  errors: OmsDataErrorEvent[],
  setSrc: (src: string) => unknown,
) {
  await until(
    () => shadowText(el).includes(PETERSBURG),
    3000,
    'the St Petersburg offices in English',
  );
  expect(shadowText(el)).to.not.include(MOSCOW);
  expect(el.city).to.equal('spb');
  expect(el.getAttribute('theme')).to.equal('dark');
  expect(el.timeout, 'timeout set as a number property').to.equal(300);
  expect(el.hasAttribute('timeout'), 'as a property, not an attribute').to.equal(false);
  await setSrc(HANG);
  await until(() => errors.length > 0, 3000, 'the timeout error in the framework handler');
  expect(errors[0].kind).to.equal('timeout');
  expect(errors[0]).to.be.instanceOf(Event);
}

describe('embedding: frameworks', function () {
  this.timeout(15_000);

  it(
    'React 19: props become properties and attributes, ' + 'onoms-data-error gets the event',
    async () => {
      const { React, createRoot, flushSync } = await import(REACT);
      const h = React.createElement;
      const errors: OmsDataErrorEvent[] = [];
      let setSrc!: (src: string | undefined) => void;
      function App() {
        const [src, set] = React.useState(undefined);
        setSrc = set;
        return h(
          'div',
          { lang: 'en' },
          h('oms-office-list', {
            city: 'spb',
            theme: 'dark',
            timeout: 300,
            src,
            'onoms-data-error': (e: OmsDataErrorEvent) => errors.push(e),
          }),
        );
      }
      const reactRoot = createRoot(root);
      flushSync(() => reactRoot.render(h(React.StrictMode, null, h(App))));
      const el = root.querySelector('oms-office-list') as OmsOfficeList;
      await el.updateComplete;
      await expectBound(el, errors, (src) => flushSync(() => setSrc(src)));
      // A re-render with new props updates the element; an unmount leaves no error behind.
      flushSync(() => setSrc(undefined));
      await until(() => shadowText(el).includes(PETERSBURG), 3000, 'the bundled data again');
      reactRoot.unmount();
      expect(root.children.length).to.equal(0);
    },
  );

  it(
    'Vue 3: template bindings set the property and attributes, ' + '@oms-data-error gets the event',
    async () => {
      const { createApp, ref, nextTick } = await import('vue/dist/vue.esm-browser.prod.js');
      const errors: OmsDataErrorEvent[] = [];
      const src = ref<string | undefined>(undefined);
      const app = createApp({
        setup: () => ({ src, timeout: 300, onError: (e: OmsDataErrorEvent) => errors.push(e) }),
        template:
          '<div lang="en"><oms-office-list city="spb" theme="dark" :timeout="timeout"' +
          ' :src="src" @oms-data-error="onError"></oms-office-list></div>',
      });
      app.config.compilerOptions.isCustomElement = (tag: string) => tag.startsWith('oms-');
      app.mount(root);
      const el = root.querySelector('oms-office-list') as OmsOfficeList;
      await expectBound(el, errors, (url) => {
        src.value = url;
        return nextTick();
      });
      app.unmount();
    },
  );

  it(
    'an Angular-style page: [prop], [attr.x] and (event) ' +
      'bindings in a zone, also before the element is defined',
    async () => {
      // What Angular's renderer does: createElement, static attributes, insert,
      // then property bindings and listeners, each handler run inside a zone
      // that triggers change detection afterwards.
      const zone = {
        ticks: 0,
        run<T>(fn: () => T): T {
          try {
            return fn();
          } finally {
            this.ticks++;
          }
        },
      };
      for (const tag of ['oms-office-list', 'ng-lazy-office-list']) {
        const errors: OmsDataErrorEvent[] = [];
        const host = document.createElement('div');
        host.setAttribute('lang', 'en');
        const el = document.createElement(tag) as OmsOfficeList;
        el.setAttribute('theme', 'dark'); // [attr.theme]
        host.append(el);
        root.append(host);
        el.addEventListener('oms-data-error', (event) => zone.run(() => errors.push(event)));
        el.city = 'spb'; // [city]
        el.timeout = 300; // [timeout]
        // The lazy case: the library arrives after the bindings ran.
        if (!customElements.get(tag)) OmsOfficeList.define(tag);
        expect(el).to.be.instanceOf(OmsOfficeList);
        await el.updateComplete;
        await expectBound(el, errors, (src) => (el.src = src)); // [src]
        el.src = undefined;
        await el.updateComplete;
      }
      expect(zone.ticks).to.equal(2);
    },
  );
});
