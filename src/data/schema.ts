/**
 * The dataset schema: the single source of every data type in the library.
 *
 * Written with `zod/mini` because the schema ships in the runtime bundle
 * (to validate datasets loaded with `src`); the classic zod API costs about
 * four times as much.
 */
// First: a page's enumerable Object.prototype properties are set aside while zod loads.
import { restorePrototype } from './prototype-guard.js';
import * as z from 'zod/mini';
import { SCHEMA_VERSION } from './schema-version.js';

export { SCHEMA_VERSION };

/**
 * The longest text a record may hold in one field, in characters: five times
 * the longest paragraph of the bundled data. A reader's browser lays out
 * every field, and one unbroken word of a million characters froze the page
 * for minutes; a limit bounds that cost.
 */
export const MAX_TEXT = 2000;
/** The longest id or URL. */
const MAX_ID = 100;
const MAX_URL = 2000;

/** A string of at most `max` characters, with an error that says so. */
const bounded = (max: number) =>
  z.string().check(z.maxLength(max, `Too long: at most ${max} characters`));

const ID = /^[a-z0-9][a-z0-9-]*$/;
/** A record id: lower-case latin letters, digits and hyphens. */
const Id = bounded(MAX_ID).check(z.regex(ID, 'Expected an id: a-z, 0-9 and "-"'));
// One pattern (the JSON Schema has one `pattern` a field), linear on any input.
const TEXT = /^(?![^]*\0)\s*\S/;
/** Non-empty text with at least one visible character, at most `MAX_TEXT` long, without NUL. */
const Text = bounded(MAX_TEXT).check(
  z.regex(TEXT, 'Expected non-empty text without NUL characters'),
);
// Plain patterns rather than z.iso / z.url, which cost about 0.5 KB brotli
// more in every bundle; the calendar is checked by a round trip through Date.
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const IsoDate = z.string().check(
  z.regex(DATE, 'Expected a date YYYY-MM-DD'),
  z.refine(
    (date) => !DATE.test(date) || new Date(`${date}T00:00:00Z`).toISOString().startsWith(date),
    { message: 'Expected a date that exists (no 31 February)', params: { code: 'date' } },
  ),
);
/** Controls, NUL and bidi controls: never in a URL a reader may follow. */
const CONTROLS = '\\0-\\x1f\\x7f\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069';
const HTTP_URL = new RegExp(`^https?://(?![^/?#]*@)[^\\s/$.?#${CONTROLS}][^\\s${CONTROLS}]*$`, 'i');
/** An http(s) URL without `user:password@` before the host (it hides where a link goes). */
const HttpUrl = bounded(MAX_URL).check(
  z.regex(HTTP_URL, 'Expected an http(s) URL without credentials or control characters'),
);
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const PHONE = /^\+\d{7,15}$/;

/**
 * What a value of each pattern above looks like, by the pattern's text (a
 * zod issue's `pattern`): an issue's `expected` (validate.ts), shown to the
 * person who wrote the file. Text has none: its issue is that it is empty.
 */
export const PATTERN_EXAMPLES: Record<string, string> = {
  [String(ID)]: 'office-2',
  [String(TEXT)]: '',
  [String(DATE)]: '2025-01-31',
  [String(HTTP_URL)]: 'https://example.ru',
  [String(TIME)]: '09:00',
  [String(PHONE)]: '+78001234567',
};

/** One piece of text in both locales. Russian is the primary one. */
export const LocalizedSchema = z.object({ ru: Text, en: Text });

/** Where a fact comes from; records point at one by id. */
export const SourceSchema = z.object({
  id: Id,
  title: LocalizedSchema,
  /** A stable public page with the source (the "why" line links it), where there is one. */
  url: z.optional(HttpUrl),
  /** True for laws, orders and decrees (shown as the legal basis). */
  legal: z.optional(z.boolean()),
  /**
   * True for a press or web article rather than an official source: a record
   * from it that nobody has checked says "from an article" in words.
   */
  article: z.optional(z.boolean()),
  /** When the source was published, where that is known (shown with unchecked records). */
  published: z.optional(IsoDate),
});

/**
 * Provenance, in two separate fields: what the source is, and whether and
 * when someone checked the record against it.
 */
