/** The allowed range of a numeric attribute, and its default. */
export interface NumberRange {
  min: number;
  max: number;
  fallback: number;
}

/**
 * The one policy for numeric attributes (`limit`, `timeout`): a value that
 * is not a number gives the default; a number is rounded down and brought
 * into the range.
 */
export function wholeNumberIn(value: unknown, { min, max, fallback }: NumberRange): number {
  const number =
    typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? +value : NaN;
  return Number.isFinite(number) ? Math.min(max, Math.max(min, Math.floor(number))) : fallback;
}
