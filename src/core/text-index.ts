/**
 * A small full-text index for the library's searches: built once from
 * documents with weighted fields, then queried as people type (word forms,
 * prefixes, typos, the other keyboard layout). No DOM.
 */
import { firstInOrder } from './first-in-order.js';
import { allowedTypos, editDistance, stem, switchKeyboardLayout, tokenize } from './normalize.js';

interface IndexedField {
  text: string;
  /** How much a match in this field counts (title > keywords > summary). */
  weight: number;
  /** Whether prefixes and typos may match here (off for long prose). */
  fuzzy?: boolean;
}

export interface TextIndexOptions<T> {
  /** The searchable fields of a document. */
  fields: (item: T) => IndexedField[];
  /**
   * Words that carry no meaning on their own ("по", "the"): next to other
   * words they only add a little where they match, and never count as missing.
   */
  stopWords?: Iterable<string>;
}

interface TextSearchOptions {
  /**
   * Looser matching for "did you mean": more typos per word and short
   * prefixes. For suggestions when a normal search finds nothing.
   */
  loose?: boolean;
}

export interface TextHit<T> {
  item: T;
  /** Position of the item in the indexed list. */
  index: number;
  score: number;
  /** The share of the query's words that matched, 0–1. */
  coverage: number;
}

/**
 * The items of `hits` that match as many of the query's words as the best hit
 * does, in order: what a filter keeps, so that a word every record has
 * ("ул.", "анализы") does not let every record through.
 */
export function bestCovered<T>(hits: readonly TextHit<T>[]): T[] {
  const best = hits.reduce((max, hit) => Math.max(max, hit.coverage), 0);
  return hits.filter((hit) => hit.coverage === best).map((hit) => hit.item);
}

/** Documents of a search, unordered, with their scores (positions in the indexed list). */
interface CoveredDocs {
  docs: Int32Array;
  scores: Float64Array;
}

export interface TextIndex<T> {
  search(query: string, limit?: number, options?: TextSearchOptions): TextHit<T>[];
  /**
   * What `bestCovered(search(query, size))` keeps, unordered and without
   * ranking every hit: for a filter that shows a page of them.
   */
  bestCoveredDocs(query: string): CoveredDocs;
  readonly size: number;
}

/**
 * A value per document for one pass of a search, reused from search to
 * search: a slot counts only when its stamp is the current one, so clearing
 * costs nothing however many documents the last pass touched.
 */
class DocValues {
  private readonly stamps: Uint32Array;
  readonly values: Float64Array;
  /** The documents with a value, in the order they got it. */
  readonly docs: Int32Array;
  size = 0;
  private stamp = 1;

  constructor(length: number) {
    this.stamps = new Uint32Array(length);
    this.values = new Float64Array(length);
    this.docs = new Int32Array(length);
  }

  clear(): void {
    this.stamp++;
    this.size = 0;
  }

  has(doc: number): boolean {
    return this.stamps[doc] === this.stamp;
  }

  set(doc: number, value: number): void {
    if (this.stamps[doc] !== this.stamp) {
      this.stamps[doc] = this.stamp;
      this.docs[this.size++] = doc;
    }
    this.values[doc] = value;
  }

  /** Sets `doc`'s value to `value` when it has none or a smaller one. */
  raise(doc: number, value: number): void {
    if (!this.has(doc) || value > this.values[doc]) this.set(doc, value);
  }
}

/** Doubles a typed array's capacity, keeping its contents. */
function grow<A extends Int32Array | Float32Array>(array: A, needed: number): A {
  if (needed <= array.length) return array;
  const bigger = new (array.constructor as new (length: number) => A)(
    Math.max(needed, array.length * 2),
  );
  bigger.set(array);
  return bigger;
}

/**
 * Postings of many keys in flat typed arrays (compressed sparse rows): the
 * documents of row r are `docs[offsets[r]] … docs[offsets[r + 1] - 1]`, each
 * with its value (the field weight, raised for a word that is most of its
 * field). Documents are added in order, so a row keeps one posting, the
 * best, per document.
 */