const Provenance = {
  /** The id of the record's source in `sources`: where the fact comes from. */
  source: Id,
  /**
   * The date someone checked this record against its source. Absent when
   * nobody has: such a record is shown as unchecked ("address from an
   * article, publication date unknown: check with the insurer"), never
   * with a "checked" date.
   */
  asOf: z.optional(IsoDate),
};

export const CategorySchema = z.object({
  id: Id,
  title: LocalizedSchema,
  description: z.optional(LocalizedSchema),
});

export const CoverageStatusSchema = z.enum(['covered', 'budget', 'paid']);

export const CoverageEntrySchema = z.object({
  id: Id,
  category: Id,
  /**
   * covered: free under OMS (with `conditions`, only when they hold);
   * budget: free to the patient, funded from budgets rather than OMS;
   * paid: clinics may charge (with `exceptions`, when it is free).
   */
  status: CoverageStatusSchema,
  title: LocalizedSchema,
  /** One or two plain sentences: what this is and how it is funded. */
  summary: LocalizedSchema,
  /** When a covered service is covered only under conditions: each of them. */
  conditions: z.optional(z.array(LocalizedSchema)),
  /** When a paid service is free after all: each exception. */
  exceptions: z.optional(z.array(LocalizedSchema)),
  /** Anything else a patient should know (a correction, a funding split). */
  note: z.optional(LocalizedSchema),
  /** A note shown in the paid-services list, for entries people expect there. */
  paidListNote: z.optional(LocalizedSchema),
  /** Words people search with: synonyms, colloquial words, abbreviations. */
  keywords: z.object({ ru: z.array(Text), en: z.array(Text) }),
  /** The law or programme behind the status, where there is one. */
  legalBasis: z.optional(LocalizedSchema),
  /** The id of its maximum waiting time in `waitingTimes.limits`, where one applies. */
  waitingTime: z.optional(Id),
  ...Provenance,
});

/** What a waiting time is counted in. */
export const WaitingUnitSchema = z.enum(['minutes', 'hours', 'workingDays']);
/**
 * From when it is counted: the call (ambulance), contacting the clinic, the
 * day a test was ordered, the day of the referral, the confirmed diagnosis.
 */
export const WaitingStartSchema = z.enum(['call', 'contact', 'order', 'referral', 'diagnosis']);

/** A maximum waiting time of the Programme of State Guarantees. */
export const WaitingTimeSchema = z.object({
  id: Id,
  /** The care it applies to. */
  title: LocalizedSchema,
  limit: z.object({
    value: z.int().check(z.gte(1)),
    unit: WaitingUnitSchema,
    from: WaitingStartSchema,
  }),
  /**
   * The shorter limit when cancer or a cardiovascular disease is suspected
   * (`cancer-or-cardio`), or for a cancer patient (`cancer`); `from` when it
   * is counted from another moment than the main limit.
   */
  shorter: z.optional(
    z.object({
      value: z.int().check(z.gte(1)),
      unit: WaitingUnitSchema,
      when: z.enum(['cancer-or-cardio', 'cancer']),
      from: z.optional(WaitingStartSchema),
    }),
  ),
  /** A caveat (a region may differ, a part less certain). */
  note: z.optional(LocalizedSchema),
  ...Provenance,
});

export const InsurerSchema = z.object({
  id: Id,
  name: LocalizedSchema,
  website: z.optional(HttpUrl),
});

export const CitySchema = z.object({
  id: Id,
  name: LocalizedSchema,
  /** IANA time zone, e.g. "Europe/Moscow": opening hours are in local time. */
  timeZone: Text,
});

const Time = z.string().check(z.regex(TIME, 'Expected a time HH:MM'));

export const OpeningHoursSchema = z.object({
  /** ISO weekdays: 1 is Monday, 7 is Sunday. */
  days: z.array(z.int().check(z.gte(1), z.lte(7))).check(z.minLength(1)),
  open: Time,
  close: Time,
});

export const PhoneSchema = z.object({
  /** E.164, e.g. "+78001234567". */
  number: z.string().check(z.regex(PHONE, 'Expected a phone number in E.164 form')),
  label: z.optional(LocalizedSchema),
});

export const OfficeSchema = z.object({
  id: Id,
  city: Id,
  insurer: Id,
  /** Street address without the city, in both locales. */
  address: LocalizedSchema,
  /** Only from a real source: never guessed. */
  location: z.optional(
    z.object({
      lat: z.number().check(z.gte(-90), z.lte(90)),
      lon: z.number().check(z.gte(-180), z.lte(180)),
    }),
  ),
  phones: z.optional(z.array(PhoneSchema)),
  hours: z.optional(z.array(OpeningHoursSchema)),
  ...Provenance,
});

