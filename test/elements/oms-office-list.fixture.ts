// TEST-ONLY data for the office tests: invented cities, insurers, addresses,
// phones ("+7 000 …" is no real number), coordinates and hours. None of it
// describes a real office; the bundled dataset has no phones, hours or
// coordinates and must not get any from here.
import { bundledDataset } from '../../src/data/bundled-dataset.js';
import type { Office } from '../../src/data/schema.js';

const TEST_SOURCE = {
  id: 'test-fixture',
  title: { ru: 'Тестовые данные', en: 'Test data' },
};

const provenance = { source: TEST_SOURCE.id, asOf: '2026-01-15' };

/** Two cities eight time zones apart: Kaliningrad (UTC+2) and Vladivostok (UTC+10). */
export const TEST_CITIES = [
  { id: 'test-west', name: { ru: 'Тестград', en: 'Testgrad' }, timeZone: 'Europe/Kaliningrad' },
  { id: 'test-east', name: { ru: 'Проверск', en: 'Proversk' }, timeZone: 'Asia/Vladivostok' },
];

const TEST_INSURERS = [
  { id: 'test-alpha', name: { ru: '«Тест-Альфа»', en: 'Test-Alpha' } },
  { id: 'test-beta', name: { ru: '«Проба-Мед»', en: 'Proba-Med' } },
];

const WEEKDAYS = [1, 2, 3, 4, 5];

export const TEST_OFFICES: Office[] = [
  {
    id: 'test-west-yolochnaya-1',
    city: 'test-west',
    insurer: 'test-alpha',
    address: { ru: 'ул. Ёлочная, 1', en: '1 Yolochnaya St' },
    location: { lat: 54.7, lon: 20.5 },
    phones: [
      { number: '+70000000001', label: { ru: 'Справочная', en: 'Enquiries' } },
      { number: '+70000000002' },
    ],
    hours: [{ days: WEEKDAYS, open: '09:00', close: '18:00' }],
    ...provenance,
  },
  {
    id: 'test-west-ispytateley-10',
    city: 'test-west',
    insurer: 'test-beta',
    address: { ru: 'просп. Испытателей, 10', en: '10 Ispytateley Ave' },
    location: { lat: 54.75, lon: 20.6 },
    ...provenance,
  },
  {
    id: 'test-east-morskaya-5',
    city: 'test-east',
    insurer: 'test-alpha',
    address: { ru: 'ул. Морская, 5', en: '5 Morskaya St' },
    location: { lat: 43.1, lon: 131.9 },
    hours: [
      { days: WEEKDAYS, open: '09:00', close: '18:00' },
      { days: [6], open: '10:00', close: '14:00' },
    ],
    ...provenance,
  },
  {
    id: 'test-east-testovaya-7',
    city: 'test-east',
    insurer: 'test-beta',
    address: { ru: 'ул. Тестовая, 7', en: '7 Testovaya St' },
    ...provenance,
  },
];

/** A part of a dataset for `registerDataset()` / `src`: the rest comes from the bundled one. */
export function testOffices(offices: Office[] = TEST_OFFICES) {
  return {
    schemaVersion: 1,
    sources: [...bundledDataset.sources, TEST_SOURCE],
    cities: TEST_CITIES,
    insurers: TEST_INSURERS,
    offices,
  };
}

/** `count` generated TEST offices over the test cities and insurers, some with a location. */
export function manyTestOffices(count: number): Office[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `test-bulk-${i}`,
    city: TEST_CITIES[i % 2].id,
    insurer: TEST_INSURERS[(i >> 1) % 2].id,
    address: { ru: `ул. Пробная-${i % 97}, ${i}`, en: `${i} Probnaya-${i % 97} St` },
    ...(i % 3 ? {} : { location: { lat: 50 + (i % 100) / 10, lon: 30 + (i % 50) / 10 } }),
    ...provenance,
  }));
}
