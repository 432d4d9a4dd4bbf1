import type { Locale } from '../i18n/locale.js';
import type { City, Dataset, Insurer, Office } from '../data/schema.js';
import { pick } from './localized.js';

export interface OfficeFilter {
  /** A city id; unknown or empty means all cities. */
  city?: string;
  /** An insurer id; unknown or empty means all insurers. */
  insurer?: string;
  /** Text to look for in the address and the insurer's name. */
  query?: string;
}

/** An office with its city and insurer resolved. */
export interface OfficeMatch {
  office: Office;
  city: City;
  insurer: Insurer;
}

/** The text of an office's address in `locale`, with its city. */
export function officeAddress(match: OfficeMatch, locale: Locale): string {
  return `${pick(match.office.address, locale)}, ${pick(match.city.name, locale)}`;
}

/**
 * The offices of `dataset` that pass `filter`, in dataset order.
 * PLACEHOLDER search: a plain substring match; the office issue replaces it.
 */
export function filterOffices(dataset: Dataset, filter: OfficeFilter = {}): OfficeMatch[] {
  const cities = new Map(dataset.cities.map((c) => [c.id, c]));
  const insurers = new Map(dataset.insurers.map((i) => [i.id, i]));
  const needle = filter.query?.trim().toLowerCase().replace(/ё/g, 'е') ?? '';
  const result: OfficeMatch[] = [];
  for (const office of dataset.offices) {
    if (filter.city && office.city !== filter.city) continue;
    if (filter.insurer && office.insurer !== filter.insurer) continue;
    const city = cities.get(office.city)!;
    const insurer = insurers.get(office.insurer)!;
    if (needle) {
      const text = [office.address.ru, office.address.en, insurer.name.ru, insurer.name.en]
        .join(' ')
        .toLowerCase()
        .replace(/ё/g, 'е');
      if (!text.includes(needle)) continue;
    }
    result.push({ office, city, insurer });
  }
  return result;
}
