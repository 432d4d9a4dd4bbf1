/**
 * A small full-text index for the library's searches: built once from
 * documents with weighted fields, then queried as people type (word forms,
 * prefixes, typos, the other keyboard layout). No DOM.
 */
import { allowedTypos, editDistance, normalizeText, stem, switchKeyboardLayout, tokenize } from './normalize.js';

export interface IndexedField {
  text: string;
  /** How much a match in this field counts (title > keywords > summary). */
  weight: number;
  /** Whether prefixes and typos may match here (off for long prose). */
  fuzzy?: boolean;
}

export interface TextIndexOptions<T> {
  /** The searchable fields of a document. */
  fields: (item: T) => IndexedField[];
  /** Words that carry no meaning on their own ("по", "the"); ignored when other words remain. */
  stopWords?: Iterable<string>;
}

export interface TextHit<T> {
  item: T;
  /** Position of the item in the indexed list. */
  index: number;
  score: number;
  /** The share of the query's words that matched, 0–1. */
  coverage: number;
}

export interface TextIndex<T> {
  search(query: string, limit?: number): TextHit<T>[];
  readonly size: number;
}

/**
 * Postings of many keys in flat arrays (compressed sparse rows): the
 * documents of key k are `docs[offsets[k]] … docs[offsets[k + 1] - 1]`. Built
 * in two passes, so that 10,000 documents cost a few big arrays rather than
 * hundreds of thousands of small ones. A value is the field weight, raised
 * for a word that is most of its field, and negative in prose, where
 * prefixes and typos may not match.
 */
class PostingTable {
  private readonly ids = new Map<string, number>();
  private keys: number[] = [];
  private pendingDocs: number[] = [];
  private pendingValues: number[] = [];
  offsets = new Int32Array(0);
  docs = new Int32Array(0);
  values = new Float32Array(0);

  /** The row of `key`, created on first sight. */
  idOf(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) this.ids.set(key, (id = this.ids.size));
    return id;
  }

  add(id: number, doc: number, value: number): void {
    this.keys.push(id);
    this.pendingDocs.push(doc);
    this.pendingValues.push(value);
  }

  /** Sorts the added postings into rows; call once, after the last `add`. */
  seal(): void {
    const count = this.ids.size;
    const offsets = new Int32Array(count + 1);
    for (const id of this.keys) offsets[id + 1]++;
    for (let i = 0; i < count; i++) offsets[i + 1] += offsets[i];
    const fill = offsets.slice(0, count);
    const docs = new Int32Array(this.keys.length);
    const values = new Float32Array(this.keys.length);
    for (let i = 0; i < this.keys.length; i++) {
      const at = fill[this.keys[i]]++;
      docs[at] = this.pendingDocs[i];
      values[at] = this.pendingValues[i];
    }
    Object.assign(this, { offsets, docs, values, keys: [], pendingDocs: [], pendingValues: [] });
  }

  has(key: string): boolean {
    return this.ids.has(key);
  }

  /** Calls `visit(doc, value)` for each posting of `key`. */
  forEach(key: string, visit: (doc: number, value: number) => void): void {
    const id = this.ids.get(key);
    if (id === undefined) return;
    for (let i = this.offsets[id]; i < this.offsets[id + 1]; i++) visit(this.docs[i], this.values[i]);
  }

  allKeys(): IterableIterator<string> {
    return this.ids.keys();
  }
}

/** How much each kind of match is worth, before the field weight. */
const MATCH = { exact: 1, stem: 0.9, prefix: 0.75, typo: 0.65, typo2: 0.5 } as const;
/** Scores of the query typed on the wrong keyboard layout count a little less. */
const SWITCHED_LAYOUT = 0.95;

