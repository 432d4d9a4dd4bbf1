import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { defineAll, elements, OmsCoverageCheck, VERSION } from '../src/index.js';
import { withConsole } from './support/console.js';

describe('define', () => {
  it('defines every tag, and defining again never throws', () => {
    defineAll();
    defineAll();
    for (const element of elements) {
      expect(customElements.get(element.defaultTag)).to.equal(element);
      expect(() => element.define()).to.not.throw();
    }
  });

  it('defines a class under a tag of the developer’s choosing too', () => {
    OmsCoverageCheck.define('my-coverage-check');
    const ctor = customElements.get('my-coverage-check')!;
    expect(new ctor()).to.be.instanceOf(OmsCoverageCheck);
  });

  it('leaves one warning when another version holds a tag, and keeps it', async () => {
    class Other extends LitElement {
      static version = '0.0.1-other';
    }
    customElements.define('oms-version-clash-a', Other);
    customElements.define('oms-version-clash-b', class extends Other {});
    const warnings = await withConsole('warn', () => {
      OmsCoverageCheck.define('oms-version-clash-a');
      OmsCoverageCheck.define('oms-version-clash-b');
    });
    expect(warnings.calls).to.have.length(1);
    expect(warnings.messages[0]).to.contain('0.0.1-other');
    expect(customElements.get('oms-version-clash-a')).to.equal(Other);
  });

  it('reports the version of package.json', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
  });
});
