// A hostile host page (issue 14): enumerable properties on Object.prototype
// before the library loads (legacy CMS scripts add them), an `offices` key
// there, and datasets registered from JS that throw when read.
import { expect } from '@open-wc/testing';
import { registerDataset } from '../../src/data/registry.js';
import { DatasetError } from '../../src/data/errors.js';
import '../../src/components/oms-office-list/oms-office-list.js';
import { until } from '../support/fixtures.js';

const TAGS = [
  'oms-coverage-check',
  'oms-office-list',
  'oms-paid-services',
  'oms-policy-guide',
  'oms-waiting-times',
];
const bundled = async () =>
  (await (await fetch('/data/oms-dataset.json')).json()) as Record<string, unknown>;

/** A blank same-origin frame whose Object.prototype carries enumerable junk, then `script`. */
async function pollutedFrame(script: { type: 'module' | 'classic'; src: string }) {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  const win = frame.contentWindow as Window & typeof globalThis;
  const doc = frame.contentDocument!;
  const errors: string[] = [];
  win.addEventListener('error', (event) => errors.push(String(event.error ?? event.message)));
  const proto = win.Object.prototype as Record<string, unknown>;
  // What such scripts do: a plain assignment, and a method defined enumerable.
  proto.legacyFlag = true;
  Object.defineProperty(proto, 'each', {
    value: () => undefined,
    enumerable: true,
    writable: true,
    configurable: true,
  });
  doc.body.innerHTML = TAGS.map((tag) => `<${tag}></${tag}>`).join('');
  const el = doc.createElement('script');
  if (script.type === 'module') el.type = 'module';
  el.src = script.src;
  const loaded = new Promise((resolve) => {
    el.addEventListener('load', resolve);
    el.addEventListener('error', resolve);
  });
  doc.head.append(el);
  await loaded;
  return { frame, win, doc, errors, proto };
}

describe('hostile globals: Object.prototype with enumerable properties', function () {
  this.timeout(20_000);

  for (const type of ['module', 'classic'] as const) {
    const src = `/dist/oms-widgets${type === 'classic' ? '.classic' : ''}.js`;
    it(`the real bundle (${src}) defines every tag and renders`, async () => {
      const { frame, win, doc, errors, proto } = await pollutedFrame({ type, src });
      try {
        await until(() => TAGS.every((tag) => win.customElements.get(tag)), 5000, 'the tags');
        await until(
          () =>
            [...doc.body.children].every((el) =>
              /[а-яё]{4}/i.test(el.shadowRoot?.textContent ?? ''),
            ),
          5000,
          'the widgets’ text',
        );
        expect(errors, 'errors at load').to.deep.equal([]);
        // The page's own properties are back, as they were.
        expect(proto.legacyFlag).to.equal(true);
        expect(Object.getOwnPropertyDescriptor(proto, 'each')?.enumerable).to.equal(true);
      } finally {
        frame.remove();
      }
    });
  }
});

describe('hostile globals: registerDataset with data that throws when read', () => {
  afterEach(() => registerDataset(undefined));

  const throwsDatasetError = async (data: unknown) => {
    let thrown: unknown;
    try {
      await registerDataset(data);
    } catch (error) {
      thrown = error;
    }
    expect(thrown, String(thrown)).to.be.instanceOf(DatasetError);
    expect((thrown as DatasetError).kind).to.equal('schema');
    expect((thrown as DatasetError).issues.length).to.be.greaterThan(0);
  };

  it('a getter that throws: a DatasetError', async () => {
    const data = await bundled();
    Object.defineProperty(data, 'offices', {
      enumerable: true,
      get() {
        throw new Error('no offices for you');
      },
    });
    await throwsDatasetError(data);
  });

  it('a Proxy whose traps throw: a DatasetError', async () => {
    const trap = () => {
      throw new Error('trapped');
    };
    await throwsDatasetError(new Proxy({}, { get: trap, ownKeys: trap, has: trap }));
  });

  it('a revoked Proxy: a DatasetError', async () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    await throwsDatasetError(proxy);
  });

  it('Object.prototype.offices is not the file’s: the bundled offices stay', async () => {
    const { schemaVersion, advice } = await bundled();
    const proto = Object.prototype as Record<string, unknown>;
    Object.defineProperty(proto, 'offices', { value: [], configurable: true, writable: true });
    try {
      const dataset = await registerDataset({ schemaVersion, advice });
      expect(dataset.offices.length).to.be.greaterThan(0);
    } finally {
      delete proto.offices;
    }
  });
});
