/**
 * Whether `text` has two letters or digits: a query worth searching, told
 * without the search code. One letter is a word on its way: searching it
 * would answer "nothing found" and empty the list after the first keystroke.
 */
export function hasWords(text: string | null | undefined): boolean {
  return /[\p{L}\p{N}][^]*[\p{L}\p{N}]/u.test(String(text ?? '').normalize('NFKC'));
}
