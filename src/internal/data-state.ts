import { html, nothing, type TemplateResult } from 'lit';
import type { DatasetState } from '../data/dataset-controller.js';
import type { DatasetError } from '../data/errors.js';
import { activeLocale, msg, str } from '../i18n/localize.js';
import { plural } from '../i18n/plural.js';

/** What an element shows while it has no dataset: loading, or why the data could not be used. */
export function renderDataState(state: DatasetState): TemplateResult | typeof nothing {
  if (state.status === 'loading') {
    return html`<p class="data-state" part="status" role="status" aria-live="polite">
      ${msg('Загрузка данных…', { id: 'e1' })}
    </p>`;
  }
  if (state.status !== 'error') return nothing;
  const { issues } = state.error;
  return html`<div class="data-state" part="error" role="alert">
    <strong>${msg('Не удалось показать сведения.', { id: 'e2' })}</strong>
    ${describeDataError(state.error)}
    ${
      issues.length
        ? html`<ul>
            ${issues
              .slice(0, 5)
              .map(
                (issue) =>
                  html`<li>
                    <code>${issue.path}</code>: ${issue.text?.[activeLocale()] ?? issue.message}
                  </li>`,
              )}
          </ul>`
        : nothing
    }
  </div>`;
}

/** Why a data file could not be used, in the active locale, naming the file. */
function describeDataError(error: DatasetError): string {
  // A src of a megabyte (a data: URL) is named by its ends: all of it would be one huge word.
  const full = error.url ?? '';
  const url = full.length > 120 ? `${full.slice(0, 80)}…${full.slice(-30)}` : full;
  switch (error.kind) {
    case 'url':
      return msg(str`Адрес файла данных ${url} записан с ошибкой: это не URL.`, { id: 'e-url' });
    case 'timeout':
      return msg(str`Файл данных ${url} не загрузился вовремя.`, { id: 'e3' });
    case 'http': {
      const status = error.status ?? '';
      return msg(str`Сервер ответил на запрос файла данных ${url} ошибкой ${status}.`, {
        id: 'e4',
      });
    }
    case 'validator': {
      // The library's own file, missing next to a self-hosted script: not the data's fault.
      const file = url || 'oms-widgets.validate.js';
      return msg(
        str`Не загрузилась проверка данных ${file}: положите этот файл рядом со скриптом виджета.`,
        { id: 'e11' },
      );
    }
    case 'json':
      return msg(str`Файл данных ${url} повреждён: это не JSON.`, { id: 'e5' });
    case 'schema': {
      const count = error.issues.length;
      const issues = plural(count, {
        one: msg(str`${count} ошибка`, { id: 'e6' }),
        few: msg(str`${count} ошибки`, { id: 'e7' }),
        many: msg(str`${count} ошибок`, { id: 'e8' }),
      });
      return msg(str`Файл данных ${url} не соответствует схеме: ${issues}.`, { id: 'e9' });
    }
    default:
      return msg(str`Файл данных ${url} недоступен: нет связи с сервером.`, { id: 'e10' });
  }
}
