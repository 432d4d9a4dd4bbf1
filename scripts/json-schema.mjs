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
// Provenance, described on every record that carries it (the zod schema's
// comments say the same; descriptions there would cost bytes in the bundle).
const PROVENANCE = {
  source: 'The id of a record in `sources`: what the source of this fact is.',
  asOf:
    'The date (YYYY-MM-DD) someone checked this record against its source. Leave it out ' +
    'when nobody has: the record is then shown as unchecked ("address from an article, ' +
    'publication date unknown: check with the insurer or the territorial OMS fund"), ' +
    'never with a "checked" date.',
};
const SOURCE = {
  url: 'A stable public page with the source; the "why" line links it (new tab).',
  legal: 'True for laws, orders and decrees (shown as the legal basis).',
  article:
    'True for a press or web article rather than an official source: a record from it ' +
    'that nobody has checked says "from an article" in words.',
  published: 'When the source was published (YYYY-MM-DD), where known.',
};
function describeProvenance(node) {
  if (!node || typeof node !== 'object') return;
  const props = node.properties;
  if (props?.source && props.asOf) {
    for (const [key, text] of Object.entries(PROVENANCE)) props[key].description = text;
  }
  for (const value of Object.values(node)) describeProvenance(value);
}
describeProvenance(schema);
for (const [key, text] of Object.entries(SOURCE)) {
  schema.properties.sources.items.properties[key].description = text;
}

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
