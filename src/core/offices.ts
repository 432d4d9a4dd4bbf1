/**
 * Offices where policies are issued: filtering by city, insurer and text,
 * sorting by distance, opening hours in the office's own time zone and map
 * links. No DOM; everything per dataset is built once and cached.
 */
import type { Locale } from '../i18n/locale.js';
import type { City, Dataset, Insurer, Office, OpeningHours } from '../data/schema.js';
import { dateTimeFormat } from '../i18n/intl.js';
import { pick } from './localized.js';
import { foldTransliteration } from './normalize.js';
import { bestCovered, createTextIndex, type TextIndex } from './text-index.js';

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

interface OfficeData {
  all: OfficeMatch[];
  index?: TextIndex<OfficeMatch>;
  /** Indexes of the offices of one city and/or insurer, by `city|insurer`, built when asked. */
  filtered: Map<string, TextIndex<OfficeMatch>>;
}

/** How many filtered indexes a dataset keeps (the most recently used). */
const FILTERED_INDEXES = 16;

const cache = new WeakMap<Dataset, OfficeData>();

function dataOf(dataset: Dataset): OfficeData {
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

/**
 * The text index of `dataset`'s offices, built once per dataset. Filtering
 * without a query never needs it; an element builds it ahead of the first
 * keystroke.
 */
export function officeIndex(dataset: Dataset): TextIndex<OfficeMatch> {
  const data = dataOf(dataset);
  // No stop words: a word every address has ("ул.", "St") matches everything,
  // so the offices that match the other words too come first and stay alone.
  return (data.index ??= indexOf(data.all));
}

function indexOf(offices: OfficeMatch[]): TextIndex<OfficeMatch> {
  return createTextIndex(offices, {
    fields: ({ office, city, insurer }) => [
      // The English address also as people spell it in Latin letters (Esenina, ulitsa).
      {
        text: `${office.address.ru} ${office.address.en} ${foldTransliteration(office.address.en)}`,
        weight: 3,
      },
      { text: `${insurer.name.ru} ${insurer.name.en}`, weight: 2 },
      { text: `${city.name.ru} ${city.name.en}`, weight: 1 },
    ],
  });
}

/**
 * The index of the offices that pass a city and/or insurer filter: a search
 * there matches only the offices that can be shown, not all of them, so a
 * word every address has («ул.») costs as much as the city has offices.
 */
function filteredIndex(data: OfficeData, key: string, passes: (match: OfficeMatch) => boolean) {
  let index = data.filtered.get(key);
  if (index) data.filtered.delete(key);
  else index = indexOf(data.all.filter(passes));
  // Most recently used last; the oldest goes past the bound.
  data.filtered.set(key, index);
  for (const old of data.filtered.keys()) {
    if (data.filtered.size <= FILTERED_INDEXES) break;
    data.filtered.delete(old);
  }
  return index;
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
 * The offices of `dataset` that pass `filter`. In dataset order; with a
 * query, best match first, and only the offices that match as many of its
 * words as the best one does; with `near`, nearest first (offices without a
 * location keep their order after those with one).
 */
export function filterOffices(dataset: Dataset, filter: OfficeFilter = {}): OfficeMatch[] {
  const data = dataOf(dataset);
  const { query, near } = filter;
  const known = (records: { id: string }[], id?: string) =>
    records.some((record) => record.id === id) && id;
  const city = known(dataset.cities, filter.city);
  const insurer = known(dataset.insurers, filter.insurer);
  const passes = ({ office }: OfficeMatch) =>
    (!city || office.city === city) && (!insurer || office.insurer === insurer);
  let result: OfficeMatch[];
  if (typeof query === 'string' && query.trim()) {
    // Filtered before matching: only the offices of the city and insurer are searched.
    const index =
      city || insurer ? filteredIndex(data, `${city}|${insurer}`, passes) : officeIndex(dataset);
    let hits = index.search(query, index.size);
    // Nothing as typed: the query as the addresses' Latin spellings are folded.
    if (!hits.length) hits = index.search(foldTransliteration(query), index.size);
    result = bestCovered(hits);
  } else {
    result = city || insurer ? data.all.filter(passes) : data.all.slice();
  }
  if (near && Number.isFinite(near.lat) && Number.isFinite(near.lon)) {
    result = result
      .map((match) =>
        match.office.location
          ? { ...match, distance: distanceKm(near, match.office.location) }
          : match,
      )
      // Two offices without a location compare as NaN: `|| 0` keeps their order.
      .sort((a, b) => (a.distance ?? Infinity) - (b.distance ?? Infinity) || 0);
  }
  return result;
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