export function createTextIndex<T>(items: readonly T[], options: TextIndexOptions<T>): TextIndex<T> {
  const stopWords = new Set([...(options.stopWords ?? [])].map(normalizeText));
  const byTerm = new PostingTable();
  const byStem = new PostingTable();

  // Words, stems and field texts repeat across documents: look each up once.
  const stems = new Map<string, string>();
  const stemOf = (word: string) => {
    let value = stems.get(word);
    if (value === undefined) stems.set(word, (value = stem(word)));
    return value;
  };
  const rows = new Map<string, [term: number, stem: number]>();
  const rowsOf = (word: string) => {
    let value = rows.get(word);
    if (value === undefined) rows.set(word, (value = [byTerm.idOf(word), byStem.idOf(stemOf(word))]));
    return value;
  };
  const tokens = new Map<string, string[]>();
  const tokensOf = (text: string) => {
    let value = tokens.get(text);
    if (value === undefined) tokens.set(text, (value = tokenize(text)));
    return value;
  };

  items.forEach((item, doc) => {
    for (const field of options.fields(item)) {
      const words = tokensOf(field.text);
      // A word that is most of a short title says more than one of many.
      const value = field.weight * (1 + 0.25 / words.length) * (field.fuzzy === false ? -1 : 1);
      for (const word of words) {
        // Stop words are never searched for next to other words; prose (no
        // prefixes, no typos) needs only its stems: both halve the build.
        if (value < 0) {
          if (!stopWords.has(word)) byStem.add(byStem.idOf(stemOf(word)), doc, value);
          continue;
        }
        const [term, stemRow] = rowsOf(word);
        byTerm.add(term, doc, value);
        byStem.add(stemRow, doc, value);
      }
    }
  });

  byTerm.seal();
  byStem.seal();
  // Sorted terms for prefix ranges; stems by length for typo candidates.
  const terms = [...byTerm.allKeys()].sort();
  const stemsByLength = new Map<number, string[]>();
  for (const key of byStem.allKeys()) {
    const list = stemsByLength.get(key.length);
    if (list) list.push(key);
    else stemsByLength.set(key.length, [key]);
  }

  function lowerBound(prefix: string): number {
    let lo = 0;
    let hi = terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (terms[mid] < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Best score per document for one query word. */
  function matchWord(word: string): Map<number, number> {
    const scores = new Map<number, number>();
    const credit = (table: PostingTable, key: string, kind: number, fuzzyOnly: boolean) =>
      table.forEach(key, (doc, weight) => {
        if (fuzzyOnly && weight < 0) return;
        const value = kind * Math.abs(weight);
        if (value > (scores.get(doc) ?? 0)) scores.set(doc, value);
      });
    credit(byTerm, word, MATCH.exact, false);
    const wordStem = stemOf(word);
    credit(byStem, wordStem, MATCH.stem, false);
    // While typing: the word so far is the start of a longer one.
    if (word.length >= 2) {
      for (let i = lowerBound(word); i < terms.length && terms[i].startsWith(word); i++) {
        if (terms[i] !== word) credit(byTerm, terms[i], MATCH.prefix * Math.sqrt(word.length / terms[i].length), true);
      }
    }
    const typos = allowedTypos(wordStem.length);
    if (typos > 0) {
      for (let length = wordStem.length - typos; length <= wordStem.length + typos; length++) {
        for (const candidate of stemsByLength.get(length) ?? []) {
          // Cheap filter first: a typo rarely hits both of the first two letters.
          if (candidate === wordStem || (candidate[0] !== wordStem[0] && candidate[1] !== wordStem[1])) continue;
          const distance = editDistance(wordStem, candidate, typos);
          if (distance <= typos) credit(byStem, candidate, distance === 1 ? MATCH.typo : MATCH.typo2, true);
        }
      }
    }
    return scores;
  }

  function run(words: string[]): Map<number, { score: number; matched: number }> {
    const totals = new Map<number, { score: number; matched: number }>();
    for (const word of words) {
      for (const [doc, score] of matchWord(word)) {
        const total = totals.get(doc);
        if (total) {
          total.score += score;
          total.matched++;
        } else totals.set(doc, { score, matched: 1 });
      }
    }
    return totals;
  }

  return {
    size: items.length,
    search(query: string, limit = 10): TextHit<T>[] {
      // Very long input is cut: nobody types a paragraph into a search field.
      const all = tokenize(query.slice(0, 200)).slice(0, 12);
      const meaningful = all.filter((word) => !stopWords.has(word));
      const words = meaningful.length ? meaningful : all;
      if (!words.length || limit <= 0) return [];
      const hits = new Map<number, TextHit<T>>();
      const collect = (totals: Map<number, { score: number; matched: number }>, factor: number) => {
        for (const [doc, { score, matched }] of totals) {
          const coverage = matched / words.length;
          // Every word matching beats some words matching strongly.
          const value = score * factor * coverage * coverage;
          const known = hits.get(doc);
          if (!known || known.score < value) hits.set(doc, { item: items[doc], index: doc, score: value, coverage });
        }
      };
      collect(run(words), 1);
      const switched = words.map(switchKeyboardLayout);
      if (switched.some((word, i) => word !== words[i])) collect(run(switched), SWITCHED_LAYOUT);
      return [...hits.values()].sort((a, b) => b.score - a.score || a.index - b.index).slice(0, limit);
    },
  };
}
