/**
 * Whether `text` has a letter or a digit: a query the search would run
 * (`normalizeText` of it is not empty), told without the search code.
 */
export function hasWords(text: string | null | undefined): boolean {
  return /[\p{L}\p{N}]/u.test(String(text ?? '').normalize('NFKC'));
}
