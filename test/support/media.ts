import { executeServerCommand } from '@web/test-runner-commands';

export interface MediaFeature {
  name: string;
  value: string;
}

/**
 * Emulates CSS media features (prefers-color-scheme, prefers-reduced-motion,
 * forced-colors, …) through the test server's DevTools command; `[]` clears
 * them. Resolves to false where the browser cannot (Firefox over BiDi).
 */
export const media = (features: MediaFeature[]) =>
  executeServerCommand<boolean, MediaFeature[]>('emulate-media-features', features);

/** Emulates media features, or skips the test where the browser cannot. */
export async function emulate(test: Mocha.Context, features: MediaFeature[]): Promise<void> {
  if (!(await media(features))) test.skip();
}
