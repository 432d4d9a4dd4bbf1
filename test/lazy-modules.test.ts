// An app that loads its elements' modules one at a time (code-split routes):
// each module brings its own bundled sections, and a data file loaded before
// a module arrived is merged again with what that module brought.
import { expect } from '@open-wc/testing';
import '../src/components/oms-office-list/oms-office-list.js';
import { bundledBase } from '../src/data/bundled.js';
import { loadDataset } from '../src/data/load.js';

describe('element modules loaded one at a time', () => {
  it('a src file shared by an element loaded later has that element’s sections', async () => {
    // Only the office list so far: no coverage catalogue in the page's bundle.
    expect(bundledBase().coverage).to.equal(undefined);
    const url = '/__test/part?keys=offices';
    const first = await loadDataset(url);
    expect(first.offices.length).to.be.greaterThan(0);
    expect(first.coverage).to.equal(undefined);
    expect(await loadDataset(url), 'the same file, once').to.equal(first);

    // The coverage check's module arrives (a route opened later).
    await import('../src/components/oms-coverage-check/oms-coverage-check.js');
    expect(bundledBase().coverage?.length).to.be.greaterThan(0);
    const second = await loadDataset(url);
    expect(second.coverage?.length, 'merged with the new sections').to.be.greaterThan(0);
    expect(second.categories?.length).to.be.greaterThan(0);
    expect(second.offices.length).to.equal(first.offices.length);
  });
});
