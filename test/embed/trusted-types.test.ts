// Trusted Types enforced by the page's CSP: Lit's policy (`lit-html`) allowed,
// the widgets work; refused, the library says so once, naming the policy.
import { expect } from '@open-wc/testing';
import { until } from '../support/fixtures.js';
import { openFrame, pageUrl, TAGS, type FrameWindow } from './frame.js';

const SCRIPTS = [
  ['module', 'module:/dist/oms-widgets.js'],
  ['classic', 'classic:/dist/oms-widgets.classic.js'],
] as const;
const OURS = /^oms-widgets: Trusted Types policy "lit-html" is not allowed/;

let frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of frames) frame.remove();
  frames = [];
});

describe('embedding: Trusted Types', function () {
  this.timeout(20_000);

  before(function () {
    // Firefox (ESR) and Safari have no Trusted Types: a page cannot enforce them there.
    if (!('trustedTypes' in window)) this.skip();
  });

  for (const [name, script] of SCRIPTS) {
    it(`renders where the page allows the lit-html policy (${name} script)`, async () => {
      const { frame, win, doc } = await openFrame(pageUrl([script], { tt: 'lit' }));
      frames.push(frame);
      const probe = win.__probe;
      for (const tag of TAGS) expect(win.customElements.get(tag), tag).to.not.equal(undefined);
      // The policy is really in force: a string into a script sink is refused.
      expect(() => (doc.createElement('script').textContent = '1')).to.throw(
        /TrustedScript|Sink type mismatch/, // Chromium's message, Firefox's
      );
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(probe.errors, 'errors').to.deep.equal([]);
      expect(
        probe.violations.filter((v) => !/^require-trusted-types-for/.test(v)),
        'violations by the widgets',
      ).to.deep.equal([]);
    });

    it(`logs one error naming lit-html where the page refuses it (${name} script)`, async () => {
      const frame = document.createElement('iframe');
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve));
      frame.src = pageUrl([script], { tt: 'none' });
      document.body.append(frame);
      frames.push(frame);
      await loaded;
      const win = frame.contentWindow as FrameWindow;
      await until(
        () => win.__probe.errors.some((error) => OURS.test(error)),
        5000,
        'the error naming the policy',
      );
      await new Promise((resolve) => setTimeout(resolve, 200));
      const ours = win.__probe.errors.filter((error) => error.startsWith('oms-widgets:'));
      expect(ours).to.have.length(1);
      expect(ours[0]).to.contain('trusted-types lit-html');
      expect(win.__probe.violations.some((v) => /^trusted-types .* lit-html$/.test(v))).to.equal(
        true,
      );
      for (const tag of TAGS) expect(win.customElements.get(tag), tag).to.equal(undefined);
    });
  }
});