/** A fact in prose: one paragraph in both locales. */
export const FactSchema = z.object({ text: LocalizedSchema, ...Provenance });
/** A list of facts from one source (documents, the policy's contents). */
export const FactListSchema = z.object({
  items: z.array(LocalizedSchema).check(z.minLength(1)),
  ...Provenance,
});

export const AdviceChannelSchema = z.object({
  id: Id,
  title: LocalizedSchema,
  text: LocalizedSchema,
  ...Provenance,
});

export const WayToApplySchema = z.object({
  id: Id,
  title: LocalizedSchema,
  text: LocalizedSchema,
  ...Provenance,
});

export const SituationSchema = z.object({
  id: Id,
  title: LocalizedSchema,
  /** Who issues the policy in this situation, a paragraph a fact. */
  issuer: z.array(FactSchema).check(z.minLength(1)),
  /** What must be done in this situation and by when (a newborn's first policy), if anything. */
  deadline: z.optional(FactSchema),
  documents: FactListSchema,
});

export const GuideSchema = z.object({
  /** What the policy document holds (article section 2). */
  policyContents: FactListSchema,
  digitalPolicy: z.object({ text: LocalizedSchema, since: IsoDate, ...Provenance }),
  changeRule: z.object({
    text: LocalizedSchema,
    /** The yearly deadline for applying to a new insurer. */
    deadline: z.object({
      month: z.int().check(z.gte(1), z.lte(12)),
      day: z.int().check(z.gte(1), z.lte(31)),
    }),
    /** When a change is allowed more often. */
    exceptions: z.array(LocalizedSchema),
    ...Provenance,
  }),
  waysToApply: z.array(WayToApplySchema).check(z.minLength(1)),
  situations: z.array(SituationSchema).check(z.minLength(1)),
});

const DatasetShape = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** The date the dataset as a whole was last checked. */
  asOf: IsoDate,
  name: LocalizedSchema,
  sources: z.array(SourceSchema).check(z.minLength(1)),
  categories: z.array(CategorySchema),
  coverage: z.array(CoverageEntrySchema),
  /** The maximum waiting times, and what to do when one is missed. */
  waitingTimes: z.optional(
    z.object({ limits: z.array(WaitingTimeSchema), whenMissed: FactListSchema }),
  ),
  /** The patient's rights when a clinic asks for payment. */
  rights: z.optional(FactListSchema),
  insurers: z.array(InsurerSchema),
  cities: z.array(CitySchema),
  offices: z.array(OfficeSchema),
  advice: z.array(AdviceChannelSchema),
  guide: GuideSchema,
});

type Shape = z.infer<typeof DatasetShape>;

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The rules between records: unique ids, every reference resolves, valid
 * time zones. A section left out (a part of a dataset checked on its own)
 * has no ids, and references into it are not checked: no element on the
 * page shows it.
 */
