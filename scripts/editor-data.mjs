#!/usr/bin/env node
// Editor data generated from custom-elements.json, so that tags and their
// attributes autocomplete: VS Code HTML custom data and JetBrains web-types,
// and the theming tokens (from src/internal/tokens.ts) for CSS: VS Code CSS
// custom data and web-types' css section.
import { readFile, writeFile } from 'node:fs/promises';
import { importTs } from './import-ts.mjs';

const manifest = JSON.parse(await readFile('custom-elements.json', 'utf8'));
const pkg = JSON.parse(await readFile('package.json', 'utf8'));

const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

const { TOKENS, elementToken } = await importTs('src/internal/tokens.ts');
const describeToken = (light, dark) =>
  light === 'inherit'
    ? 'Default: from the page.'
    : light === dark
      ? `Default: ${light}.`
      : `Default: ${light} (light), ${dark} (dark).`;
/** The global tokens, then each element's own, which falls back to the global one. */
const globalTokens = Object.values(TOKENS).map(([name, light, dark]) => ({
  name,
  description: describeToken(light, dark),
}));
const elementTokens = (tag) =>
  Object.values(TOKENS).map(([name]) => ({
    name: elementToken(tag.slice(4), name),
    description: `<${tag}> only; falls back to ${name}.`,
  }));

const valuesOf = (type) =>
  [...(type?.text ?? '').matchAll(/'([^']+)'/g)].map(([, value]) => ({ name: value }));
/** An element's summary and description, as one text for both editors. */
const describe = (element) => [element.summary, element.description].filter(Boolean).join('\n\n');

/** Where the VS Code language services publish their custom data schemas. */
const MICROSOFT = 'https://raw.githubusercontent.com/microsoft';

const vscode = {
  $schema: `${MICROSOFT}/vscode-html-languageservice/main/docs/customData.schema.json`,
  version: 1.1,
  tags: elements.map((element) => ({
    name: element.tagName,
    description: describe(element),
    attributes: (element.attributes ?? []).map((attribute) => {
      const values = valuesOf(attribute.type);
      return {
        name: attribute.name,
        description: attribute.description ?? '',
        ...(values.length ? { values } : {}),
      };
    }),
  })),
};

const webTypes = {
  $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
  name: pkg.name,
  version: pkg.version,
  'description-markup': 'markdown',
  contributions: {
    html: {
      elements: elements.map((element) => ({
        name: element.tagName,
        description: describe(element),
        attributes: (element.attributes ?? []).map((attribute) => ({
          name: attribute.name,
          description: attribute.description ?? '',
          value: { type: attribute.type?.text ?? 'string' },
        })),
        events: (element.events ?? []).map((event) => ({
          name: event.name,
          description: event.description ?? '',
        })),
        css: {
          parts: (element.cssParts ?? []).map((part) => ({
            name: part.name,
            description: part.description ?? '',
          })),
          properties: elementTokens(element.tagName),
        },
      })),
    },
    css: { properties: globalTokens },
  },
};

const vscodeCss = {
  $schema: `${MICROSOFT}/vscode-css-languageservice/main/docs/customData.schema.json`,
  version: 1.1,
  properties: [...globalTokens, ...elements.flatMap((element) => elementTokens(element.tagName))],
};

await writeFile('dist/vscode.html-custom-data.json', `${JSON.stringify(vscode, null, 2)}\n`);
await writeFile('dist/web-types.json', `${JSON.stringify(webTypes, null, 2)}\n`);
await writeFile('dist/vscode.css-custom-data.json', `${JSON.stringify(vscodeCss, null, 2)}\n`);
console.log(
  `editor data for ${elements.length} elements: dist/vscode.html-custom-data.json,` +
    ' dist/vscode.css-custom-data.json, dist/web-types.json',
);
