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

/**
 * The attribute converter of numeric properties. Lit's `type: Number`
 * reads an empty attribute (`limit=""`) as 0, which the range would then
 * bring up to its minimum; this reads it as no value, which gives the
 * default, as any other value that is not a number does.
 */
export const numberAttribute = (value: string | null): number | undefined =>
  value?.trim() ? Number(value) : undefined;
