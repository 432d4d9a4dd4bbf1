// Test helpers shared by the <oms-paid-services> and <oms-policy-guide> tests.
import { expect, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { LitElement, TemplateResult } from 'lit';
import type { OmsDataErrorEvent } from '../../src/events.js';
import { withConsole } from '../support/console.js';
import { fixtureIn } from '../support/fixtures.js';

/** A `describe` that renders `template` at 320 px wide and checks nothing sticks out, and axe. */
export function fitsAt320(template: TemplateResult): void {
  describe('at 320 px wide with text at 200 %', () => {
    before(() => setViewport({ width: 320, height: 640 }));
    after(() => setViewport({ width: 800, height: 600 }));

    it('fits without horizontal scrolling', async () => {
      const el = await fixtureIn('ru', template);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      const right = el.getBoundingClientRect().right;
      for (const node of el.shadowRoot!.querySelectorAll('*')) {
        expect(node.getBoundingClientRect().right, node.outerHTML.slice(0, 60)).to.be.at.most(
          right + 1,
        );
      }
      await expect(el).to.be.accessible();
    });
  });
}

/**
 * Points `el` at a missing data file; resolves once it fired `oms-data-error` (kind `http`) and
 * rendered.
 */
export async function failToLoad(el: LitElement & { src?: string }): Promise<void> {
  await withConsole('error', async () => {
    const event = oneEvent<OmsDataErrorEvent>(el, 'oms-data-error');
    el.src = '/data/missing.json';
    expect((await event).kind).to.equal('http');
    await el.updateComplete;
  });
  expect(el.shadowRoot!.querySelector('[part="error"]')).to.not.equal(null);
  await expect(el).to.be.accessible();
}
