import type { CoverageEntry, Dataset, Source } from './schema.js';

/**
 * A part of the bundled dataset, as an element's module carries it: some
 * sections, and the sources their records name. `paidCoverage` is the
 * paid-services list alone: it stands for `coverage` until the whole
 * catalogue is bundled too.
 */
export type Sections = Partial<Dataset> & { paidCoverage?: CoverageEntry[] };

/** The sections this copy of the library carries, gathered from the modules loaded. */
const provided: Record<string, unknown> = {};
let onlyPaid = false;
let base: Dataset | undefined;

/**
 * Adds an element's sections to the bundled data of this copy of the
 * library (each element module calls it once, when it loads). A section
 * already there stays; sources are joined by id.
 */
export function provideSections(sections: Sections): void {
  for (const [key, value] of Object.entries(sections)) {
    if (value === undefined) continue;
    if (key === 'sources') {
      const known = (provided.sources ??= []) as Source[];
      const ids = new Set(known.map((source) => source.id));
      for (const source of value as Source[]) if (!ids.has(source.id)) known.push(source);
    } else if (key === 'paidCoverage') {
      if (provided.coverage) continue;
      provided.coverage = value;
      onlyPaid = true;
    } else if (key === 'coverage' && onlyPaid) {
      provided.coverage = value;
      onlyPaid = false;
    } else if (provided[key] === undefined) {
      provided[key] = value;
    } else continue;
    // A new base: a data file checked against the older one is checked again (loader.ts).
    base = undefined;
  }
}

/**
 * The bundled data this copy carries: the sections its loaded elements (or
 * `bundledDataset`'s importers) provided. Only those sections are present;
 * the type says `Dataset` because each element reads only its own. It is
 * the same object until the sections change (the loader's caches are
 * keyed by it).
 */
export function bundledBase(): Dataset {
  return (base ??= {
    ...provided,
    sources: [...((provided.sources as Source[]) ?? [])],
  } as Dataset);
}