function checkRecords(data: Partial<Shape>, ctx: z.core.$RefinementCtx<Partial<Shape>>): void {
  // `params`: what validate.ts makes an issue's `code` and `value` of.
  const report = (
    message: string,
    path: (string | number)[],
    code: 'duplicate' | 'reference' | 'time-zone',
    value: string,
  ) => ctx.issues.push({ code: 'custom', message, path, input: data, params: { code, value } });

  const idsOf = (
    key: 'sources' | 'categories' | 'coverage' | 'insurers' | 'cities' | 'offices' | 'advice',
  ) => {
    const list = data[key];
    if (!list) return undefined;
    const ids = new Set<string>();
    list.forEach((record, index) => {
      if (ids.has(record.id))
        report(`Duplicate id "${record.id}"`, [key, index, 'id'], 'duplicate', record.id);
      ids.add(record.id);
    });
    return ids;
  };
  const sources = idsOf('sources');
  const categories = idsOf('categories');
  idsOf('coverage');
  const waitingTimes = data.waitingTimes && new Set<string>();
  data.waitingTimes?.limits.forEach((limit, index) => {
    if (waitingTimes!.has(limit.id))
      report(
        `Duplicate id "${limit.id}"`,
        ['waitingTimes', 'limits', index, 'id'],
        'duplicate',
        limit.id,
      );
    waitingTimes!.add(limit.id);
  });
  const insurers = idsOf('insurers');
  const cities = idsOf('cities');
  idsOf('offices');
  idsOf('advice');

  /** Reports `id` at `path` when `known` (a section that is there) lacks it. */
  const check = (known: Set<string> | undefined, what: string, id: string, path: unknown[]) => {
    if (known && !known.has(id))
      report(`Unknown ${what} "${id}"`, path as (string | number)[], 'reference', id);
  };
  const checkSource = (source: string, path: (string | number)[]) =>
    check(sources, 'source', source, [...path, 'source']);
  data.coverage?.forEach((entry, i) => {
    check(categories, 'category', entry.category, ['coverage', i, 'category']);
    checkSource(entry.source, ['coverage', i]);
    if (entry.waitingTime !== undefined)
      check(waitingTimes, 'waiting time', entry.waitingTime, ['coverage', i, 'waitingTime']);
  });
  data.waitingTimes?.limits.forEach((limit, i) =>
    checkSource(limit.source, ['waitingTimes', 'limits', i]),
  );
  if (data.waitingTimes)
    checkSource(data.waitingTimes.whenMissed.source, ['waitingTimes', 'whenMissed']);
  if (data.rights) checkSource(data.rights.source, ['rights']);
  data.offices?.forEach((office, i) => {
    check(cities, 'city', office.city, ['offices', i, 'city']);
    check(insurers, 'insurer', office.insurer, ['offices', i, 'insurer']);
    checkSource(office.source, ['offices', i]);
  });
  data.cities?.forEach((city, i) => {
    if (!isTimeZone(city.timeZone))
      report(
        `Unknown time zone "${city.timeZone}"`,
        ['cities', i, 'timeZone'],
        'time-zone',
        city.timeZone,
      );
  });
  data.advice?.forEach((channel, i) => checkSource(channel.source, ['advice', i]));
  const { guide } = data;
  if (!guide) return;
  checkSource(guide.policyContents.source, ['guide', 'policyContents']);
  checkSource(guide.digitalPolicy.source, ['guide', 'digitalPolicy']);
  checkSource(guide.changeRule.source, ['guide', 'changeRule']);
  guide.waysToApply.forEach((way, i) => checkSource(way.source, ['guide', 'waysToApply', i]));
  guide.situations.forEach((situation, i) => {
    situation.issuer.forEach((fact, j) =>
      checkSource(fact.source, ['guide', 'situations', i, 'issuer', j]),
    );
    if (situation.deadline)
      checkSource(situation.deadline.source, ['guide', 'situations', i, 'deadline']);
    checkSource(situation.documents.source, ['guide', 'situations', i, 'documents']);
  });
}

/** The whole dataset: the shape above plus the rules between records. */
export const DatasetSchema = DatasetShape.check(z.superRefine(checkRecords));

/**
 * A part of a dataset (the sections an element shows, with a data file's
 * own over them): any section may be left out; the rules hold between
 * those that are there.
 */
export const DatasetPartSchema = z
  .partial(DatasetShape, {
    asOf: true,
    name: true,
    sources: true,
    categories: true,
    coverage: true,
    insurers: true,
    cities: true,
    offices: true,
    advice: true,
    guide: true,
  })
  .check(z.superRefine(checkRecords));

// The schemas are built: the page's Object.prototype properties go back.
restorePrototype();

export type Localized = z.infer<typeof LocalizedSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Category = z.infer<typeof CategorySchema>;
export type CoverageStatus = z.infer<typeof CoverageStatusSchema>;
export type CoverageEntry = z.infer<typeof CoverageEntrySchema>;
export type Insurer = z.infer<typeof InsurerSchema>;
export type City = z.infer<typeof CitySchema>;
export type OpeningHours = z.infer<typeof OpeningHoursSchema>;
export type Phone = z.infer<typeof PhoneSchema>;
export type Office = z.infer<typeof OfficeSchema>;
export type Fact = z.infer<typeof FactSchema>;
export type FactList = z.infer<typeof FactListSchema>;
export type AdviceChannel = z.infer<typeof AdviceChannelSchema>;
export type WayToApply = z.infer<typeof WayToApplySchema>;
export type Situation = z.infer<typeof SituationSchema>;
export type Guide = z.infer<typeof GuideSchema>;
export type WaitingTime = z.infer<typeof WaitingTimeSchema>;
export type Dataset = z.infer<typeof DatasetSchema>;
