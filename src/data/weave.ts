/**
 * The coverage entries in the data file's order, from the paid-services list
 * and the other entries (`order`: "p" takes the next paid-services entry, "o"
 * the next other one). Generated code calls it: the list is bundled apart, so
 * that the paid-services element carries only its own entries.
 */
export function weave<T>(paid: readonly T[], other: readonly T[], order: string): T[] {
  let p = 0;
  let o = 0;
  return [...order].map((kind) => (kind === 'p' ? paid[p++] : other[o++]));
}
