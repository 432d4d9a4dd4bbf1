/**
 * Remembers the last result of `compute`, and computes again only when an
 * argument differs (by identity) from the last call's: how an element
 * derives what it shows from its inputs in `willUpdate()`, once per change.
 * Work that belongs to a change (resetting a page, an announcement) goes
 * inside `compute`.
 */
export function memoize<Args extends readonly unknown[], Result>(
  compute: (...args: Args) => Result,
): (...args: Args) => Result {
  let last: { args: Args; result: Result } | undefined;
  return (...args: Args): Result => {
    if (
      last?.args.length === args.length &&
      args.every((arg, i) => Object.is(arg, last!.args[i]))
    ) {
      return last.result;
    }
    last = { args, result: compute(...args) };
    return last.result;
  };
}