class PostingTable {
  readonly ids = new Map<string, number>();
  private count = 0;
  private rows = new Int32Array(1024);
  private postedDocs = new Int32Array(1024);
  private postedValues = new Float32Array(1024);
  private lastDoc = new Int32Array(256).fill(-1);
  private lastAt = new Int32Array(256);
  offsets = new Int32Array(1);
  docs = new Int32Array(0);
  values = new Float32Array(0);

  /** The row of `key`, created on first sight. */
  idOf(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      this.ids.set(key, (id = this.ids.size));
      if (id >= this.lastDoc.length) {
        const old = this.lastDoc.length;
        this.lastDoc = grow(this.lastDoc, id + 1);
        this.lastDoc.fill(-1, old);
        this.lastAt = grow(this.lastAt, id + 1);
      }
    }
    return id;
  }

  add(row: number, doc: number, value: number): void {
    if (this.lastDoc[row] === doc) {
      const at = this.lastAt[row];
      if (value > this.postedValues[at]) this.postedValues[at] = value;
      return;
    }
    const at = this.count++;
    if (at >= this.rows.length) {
      this.rows = grow(this.rows, at + 1);
      this.postedDocs = grow(this.postedDocs, at + 1);
      this.postedValues = grow(this.postedValues, at + 1);
    }
    this.rows[at] = row;
    this.postedDocs[at] = doc;
    this.postedValues[at] = value;
    this.lastDoc[row] = doc;
    this.lastAt[row] = at;
  }

  /** Sorts the added postings into rows; call once, after the last `add`. */
  seal(): void {
    const rowCount = this.ids.size;
    const offsets = new Int32Array(rowCount + 1);
    for (let i = 0; i < this.count; i++) offsets[this.rows[i] + 1]++;
    for (let i = 0; i < rowCount; i++) offsets[i + 1] += offsets[i];
    const fill = offsets.slice(0, rowCount);
    const docs = new Int32Array(this.count);
    const values = new Float32Array(this.count);
    for (let i = 0; i < this.count; i++) {
      const at = fill[this.rows[i]]++;
      docs[at] = this.postedDocs[i];
      values[at] = this.postedValues[i];
    }
    Object.assign(this, {
      offsets,
      docs,
      values,
      rows: undefined,
      postedDocs: undefined,
      postedValues: undefined,
      lastDoc: undefined,
      lastAt: undefined,
    });
  }

  /** Calls `visit(doc, value)` for each posting of `row`. */
  forEach(row: number | undefined, visit: (doc: number, value: number) => void): void {
    if (row === undefined) return;
    for (let i = this.offsets[row]; i < this.offsets[row + 1]; i++)
      visit(this.docs[i], this.values[i]);
  }
}

/** How much each kind of match is worth, before the field weight. */
const MATCH = {
  exact: 1,
  stem: 0.9,
  prefix: 0.75,
  typo: 0.65,
  root: 0.55,
  typo2: 0.5,
  stopWord: 0.25,
} as const;
/** Scores of the query typed on the wrong keyboard layout count a little less. */
const SWITCHED_LAYOUT = 0.95;
/** The shortest shared beginning that makes two words one root ("заикаюсь", "заикание"). */
const ROOT = 5;

/** How many indexes `createTextIndex` has built on this page. */
let builds = 0;

/**
 * How many text indexes have been built so far: for the tests that show no
 * element builds one during its first render. Not public API.
 */
export function textIndexBuilds(): number {
  return builds;
}

