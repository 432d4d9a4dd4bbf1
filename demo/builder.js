// The snippet builder: the elements and their attributes come from
// custom-elements.json, the choices for city, insurer, situation and
// category from the bundled dataset, so the builder never goes stale.
import { bundledDataset, VERSION } from '/dist/oms-widgets.js';
import { buildSnippet, cdnScriptUrl, contrastRatio, nearestPassingShade } from './snippet.js';

const form = document.getElementById('builder-form');
const tagSelect = document.getElementById('tag');
const attributesBox = document.getElementById('attributes');
const tokensBox = document.getElementById('tokens');
const preview = document.getElementById('preview');
const snippetBox = document.getElementById('snippet');
const scriptUrl = document.getElementById('script-url');
const copyButton = document.getElementById('copy');
const copyStatus = document.getElementById('copy-status');

// Each colour with the contrast it needs against the widget's background
// (WCAG AA: 4.5 : 1 for text, 3 : 1 for the borders of controls).
const TOKENS = [
  [
    '--oms-color-accent',
    { ru: 'Свой цвет ссылок и кнопок', en: 'My own colour for links and buttons' },
    '#1d4ed8',
    4.5,
  ],
  ['--oms-color-text', { ru: 'Свой цвет текста', en: 'My own text colour' }, '#111827', 4.5],
  ['--oms-color-surface', { ru: 'Свой цвет фона', en: 'My own background colour' }, '#ffffff'],
  ['--oms-color-border', { ru: 'Свой цвет рамок', en: 'My own border colour' }, '#8a8f98', 3],
];
const SURFACE = '--oms-color-surface';
/** The background the widget has when no colour of its own is chosen: a light page's. */
const PAGE_SURFACE = '#ffffff';
// Attributes whose values come from the dataset.
const CHOICES = {
  city: () => bundledDataset.cities,
  insurer: () => bundledDataset.insurers,
  category: () => bundledDataset.categories,
  situation: () => bundledDataset.guide.situations,
  'heading-level': () => HEADING_LEVELS,
};
// src and timeout are for insurers with a data file of their own, not for a snippet.
const SKIP = new Set(['src', 'lang', 'timeout']);
// Each attribute a CMS editor meets, in plain words.
const NAMES = {
  city: { ru: 'Только отделения в городе', en: 'Only the offices in this city' },
  insurer: { ru: 'Только отделения страховой компании', en: 'Only this insurer’s offices' },
  situation: { ru: 'Сразу открыть ответ для ситуации', en: 'Open the answer for this situation' },
  category: { ru: 'Сразу открыть раздел', en: 'Open this category at first' },
  limit: { ru: 'Сколько результатов показывать', en: 'How many results to show' },
  query: { ru: 'Что уже написано в поиске', en: 'What the search field starts with' },
  theme: { ru: 'Цвета виджета', en: 'The widget’s colours' },
  compact: { ru: 'Показывать только названия услуг', en: 'Show only the names of services' },
  expanded: {
    ru: 'Раскрыть все услуги, даже на телефоне',
    en: 'Open every service, even on a phone',
  },
  'heading-level': {
    ru: 'Уровень заголовков виджета на странице',
    en: 'The level of the widget’s headings on the page',
  },
};
// Words for the values of attributes that take one of a few.
const VALUES = {
  '': { ru: 'Как задано по умолчанию', en: 'The default' },
  // No heading-level: the widget follows the headings above it on the page.
  'heading-level': {
    ru: 'Сам: на уровень ниже заголовка над виджетом',
    en: 'Automatic: one below the heading above the widget',
  },
  auto: { ru: 'Как на странице', en: 'As the page has them' },
  light: { ru: 'Светлые', en: 'Light' },
  dark: { ru: 'Тёмные', en: 'Dark' },
};
const HEADING_LEVELS = ['2', '3', '4', '5', '6'].map((id) => ({
  id,
  name: {
    ru: `h${id}${id === '2' ? ' — сразу под заголовком страницы h1' : ''}`,
    en: `h${id}${id === '2' ? ' — right under the page’s h1' : ''}`,
  },
}));
const lang = () => (document.documentElement.lang === 'en' ? 'en' : 'ru');
const label = (text) => Object.assign(document.createElement('span'), { textContent: text });

