#!/usr/bin/env node
// Publishes the dataset schema as JSON Schema (dist/oms-dataset.schema.json),
// generated from the zod schema, so that insurers can validate their data
// files in their own tools. Rules between records (unique ids, references)
// cannot be said in JSON Schema: the library still checks them when it loads.
// A file may be a part of a dataset (offices only, coverage only, …): the
// library takes the sections it leaves out from the bundled dataset, so only
// schemaVersion is required at the top.
import { mkdir, writeFile } from 'node:fs/promises';
import { toJSONSchema } from 'zod/v4/core';
import { importTs } from './import-ts.mjs';

const { DatasetSchema } = await importTs('src/data/schema.ts');
const schema = toJSONSchema(DatasetSchema, {
  target: 'draft-2020-12',
  unrepresentable: 'any',
  io: 'input',
});
const published = {
  $schema: schema.$schema,
  title: 'oms-widgets dataset',
  description: [
    'A dataset for oms-widgets: coverage entries, offices, the policy guide.',
    'A file may hold only some sections (offices only, coverage only, …):',
    'the others come from the bundled dataset.',
    'Ids must be unique within each list, and every category, source, city and insurer',
    'reference must name an existing record, in the file or the bundled data',
    '(checked by the library, not expressible here).',
  ].join(' '),
  ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  required: ['schemaVersion'],
};
await mkdir('dist', { recursive: true });
await writeFile('dist/oms-dataset.schema.json', `${JSON.stringify(published, null, 2)}\n`);
console.log('dist/oms-dataset.schema.json written');