export function createTextIndex<T>(
  items: readonly T[],
  options: TextIndexOptions<T>,
): TextIndex<T> {
  builds++;
  const stopWords = new Set([...(options.stopWords ?? [])].flatMap(tokenize));
  // Words of titles and keywords, where prefixes and typos may match; the
  // stems of prose, where only word forms may. A query word's stem reaches
  // the title words through the vocabulary (stem → its words), not postings.
  const byTerm = new PostingTable();
  const byProseStem = new PostingTable();
  // Field texts repeat across documents (keywords, shared prose): tokenize each once.
  const termRows = new Map<string, number[]>();
  const proseRows = new Map<string, number[]>();
  // The stem row of each prose word, looked up once; stop words have none (-1).
  const proseStemRow = new Map<string, number>([...stopWords].map((word) => [word, -1]));

  // Index loops and forEach, not for…of: the first build runs as cold code,
  // where each step of an iterator is a call and an object.
  items.forEach((item, doc) => {
    const fields = options.fields(item);
    for (let f = 0; f < fields.length; f++) {
      const { text, weight, fuzzy } = fields[f];
      const prose = fuzzy === false;
      const table = prose ? byProseStem : byTerm;
      const cache = prose ? proseRows : termRows;
      let rows = cache.get(text);
      if (!rows) {
        // The first slot keeps the word count for the field weight.
        const words = tokenize(text);
        rows = [words.length];
        for (let w = 0; w < words.length; w++) {
          const word = words[w];
          if (!prose) rows.push(byTerm.idOf(word));
          else {
            let row = proseStemRow.get(word);
            if (row === undefined) proseStemRow.set(word, (row = byProseStem.idOf(stem(word))));
            if (row >= 0) rows.push(row);
          }
        }
        cache.set(text, rows);
      }
      // A word that is most of a short title says more than one of many.
      const value = weight * (1 + 0.25 / rows[0]);
      for (let i = 1; i < rows.length; i++) table.add(rows[i], doc, value);
    }
  });
  byTerm.seal();
  byProseStem.seal();

  // Sorted terms for prefix ranges; each stem's terms; stems by length for typo candidates.
  const terms = [...byTerm.ids.keys()].sort();
  const termsOfStem = new Map<string, number[]>();
  byTerm.ids.forEach((row, term) => {
    const key = stem(term);
    const list = termsOfStem.get(key);
    if (list) list.push(row);
    else termsOfStem.set(key, [row]);
  });
  const stemsByLength = new Map<number, string[]>();
  termsOfStem.forEach((_, key) => {
    const list = stemsByLength.get(key.length);
    if (list) list.push(key);
    else stemsByLength.set(key.length, [key]);
  });

  /** The terms that start with `prefix`, in order. */
  function* termsFrom(prefix: string): Generator<string> {
    let lo = 0;
    let hi = terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (terms[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < terms.length && terms[i].startsWith(prefix); i++) yield terms[i];
  }

  // Scratch space for searches, one slot a document, made on the first search.
  let scratch:
    | {
        word: DocValues;
        totals: DocValues;
        matched: Uint8Array;
        weights: Float64Array;
        hits: DocValues;
        coverage: Float64Array;
      }
    | undefined;
  const scratchSpace = () =>
    (scratch ??= {
      word: new DocValues(items.length),
      totals: new DocValues(items.length),
      matched: new Uint8Array(items.length),
      weights: new Float64Array(items.length),
      hits: new DocValues(items.length),
      coverage: new Float64Array(items.length),
    });

  /**
   * Best score per document for one query word, into `scores` (cleared
   * first). A word spelt letter by letter ("м р т", "A&E") is whole: its
   * forms, not the longer words it begins or resembles. Next to other
   * words, a short one («спине» in «боль в спине») has no typos: one
   * letter off four is another word («спид»), and the others say what the
   * query is about. A word read on the other keyboard layout begins a
   * longer one only from five letters: «укус» is a word, not "erec…".
   */
  function matchWord(
    word: string,
    stopWord: boolean,
    loose: boolean,
    scores: DocValues,
    spelt = false,
    alone = true,
    switched = false,
  ): void {
    scores.clear();
    const credit = (table: PostingTable, row: number | undefined, kind: number) =>
      table.forEach(row, (doc, weight) => scores.raise(doc, kind * weight));
    const creditStem = (key: string, kind: number) => {
      for (const row of termsOfStem.get(key) ?? []) credit(byTerm, row, kind);
    };
    if (stopWord) {
      // Only where the word itself stands in a title or keyword ("free medicines").
      credit(byTerm, byTerm.ids.get(word), MATCH.stopWord);
      return;
    }
    const wordStem = stem(word);
    creditStem(wordStem, MATCH.stem);
    credit(byProseStem, byProseStem.ids.get(wordStem), MATCH.stem);
    credit(byTerm, byTerm.ids.get(word), MATCH.exact);
    if (spelt) return;
    // While typing: the word so far is the start of a longer one.
    let typing = false;
    if (word.length >= (switched ? 5 : loose ? 3 : 2)) {
      for (const term of termsFrom(word)) {
        if (term === word) continue;
        typing = true;
        credit(byTerm, byTerm.ids.get(term), MATCH.prefix * Math.sqrt(word.length / term.length));
      }
    }
    // A word the index knows as it is spelled is not a typo of another one
    // («физиотерапия» is not «химиотерапия»), nor another word of its root
    // («больничный» is not «больница»); nor is a short word on its way to a
    // longer one («прив», not «прав»). Looser suggestions may still try.
    const known = termsOfStem.has(wordStem) || byProseStem.ids.has(wordStem);
    // Other forms of one root ("вставить" and "вставные"): a long shared beginning.
    if ((loose || !known) && wordStem.length > ROOT && /[а-я]/.test(wordStem)) {
      const root = wordStem.slice(0, Math.max(ROOT, Math.ceil(wordStem.length * 0.7)));
      for (const term of termsFrom(root)) {
        if (!term.startsWith(word)) credit(byTerm, byTerm.ids.get(term), MATCH.root);
      }
    }
    const typos = loose
      ? Math.min(3, Math.floor(wordStem.length / 3))
      : known || (typing && word.length <= 5) || (!alone && wordStem.length < 5)
        ? 0
        : allowedTypos(wordStem.length);
    if (typos > 0) {
      for (let length = wordStem.length - typos; length <= wordStem.length + typos; length++) {
        for (const candidate of stemsByLength.get(length) ?? []) {
          // Cheap filter first: a typo rarely hits both of the first two letters.
          if (
            candidate === wordStem ||
            (candidate[0] !== wordStem[0] && candidate[1] !== wordStem[1])
          )
            continue;
          // The shorter word sets the allowance: "прив" is not a typo of "при".
          const max = loose ? typos : Math.min(typos, allowedTypos(length));
          const distance = editDistance(wordStem, candidate, max);
          if (distance <= max) creditStem(candidate, distance === 1 ? MATCH.typo : MATCH.typo2);
        }
      }
    }
  }

  /**
   * Scores every document that matches some meaningful word, into the
   * scratch totals (score, words matched, weight). A word found in few
   * documents counts more than one found in many (inverse document
   * frequency), and so does its absence: every word matching beats some
   * words matching strongly. Typed arrays, not maps: a word every document
   * has («ул.») costs a pass over its postings, not a map entry a document.
   */
  function run(
    words: string[],
    loose: boolean,
    spelt: ReadonlySet<string>,
    switched: boolean,
  ): void {
    const { word: scores, totals, matched, weights } = scratchSpace();
    const meaningful = words.filter((word) => !stopWords.has(word));
    const main = meaningful.length ? meaningful : words;
    // A letter next to longer words ("гепатит с", "hepatitis c") says too
    // little to find a document on its own ("c-section"): it only adds to
    // those another word found, so it goes last.
    const ordered = [...main.filter((w) => w.length > 1), ...main.filter((w) => w.length < 2)];
    totals.clear();
    let allWeight = 0;
    for (const word of ordered) {
      const letter = word.length < 2 && ordered[0].length > 1;
      matchWord(word, false, loose, scores, spelt.has(word), main.length === 1, switched);
      const idf = Math.log(1 + items.length / Math.max(1, scores.size));
      allWeight += idf;
      for (let i = 0; i < scores.size; i++) {
        const doc = scores.docs[i];
        const score = scores.values[doc];
        if (totals.has(doc)) {
          totals.values[doc] += score * idf;
          matched[doc]++;
          weights[doc] += idf;
        } else if (!letter) {
          totals.set(doc, score * idf);
          matched[doc] = 1;
          weights[doc] = idf;
        }
      }
    }
    for (let i = 0; i < totals.size; i++) weights[totals.docs[i]] /= allWeight;
    if (main !== words) {
      for (const word of words) {
        // Short ones ("на", "the") are in too many keywords to tell anything.
        if (!stopWords.has(word) || word.length < 4) continue;
        matchWord(word, true, loose, scores);
        for (let i = 0; i < scores.size; i++) {
          const doc = scores.docs[i];
          if (totals.has(doc)) totals.values[doc] += scores.values[doc];
        }
      }
    }
  }

  /** Scores the query into the scratch hits and their coverage; false when it has no words. */
  function searchInto(query: string, loose: boolean): boolean {
    const { totals, matched, weights, hits, coverage } = scratchSpace();
    hits.clear();
    // Very long input is cut: nobody types a paragraph into a search field.
    const text = query.slice(0, 200);
    const collect = (words: string[], spelt: ReadonlySet<string>, otherLayout: boolean) => {
      const factor = otherLayout ? SWITCHED_LAYOUT : 1;
      const count = words.filter((word) => !stopWords.has(word)).length || words.length;
      run(words, loose, spelt, otherLayout);
      for (let i = 0; i < totals.size; i++) {
        const doc = totals.docs[i];
        const weight = weights[doc];
        const value = totals.values[doc] * factor * weight * weight;
        if (!hits.has(doc) || hits.values[doc] < value) {
          hits.set(doc, value);
          coverage[doc] = matched[doc] / count;
        }
      }
    };
    // Letters typed apart are one word: "Э.К.О.", "м р т".
    const tokens = tokenize(text);
    const words = tokens
      .join(' ')
      .replace(/(?<=^|\s)(\S)\s(?=\S(\s|$))/gu, '$1')
      .split(' ')
      .filter(Boolean)
      .slice(0, 12);
    if (!words.length && !text.trim()) return false;
    const typed = new Set(tokens);
    collect(words, new Set(words.filter((word) => !typed.has(word))), false);
    // The whole query on the other layout: its punctuation keys are letters
    // there ("'rj" → "эко").
    const switched = tokenize(switchKeyboardLayout(text)).slice(0, 12);
    if (switched.join() !== words.join()) collect(switched, new Set(), true);
    return true;
  }

  return {
    size: items.length,
    search(query: string, limit = 10, { loose = false }: TextSearchOptions = {}): TextHit<T>[] {
      if (limit <= 0 || typeof query !== 'string' || !searchInto(query, loose)) return [];
      const { hits, coverage } = scratchSpace();
      const { docs, values } = hits;
      const first = firstInOrder(
        hits.size,
        limit,
        (a, b) => values[docs[b]] - values[docs[a]] || docs[a] - docs[b],
      );
      return Array.from(first, (at) => {
        const doc = docs[at];
        return { item: items[doc], index: doc, score: values[doc], coverage: coverage[doc] };
      });
    },
    bestCoveredDocs(query: string): CoveredDocs {
      if (typeof query !== 'string' || !searchInto(query, false))
        return { docs: new Int32Array(0), scores: new Float64Array(0) };
      const { hits, coverage } = scratchSpace();
      let best = 0;
      for (let i = 0; i < hits.size; i++) best = Math.max(best, coverage[hits.docs[i]]);
      const docs = new Int32Array(hits.size);
      let count = 0;
      for (let i = 0; i < hits.size; i++) {
        const doc = hits.docs[i];
        if (coverage[doc] === best) docs[count++] = doc;
      }
      // Plain loops: `TypedArray.from` with a map function is many times slower.
      const scores = new Float64Array(count);
      for (let i = 0; i < count; i++) scores[i] = hits.values[docs[i]];
      return { docs: docs.subarray(0, count), scores };
    },
  };
}
