import type { str as litStr } from '@lit/localize';

/**
 * The `str` tag of @lit/localize, for messages with values: the same object
 * (`strings` and `values`), typed as that tag so that `lit-localize extract`
 * knows it. Our own, because importing it from @lit/localize brings that
 * package's runtime into every file (its entry has side effects, so bundlers
 * keep it), and the library's `msg()` (./localize.ts) needs none of it.
 */
export const str = ((strings: TemplateStringsArray, ...values: unknown[]) => ({
  strTag: true,
  strings,
  values,
})) as unknown as typeof litStr;
