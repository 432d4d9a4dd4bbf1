// registerDataset() returns a Promise since 0.2.0 (the check is loaded on
// demand). Code written for the synchronous call of 0.1 keeps working until
// 0.3.0: the data still reaches the elements, with one console warning, and
// invalid data is reported on the console instead of an unhandled rejection.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import { bundledDataset } from '../src/data/bundled-dataset.js';
import { DatasetError } from '../src/data/errors.js';
import { registerDataset } from '../src/data/registry.js';
import { validateDataset } from '../src/index.js';
import { captureConsole } from './support/console.js';
import { until } from './support/fixtures.js';

const officeCount = (el: Element) => el.shadowRoot!.querySelectorAll('[part~="office"]').length;
const oneOffice = () => ({ schemaVersion: 1, offices: bundledDataset.offices.slice(0, 1) });

describe('registerDataset() and validateDataset() are asynchronous (0.2.0)', () => {
  const rejections: unknown[] = [];
  const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);
  beforeEach(() => {
    rejections.length = 0;
    addEventListener('unhandledrejection', onRejection);
  });
  afterEach(async () => {
    removeEventListener('unhandledrejection', onRejection);
    await registerDataset(undefined);
  });

  it('a call that is not awaited still works, with one warning a page', async () => {
    const el = await fixture(html`<oms-office-list></oms-office-list>`);
    const warn = captureConsole('warn');
    try {
      // Written for 0.1: the result is not used.
      // eslint-disable-next-line @typescript-eslint/no-floating-promises -- the old call
      registerDataset(oneOffice());
      await until(() => officeCount(el) === 1, 3000, 'the registered office');
      await until(() => warn.messages.length > 0, 1000, 'the warning');
      expect(warn.messages[0]).to.match(/registerDataset\(\) returns a Promise since 0\.2\.0/);
      // eslint-disable-next-line @typescript-eslint/no-floating-promises -- the old call again
      registerDataset(oneOffice());
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(warn.messages.length, 'once a page').to.equal(1);
    } finally {
      warn.restore();
    }
  });

  it('invalid data, not awaited: the issues on the console, no unhandled rejection', async () => {
    const error = captureConsole('error');
    const warn = captureConsole('warn');
    try {
      const bad = { schemaVersion: 1, offices: [{ id: 'x' }] };
      // eslint-disable-next-line @typescript-eslint/no-floating-promises -- the old call
      registerDataset(bad);
      await until(() => error.calls.length > 0, 3000, 'the console error');
      expect(error.messages[0]).to.match(/the dataset is invalid/);
      expect((error.calls[0][1] as unknown[]).length).to.be.greaterThan(0);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(rejections).to.deep.equal([]);
    } finally {
      warn.restore();
      error.restore();
    }
  });

  it('awaited: resolves to the dataset, rejects with a DatasetError, no warning', async () => {
    const warn = captureConsole('warn');
    try {
      const dataset = await registerDataset(oneOffice());
      expect(dataset.offices.length).to.equal(1);
      const error: unknown = await registerDataset({ schemaVersion: 1, offices: 'no' }).catch(
        (e: unknown) => e,
      );
      expect(error).to.be.instanceOf(DatasetError);
      expect((error as DatasetError).issues[0].path).to.match(/^offices/);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(warn.messages).to.deep.equal([]);
    } finally {
      warn.restore();
    }
  });

  it('only the newest call takes effect, and undefined goes back at once', async () => {
    const el = await fixture(html`<oms-office-list></oms-office-list>`);
    const all = officeCount(el);
    const first = registerDataset(oneOffice());
    const reset = registerDataset(undefined);
    await Promise.all([first, reset]);
    await until(() => officeCount(el) === all, 3000, 'the bundled offices');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(officeCount(el)).to.equal(all);
  });

  it('validateDataset() resolves to the check of the public API', async () => {
    const good = await validateDataset(oneOffice(), bundledDataset);
    expect(good.success).to.equal(true);
    const bad = await validateDataset({ schemaVersion: 1 });
    expect(bad.success).to.equal(false);
    expect(bad.issues.map((issue) => issue.path)).to.include('asOf');
  });
});