let manifest = [];

function field(attribute) {
  const wrapper = document.createElement('label');
  const words = NAMES[attribute.name]?.[lang()];
  wrapper.append(label(words ?? attribute.name));
  const type = attribute.type?.text ?? 'string';
  const choices = CHOICES[attribute.name]?.();
  const unions = [...type.matchAll(/'([^']+)'/g)].map(([, v]) => v);
  let input;
  if (choices || unions.length) {
    input = document.createElement('select');
    input.append(new Option((VALUES[attribute.name] ?? VALUES[''])[lang()], ''));
    for (const choice of choices ?? unions.map((id) => ({ id, title: VALUES[id] }))) {
      const name = choice.name ?? choice.title;
      input.append(new Option(name ? name[lang()] : choice.id, choice.id));
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
    ...TOKENS.map(([name, text, initial, min]) => {
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
      color.setAttribute('aria-label', text[lang()]);
      wrapper.append(use, useLabel, color);
      if (min) {
        const warning = Object.assign(document.createElement('p'), {
          id: `contrast-${name}`,
          className: 'contrast-warning',
          hidden: true,
        });
        color.setAttribute('aria-describedby', warning.id);
        wrapper.append(warning);
      }
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
    // An empty field is the default: no attribute, in the snippet and the preview alike.
    if (key.startsWith('attr:') && value !== '')
      attributes[key.slice(5)] = value === 'on' ? true : value;
    if (key.startsWith('token:') && data.get(`use:${key.slice(6)}`)) tokens[key.slice(6)] = value;
  }
  if (data.get('lang')) attributes.lang = data.get('lang');
  const classic = data.get('classic') === 'on';
  // One widget on the page: its own file; several: the file of all widgets.
  const only = data.get('all') === 'on' ? undefined : tagSelect.value;
  return {
    tag: tagSelect.value,
    attributes,
    tokens,
    classic,
    only,
    scriptUrl: scriptUrl.value || cdnScriptUrl(VERSION, classic, only),
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
  scriptUrl.placeholder = cdnScriptUrl(VERSION, state.classic, state.only);
  checkContrast();
}

const ratioText = (ratio) =>
  `${new Intl.NumberFormat(lang(), { maximumFractionDigits: 1 }).format(ratio)} : 1`;

/**
 * Under each colour that fails WCAG AA against the widget's background (its
 * own, or a light page's), a visible warning with the nearest shade that
 * passes and a button that takes it.
 */
function checkContrast() {
  const data = new FormData(form);
  const valueOf = (name) => data.get(`token:${name}`);
  const surface = data.get(`use:${SURFACE}`) ? valueOf(SURFACE) : PAGE_SURFACE;
  for (const [name, , , min] of TOKENS) {
    const warning = document.getElementById(`contrast-${name}`);
    if (!warning) continue;
    const used = data.get(`use:${name}`);
    const ratio = contrastRatio(valueOf(name), surface);
    const fails = used && ratio !== undefined && ratio < min;
    warning.hidden = !fails;
    if (!fails) {
      warning.replaceChildren();
      continue;
    }
    const shade = nearestPassingShade(valueOf(name), surface, min);
    const [has, needs] = [ratioText(ratio), ratioText(min)];
    const words = {
      ru:
        `⚠ Мало контраста с фоном виджета (${surface}): ${has}, а нужно не меньше ${needs}. ` +
        `Ближайший подходящий оттенок: ${shade}.`,
      en:
        `⚠ Too little contrast with the widget’s background (${surface}): ${has}; ` +
        `at least ${needs} is needed. The nearest shade that passes: ${shade}.`,
    };
    const take = Object.assign(document.createElement('button'), {
      type: 'button',
      textContent: lang() === 'ru' ? `Взять ${shade}` : `Use ${shade}`,
    });
    take.addEventListener('click', () => {
      const input = form.querySelector(`[name="token:${CSS.escape(name)}"]`);
      input.value = shade;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    warning.replaceChildren(words[lang()], ' ', take);
  }
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
  checkContrast();
}

start();
