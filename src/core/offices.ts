/**
 * Offices where policies are issued: filtering by city, insurer and text,
 * sorting by distance, opening hours in the office's own time zone and map
 * links. No DOM; everything per dataset is built once and cached.
 */
import type { Locale } from '../i18n/locale.js';
import type { City, Dataset, Insurer, Office, OpeningHours } from '../data/schema.js';
import { dateTimeFormat } from '../i18n/intl.js';
import { pick } from './localized.js';
import { firstInOrder } from './first-in-order.js';
import type { TextIndex } from './text-index.js';

/** A point on Earth in degrees, as offices' `location` has it. */
export interface GeoPoint {
  lat: number;
  lon: number;
}

export interface OfficeFilter {
  /** A city id; unknown or empty means all cities. */
  city?: string;
  /** An insurer id; unknown or empty means all insurers. */
  insurer?: string;
  /**
   * Text to look for in the street, the address and the insurer's name, in
   * either language, with word forms, typos and the wrong keyboard layout.
   */
  query?: string;
  /** Sort by distance from here: offices with a location first, nearest first. */
  near?: GeoPoint;
}

/** An office with its city and insurer resolved. */
export interface OfficeMatch {
  office: Office;
  city: City;
  insurer: Insurer;
  /** Kilometres from `near`, when it was given and the office has a location. */
  distance?: number;
}

export interface OfficeData {
  all: OfficeMatch[];
  index?: TextIndex<OfficeMatch>;
  /** Indexes of the offices of one city and/or insurer, by `city|insurer`, built when asked. */
  filtered: Map<string, { offices: OfficeMatch[]; index: TextIndex<OfficeMatch> }>;
}

const cache = new WeakMap<Dataset, OfficeData>();

/** The offices of `dataset` with their city and insurer, once per dataset. */
export function dataOf(dataset: Dataset): OfficeData {
  let data = cache.get(dataset);
  if (!data) {
    const cities = new Map(dataset.cities.map((c) => [c.id, c]));
    const insurers = new Map(dataset.insurers.map((i) => [i.id, i]));
    data = {
      all: dataset.offices.map((office) => ({
        office,
        city: cities.get(office.city)!,
        insurer: insurers.get(office.insurer)!,
      })),
      filtered: new Map(),
    };
    cache.set(dataset, data);
  }
  return data;
}

/** Great-circle distance in kilometres. */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  const r = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * r) / 2) ** 2 +
    Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
}

/**
 * The offices that pass a filter, in order, ranked only as far as a page
 * asks: a word every address has («ул.») matches every office, and the
 * reader sees twenty of them.
 */
export interface OfficeResults {
  /** How many offices pass the filter. */
  readonly length: number;
  /** The offices from `start` up to (not including) `end`, in order. */
  slice(start: number, end: number): OfficeMatch[];
  /** Whether some of them have a location. */
  located(): boolean;
}

/** A filter's known city and insurer (else ''), and the test an office must pass. */
export function scopeOf(dataset: Dataset, filter: OfficeFilter) {
  const known = (records: { id: string }[], id?: string) =>
    (records.some((record) => record.id === id) && id) || '';
  const city = known(dataset.cities, filter.city);
  const insurer = known(dataset.insurers, filter.insurer);
  const passes = ({ office }: OfficeMatch) =>
    (!city || office.city === city) && (!insurer || office.insurer === insurer);
  return { city, insurer, passes };
}

/** What a query finds among the offices a filter passes: candidates and their scores. */
export interface OfficeHits {
  /** The offices searched: `offices[docs[n]]` is the n-th candidate. */
  offices: OfficeMatch[];
  docs: Int32Array;
  scores: Float64Array;
}

/**
 * The offices of `dataset` that pass `filter`, ranked as `rankOffices`
 * (core/office-search.ts) ranks them, with the text search passed in: without a query, or
 * without `search`, the query is not looked at, and no search code is
 * needed (what an element shows before its search code has loaded).
 */
