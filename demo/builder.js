// The snippet builder: the elements and their attributes come from
// custom-elements.json, the choices for city, insurer, situation and
// category from the bundled dataset, so the builder never goes stale.
import { bundledDataset } from '/dist/oms-widgets.js';
import { buildSnippet, defaultScriptUrl } from './snippet.js';

const form = document.getElementById('builder-form');
const tagSelect = document.getElementById('tag');
const attributesBox = document.getElementById('attributes');
const tokensBox = document.getElementById('tokens');
const preview = document.getElementById('preview');
const snippetBox = document.getElementById('snippet');
const scriptUrl = document.getElementById('script-url');
const copyButton = document.getElementById('copy');
const copyStatus = document.getElementById('copy-status');

const TOKENS = [
  [
    '--oms-color-accent',
    { ru: 'Акцент (ссылки, кнопки)', en: 'Accent (links, buttons)' },
    '#1d4ed8',
  ],
  ['--oms-color-text', { ru: 'Текст', en: 'Text' }, '#111827'],
  ['--oms-color-surface', { ru: 'Фон', en: 'Background' }, '#ffffff'],
  ['--oms-color-border', { ru: 'Рамки', en: 'Borders' }, '#8a8f98'],
];
// Attributes whose values come from the dataset.
const CHOICES = {
  city: () => bundledDataset.cities,
  insurer: () => bundledDataset.insurers,
  category: () => bundledDataset.categories,
  situation: () => bundledDataset.guide.situations,
};
// src and timeout are for insurers with a data file of their own, not for a snippet.
const SKIP = new Set(['src', 'lang', 'timeout']);
// Words for the attributes a CMS editor meets; the attribute's name follows in brackets.
const NAMES = {
  city: { ru: 'Город', en: 'City' },
  insurer: { ru: 'Страховая компания', en: 'Insurer' },
  situation: { ru: 'Ситуация', en: 'Situation' },
  category: { ru: 'Раздел', en: 'Category' },
  limit: { ru: 'Сколько результатов показывать', en: 'How many results to show' },
  query: { ru: 'Начальный текст поиска', en: 'Initial search text' },
  theme: { ru: 'Палитра (auto — как на странице)', en: 'Palette (auto follows the page)' },
};
const lang = () => (document.documentElement.lang === 'en' ? 'en' : 'ru');
const label = (text) => Object.assign(document.createElement('span'), { textContent: text });

let manifest = [];

function field(attribute) {
  const wrapper = document.createElement('label');
  const words = NAMES[attribute.name]?.[lang()];
  wrapper.append(label(words ? `${words} (${attribute.name})` : attribute.name));
  const type = attribute.type?.text ?? 'string';
  const choices = CHOICES[attribute.name]?.();
  const unions = [...type.matchAll(/'([^']+)'/g)].map(([, v]) => v);
  let input;
  if (choices || unions.length) {
    input = document.createElement('select');
    input.append(new Option('—', ''));
    for (const choice of choices ?? unions.map((id) => ({ id }))) {
      const name = choice.name ?? choice.title;
      input.append(new Option(name ? `${name[lang()]} (${choice.id})` : choice.id, choice.id));
    }
  } else if (type.includes('boolean')) {
    input = document.createElement('input');
    input.type = 'checkbox';
  } else {
    input = document.createElement('input');
    input.type = type.includes('number') ? 'number' : 'text';
    if (input.type === 'number') input.min = '1';
  }
  input.name = `attr:${attribute.name}`;
  if (attribute.description) input.title = attribute.description;
  wrapper.append(input);
  return wrapper;
}

function renderAttributeFields() {
  const element = manifest.find((e) => e.tagName === tagSelect.value);
  attributesBox.replaceChildren(
    ...(element?.attributes ?? []).filter((a) => !SKIP.has(a.name)).map(field),
  );
}

