#!/usr/bin/env node
// What a TypeScript user of the npm package sees: packs the package (`npm
// pack`, after `npm run build`), installs the tarball into an empty project
// outside this repository, and compiles a small consumer file for each entry
// point (the root, `define`, each `<tag>/define`) with `tsc`, once with
// `moduleResolution: bundler` and (the root and `define`) as an ES module
// under `node16`. Each
// file uses its tags' properties and events the way an app would: a define
// entry alone must bring its tags into `HTMLElementTagNameMap` and their
// events into `GlobalEventHandlersEventMap`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const tsc = join(root, 'node_modules/typescript/bin/tsc');
const tags = readdirSync(join(root, 'src/components')).sort();

/** What an app does with one tag: set its properties, listen to its events. */
const USES = {
  'oms-coverage-check': `const check = document.createElement('oms-coverage-check');
check.query = 'МРТ';
check.limit = 5;
check.addEventListener('oms-coverage-result', (event) => {
  const first: string | undefined = event.matches[0]?.title;
  console.log(event.query, first);
});`,
  'oms-office-list': `const offices = document.createElement('oms-office-list');
offices.city = 'spb';
offices.addEventListener('oms-office-select', (event) => {
  const id: string = event.office.office.id;
  console.log(id, event.office.insurer.name.ru);
});`,
  'oms-paid-services': `const paid = document.createElement('oms-paid-services');
paid.compact = true;
paid.query = 'зубы';`,
  'oms-policy-guide': `const guide = document.createElement('oms-policy-guide');
guide.situation = 'working';
guide.now = new Date();
guide.addEventListener('oms-guide-change', (event) => {
  const situation: string | undefined = event.situation;
  console.log(situation);
});`,
};
/** Every element fires data errors. */
const dataError = (
  tag,
) => `document.querySelector('${tag}')?.addEventListener('oms-data-error', (event) => {
  console.log(event.kind, event.issues.length);
});`;
const use = (tag) => `${USES[tag] ?? `document.createElement('${tag}').src = '/data.json';`}
${dataError(tag)}`;

const consumers = {
  root: `import { OmsOfficeList, searchCoverage, filterOffices, getDataset } from 'oms-widgets';
import { registerDataset, validateDataset } from 'oms-widgets';
import type { CoverageMatch, Dataset } from 'oms-widgets';
const matches: CoverageMatch[] = searchCoverage('гемодиализ', { locale: 'en', limit: 3 });
const status: 'covered' | 'budget' | 'paid' | undefined = matches[0]?.status;
OmsOfficeList.define('my-offices');
console.log(status, filterOffices(getDataset(), { city: 'spb' }).length);
// Since 0.2.0 the check is loaded on demand: both are asynchronous.
const registered: Dataset = await registerDataset({ schemaVersion: 1, offices: [] });
const checked = await validateDataset(registered);
console.log(checked.success ? checked.data.offices.length : checked.issues[0]?.path);`,
  schema: `import { DatasetSchema, validateDataset, SCHEMA_VERSION } from 'oms-widgets/schema';
import type { Dataset, DatasetValidation } from 'oms-widgets/schema';
const result: DatasetValidation = validateDataset({ schemaVersion: SCHEMA_VERSION });
const data: Dataset | undefined = result.data;
console.log(result.success, data, DatasetSchema.safeParse({}).success);`,
  define: `import 'oms-widgets/define';
${tags.map(use).join('\n')}`,
  ...Object.fromEntries(
    tags.map((tag) => [tag, `import 'oms-widgets/${tag}/define';\n${use(tag)}`]),
  ),
};

const run = (command, args, cwd) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

const dir = mkdtempSync(join(tmpdir(), 'oms-types-'));
let failed = 0;
try {
  const tarball = run('npm', ['pack', '--silent', '--pack-destination', dir], root).trim();
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--prefer-offline', tarball],
    dir,
  );
  const settings = {
    bundler: { module: 'esnext', moduleResolution: 'bundler' },
    node16: { module: 'node16', moduleResolution: 'node16' },
  };
  for (const [name, code] of Object.entries(consumers)) {
    writeFileSync(join(dir, `${name}.ts`), `${code}\nexport {};\n`);
    // node16 once for the root and `define`: the resolution differs, not the tags.
    const resolutions = tags.includes(name) ? ['bundler'] : Object.keys(settings);
    for (const resolution of resolutions) {
      const options = settings[resolution];
      const config = `tsconfig.${name}.${resolution}.json`;
      const compilerOptions = {
        ...options,
        target: 'es2022',
        lib: ['es2022', 'dom', 'dom.iterable'],
        strict: true,
        noEmit: true,
        types: [],
      };
      writeFileSync(join(dir, config), JSON.stringify({ compilerOptions, files: [`${name}.ts`] }));
      try {
        run(process.execPath, [tsc, '-p', config], dir);
        console.log(`types: ok   ${name} (${resolution})`);
      } catch (error) {
        failed++;
        console.error(`types: FAIL ${name} (${resolution})\n${error.stdout}${error.stderr}`);
      }
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (failed) {
  console.error(`types: ${failed} consumer file(s) do not compile against the packed package.`);
  process.exit(1);
}
console.log(
  `types: every consumer file compiles against ${Object.keys(consumers).length} entries.`,
);
