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
    'Ids must be unique within each list, and every category, source, city, insurer and',
    'waiting-time',
    'reference must name an existing record, in the file or the bundled data',
    '(checked by the library, not expressible here).',
  ].join(' '),
  ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  required: ['schemaVersion'],
};
// Field descriptions the zod schema keeps as comments (runtime metadata would
// ship in every bundle): the waiting times and the rights.
const props = published.properties;
const describe = (node, description) => node && Object.assign(node, { description });
describe(
  props.waitingTimes,
  'The maximum waiting times of the Programme of State Guarantees (limits) and what to do ' +
    'when one is missed (whenMissed).',
);
const limit = props.waitingTimes?.properties?.limits?.items?.properties;
describe(
  limit?.limit,
  'The limit: value in unit (minutes, hours or workingDays), counted from the call, ' +
    'contacting the clinic, the day a test is ordered, the referral or the confirmed diagnosis.',
);
describe(
  limit?.shorter,
  'The shorter limit when cancer or a cardiovascular disease is suspected (cancer-or-cardio) ' +
    'or for a cancer patient (cancer); from, when counted from another moment.',
);
describe(limit?.note, 'A caveat of the limit (a region may differ, a part less certain).');
describe(props.rights, "The patient's rights when a clinic offers paid services.");
describe(
  props.coverage?.items?.properties?.waitingTime,
  'The id of the maximum waiting time in waitingTimes.limits that applies to this care.',
);
await mkdir('dist', { recursive: true });
await writeFile('dist/oms-dataset.schema.json', `${JSON.stringify(published, null, 2)}\n`);
console.log('dist/oms-dataset.schema.json written');