function renderTokenFields() {
  tokensBox.replaceChildren(
    ...TOKENS.map(([name, text, initial]) => {
      const wrapper = document.createElement('div');
      wrapper.className = 'token';
      const use = Object.assign(document.createElement('input'), {
        type: 'checkbox',
        name: `use:${name}`,
        id: `use-${name}`,
      });
      const useLabel = Object.assign(document.createElement('label'), {
        htmlFor: use.id,
        textContent: text[lang()],
      });
      const color = Object.assign(document.createElement('input'), {
        type: 'color',
        name: `token:${name}`,
        value: initial,
      });
      color.setAttribute('aria-label', `${text[lang()]}: ${name}`);
      wrapper.append(use, useLabel, color);
      return wrapper;
    }),
  );
}

/** The builder's state, read from the form. */
export function readState() {
  const data = new FormData(form);
  const attributes = {};
  const tokens = {};
  for (const [key, value] of data) {
    if (key.startsWith('attr:')) attributes[key.slice(5)] = value === 'on' ? true : value;
    if (key.startsWith('token:') && data.get(`use:${key.slice(6)}`)) tokens[key.slice(6)] = value;
  }
  if (data.get('lang')) attributes.lang = data.get('lang');
  const classic = data.get('classic') === 'on';
  return {
    tag: tagSelect.value,
    attributes,
    tokens,
    classic,
    scriptUrl: scriptUrl.value || defaultScriptUrl(classic),
  };
}

function update() {
  const state = readState();
  const snippet = buildSnippet(state);
  snippetBox.textContent = snippet;
  // The preview is the real element with the same attributes and tokens.
  const element = document.createElement(state.tag);
  for (const [name, value] of Object.entries(state.attributes))
    element.setAttribute(name, value === true ? '' : value);
  for (const [name, value] of Object.entries(state.tokens)) element.style.setProperty(name, value);
  preview.replaceChildren(element);
  copyStatus.textContent = '';
}

async function copy() {
  const text = snippetBox.textContent;
  let copied;
  try {
    await navigator.clipboard.writeText(text);
    copied = true;
  } catch {
    // Clipboard API refused (no permission or insecure context): select the text and try the
    // old way.
    const range = document.createRange();
    range.selectNodeContents(snippetBox);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    try {
      copied = document.execCommand('copy');
    } catch {
      copied = false;
    }
  }
  const said = {
    true: { ru: 'Код скопирован.', en: 'The code is copied.' },
    false: {
      ru: 'Код выделен: нажмите Ctrl+C (⌘C на Mac), чтобы скопировать.',
      en: 'The code is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
    },
  };
  copyStatus.textContent = said[copied][lang()];
}

async function start() {
  const response = await fetch('/custom-elements.json');
  const json = await response.json();
  manifest = json.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName);
  tagSelect.replaceChildren(...manifest.map((e) => new Option(`<${e.tagName}>`, e.tagName)));
  const params = new URLSearchParams(location.search);
  if (params.get('tag')) tagSelect.value = params.get('tag');
  renderAttributeFields();
  renderTokenFields();
  scriptUrl.placeholder = defaultScriptUrl(false);
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  tagSelect.addEventListener('change', () => {
    renderAttributeFields();
    update();
  });
  copyButton.addEventListener('click', copy);
  // The page language switch: the fields' words follow, the choices made stay.
  new MutationObserver(relabel).observe(document.documentElement, { attributeFilter: ['lang'] });
  update();
  document.body.dataset.ready = 'true';
}

function relabel() {
  const fields = [...form.querySelectorAll('#attributes [name], #tokens [name]')];
  const kept = fields.map((field) => [
    field.name,
    field.type === 'checkbox' ? field.checked : field.value,
  ]);
  renderAttributeFields();
  renderTokenFields();
  for (const [name, value] of kept) {
    const field = form.querySelector(`[name="${CSS.escape(name)}"]`);
    if (field?.type === 'checkbox') field.checked = value;
    else if (field) field.value = value;
  }
  copyStatus.textContent = '';
}

start();