export function rankWith(
  dataset: Dataset,
  filter: OfficeFilter,
  search?: (dataset: Dataset, filter: OfficeFilter) => OfficeHits,
): OfficeResults {
  const data = dataOf(dataset);
  const { query, near } = filter;
  const { city, insurer, passes } = scopeOf(dataset, filter);
  // `offices[docs[n]]` is the n-th candidate; `scores` rank them when there is a query.
  let offices = data.all;
  let docs: Int32Array;
  let scores: Float64Array | undefined;
  if (search && typeof query === 'string' && query.trim()) {
    ({ offices, docs, scores } = search(dataset, filter));
  } else if (city || insurer) {
    docs = new Int32Array(data.all.length);
    let count = 0;
    data.all.forEach((match, doc) => passes(match) && (docs[count++] = doc));
    docs = docs.subarray(0, count);
  } else {
    docs = new Int32Array(data.all.length);
    for (let doc = 0; doc < docs.length; doc++) docs[doc] = doc;
  }
  const at = near && Number.isFinite(near.lat) && Number.isFinite(near.lon) ? near : undefined;
  // Kilometres from `near`, or Infinity for an office without a location (those go last).
  let distances: Float64Array | undefined;
  if (at) {
    distances = new Float64Array(docs.length);
    for (let i = 0; i < docs.length; i++) {
      const location = offices[docs[i]].office.location;
      distances[i] = location ? distanceKm(at, location) : Infinity;
    }
  }
  // Nearest first, then best match, then dataset order (a total order).
  const compare = (a: number, b: number) =>
    (distances && distances[a] !== distances[b] ? (distances[a] < distances[b] ? -1 : 1) : 0) ||
    (scores ? scores[b] - scores[a] : 0) ||
    docs[a] - docs[b];
  const match = (position: number) => {
    const found = offices[docs[position]];
    return distances && found.office.location ? { ...found, distance: distances[position] } : found;
  };
  // The candidates' positions in order, as far as a page has asked.
  let ordered: Int32Array = new Int32Array(0);
  return {
    length: docs.length,
    slice(start, end) {
      const from = Math.max(0, Math.floor(start) || 0);
      const to = Math.min(docs.length, Math.floor(end) || 0);
      if (from >= to) return [];
      if (!distances && !scores) return Array.from(docs.subarray(from, to), (doc) => offices[doc]);
      if (to > ordered.length) ordered = firstInOrder(docs.length, to * 2, compare);
      return Array.from(ordered.subarray(from, to), match);
    },
    located: () => docs.some((doc) => offices[doc].office.location !== undefined),
  };
}

/** The text of an office's address in `locale`, with its city. */
export function officeAddress(match: OfficeMatch, locale: Locale): string {
  return `${pick(match.office.address, locale)}, ${pick(match.city.name, locale)}`;
}

/**
 * Links to the office on Yandex Maps and OpenStreetMap: a search for its
 * coordinates where the data has them, else for its (Russian) address.
 */
export function mapLinks(match: OfficeMatch): { yandex: string; osm: string } {
  const at = match.office.location;
  const q = encodeURIComponent(at ? `${at.lat},${at.lon}` : officeAddress(match, 'ru'));
  return {
    yandex: `https://yandex.ru/maps/?text=${q}`,
    osm: `https://www.openstreetmap.org/search?query=${q}`,
  };
}

/**
 * Whether the office is open at `at` (default: now) by its opening hours, in
 * its city's time zone; undefined when the data has no hours.
 */
export function officeOpenNow(match: OfficeMatch, at: Date = new Date()): boolean | undefined {
  const { hours } = match.office;
  if (!hours?.length) return undefined;
  const clock = dateTimeFormat('en-GB', {
    timeZone: match.city.timeZone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  // "Tue 09:30": the ISO weekday (1 is Monday) and the local time.
  const [weekday, time] = clock.format(at).split(' ');
  const day = 'MonTueWedThuFriSatSun'.indexOf(weekday) / 3 + 1;
  return hours.some(({ days, open, close }) => days.includes(day) && time >= open && time < close);
}

/** Opening hours as people read them: "пн–пт 09:00–18:00; сб 10:00–15:00". */
export function formatHours(hours: OpeningHours[], locale: Locale): string {
  const names = dateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  // 1 January 2024 was a Monday.
  const name = (day: number) => names.format(Date.UTC(2024, 0, day));
  return hours
    .map(({ days, open, close }) => {
      const sorted = [...new Set(days)].sort((a, b) => a - b);
      const runs: string[] = [];
      for (let i = 0; i < sorted.length; i++) {
        const first = i;
        while (sorted[i + 1] === sorted[i] + 1) i++;
        runs.push(i > first ? `${name(sorted[first])}–${name(sorted[i])}` : name(sorted[i]));
      }
      return `${runs.join(', ')} ${open}–${close}`;
    })
    .join('; ');
}
