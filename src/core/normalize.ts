/**
 * Text normalisation shared by every search in the library: how people type
 * (any case, ё or е, punctuation, the wrong keyboard layout, word forms).
 */

/**
 * Latin letters that look like Cyrillic ones, after lower-casing: «ЭKO»
 * typed with a Latin K and O, or pasted from a page that mixed them. Each
 * pair: the Latin letter, then the Cyrillic one.
 */
const LOOK_ALIKES = 'aа bв cс eе hн kк mм oо pр tт xх yу'.split(' ');
const latinToCyrillic = new Map(LOOK_ALIKES.map(([latin, cyrillic]) => [latin, cyrillic]));
const cyrillicToLatin = new Map(LOOK_ALIKES.map(([latin, cyrillic]) => [cyrillic, latin]));

/**
 * A word of both scripts in one: folded to the script whose look-alikes
 * cover the other's letters («эkо» → «эко», «mоscow» → «moscow»); otherwise as it is.
 */
function foldLookAlikes(word: string): string {
  if (!/[a-z]/.test(word) || !/[а-яё]/.test(word)) return word;
  const to = (map: Map<string, string>, other: RegExp) => {
    let out = '';
    for (const char of word) {
      if (!other.test(char)) out += char;
      else if (map.has(char)) out += map.get(char)!;
      else return undefined;
    }
    return out;
  };
  return to(latinToCyrillic, /[a-z]/) ?? to(cyrillicToLatin, /[а-яё]/) ?? word;
}

/**
 * A character outside plain text, which NFKC leaves as it is (ASCII, Russian
 * letters, a few quotes and dashes: each its own NFKC form, none combining),
 * so that `tokenize` may skip NFKC. Plain text's letters are a–z and а–я once
 * lower-cased and ё → е.
 */
const NOT_PLAIN = /[^\0-\x7fЁА-яё«»–—’]/;

/** Lower case, ё → е, look-alikes folded, every run of non-letters and non-digits → one space. */
export function normalizeText(text: string): string {
  // Attributes and properties reach here too: null or a number is text, not a crash.
  return tokenize(String(text ?? '')).join(' ');
}

/**
 * The words of `text`: lower case, NFKC (full-width «ＥＫＯ» is «eko»), ё → е,
 * and a word mixing Latin and Cyrillic look-alikes in one script.
 */
export function tokenize(text: string): string[] {
  // Plain text, most of any dataset, skips NFKC and Unicode classes, and the
  // look-alikes when it has no letters of both scripts. Simple tests only: a
  // pattern that backtracks runs out of stack on a long word in Firefox.
  const plain = !NOT_PLAIN.test(text);
  const lower = (plain ? text : text.normalize('NFKC')).toLowerCase().replace(/ё/g, 'е');
  const words = lower.match(plain ? /[a-z\dа-я]+/g : /[\p{L}\p{N}]+/gu) ?? [];
  const mixed = !plain || (/[a-z]/.test(lower) && /[а-я]/.test(lower));
  return mixed ? words.map(foldLookAlikes) : words;
}

/** Street words in Latin letters, each to one form: ulitsa, ul, street, st → st. */
const STREET_WORDS = new Map(
  [
    ['st', 'ulitsa ulica ul street str'],
    ['pr', 'prospekt prospect prosp pr avenue ave av'],
    ['per', 'pereulok per lane'],
    ['sh', 'shosse shossе highway hwy'],
    ['nab', 'naberezhnaya nab embankment'],
    ['pl', 'ploshchad ploschad pl square sq'],
    ['bul', 'bulvar bulvard boulevard blvd'],
  ].flatMap(([to, words]) => words.split(' ').map((word) => [word, to] as const)),
);

/**
 * Russian names in Latin letters as people spell them, to one form:
 * Yesenina / Esenina, Zheleznovodskaya / Geleznovodskaya / Zheleznovodskaja,
 * Kronshtadtskaya / Kronstadtskaya, and the street words (ulitsa, ul., street).
 * For a search of addresses, applied to the index and the query alike;
 * Cyrillic words are left as they are.
 */
export function foldTransliteration(text: string): string {
  return tokenize(text)
    .map((word) => {
      if (!/^\d*[a-z][a-z\d]*$/.test(word)) return word;
      const street = STREET_WORDS.get(word);
      if (street) return street;
      // Most words have nothing to fold: one test, not a dozen replacements.
      if (!/sc?h|tch|^g[ei]|[zk]h|[jy]|t[sz]|i[ij]$/.test(word)) return word;
      return word
        .replace(/shch|sch/g, 'sh')
        .replace(/tch/g, 'ch')
        .replace(/^g(?=[ei])/, 'zh')
        .replace(/zh/g, 'z')
        .replace(/kh/g, 'h')
        .replace(/t?sh/g, 's')
        .replace(/^y[eo]/, 'e')
        .replace(/j/g, 'y')
        .replace(/(?<=[aeiou])y(?=[aeiou])/g, '')
        .replace(/y/g, 'i')
        .replace(/ts|tz/g, 'c')
        .replace(/(ii|ij)$/, 'i');
    })
    .join(' ');
}

const LATIN = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`";
const CYRILLIC = 'йцукенгшщзхъфывапролджэячсмитьбюё';
const toCyrillic = new Map([...LATIN].map((char, i) => [char, CYRILLIC[i]]));
const toLatin = new Map([...CYRILLIC].map((char, i) => [char, LATIN[i]]));

/**
 * The same keys pressed on the other layout (ЙЦУКЕН ↔ QWERTY): "ujvtjgfnbz"
 * → "гомеопатия", "руьщ" → "hemo". Each character is switched by its script.
 */
export function switchKeyboardLayout(text: string): string {
  let out = '';
  for (const char of text.toLowerCase()) out += toCyrillic.get(char) ?? toLatin.get(char) ?? char;
  return out;
}

const CYRILLIC_WORD = /[а-я]/;

// Endings of Russian nouns and adjectives: enough to bring «гемодиализа»,
// «химиотерапии», «прививки» to one stem without a dictionary.
const RU_ENDING = new RegExp(
  '^(?:и?ями|ами|ией|иях|[ое]го|[ое]му|[ыи]ми|ост[ьи]|[оеиы]й|[ая]я|[оеыи]е|' +
    '[ыи]х|[ую]ю|[ое]в|[оеая]м|[ая]х|и[яюи]|ь[яеию]|[ое]к|[аяоеыиуюьй])$',
);
const EN_SUFFIX = /^(?:ations|ation|ments|ment|ings|ing|es|ed|s|e)$/;
// "vaccinations" → "vaccination" → "vaccin": one more pass for a suffix left by a plural.
const EN_SUFFIX_AGAIN = /^(?:ation|ment|ing|e)$/;

/**
 * `word` less the longest ending that `ending` matches whole (at most
 * `longest` letters) and that leaves `keep` letters; as it is when none does.
 * A few tests of the word's last letters, not one pattern with a lazy start,
 * which backtracks once per letter of a long word.
 */
function cut(word: string, ending: RegExp, keep: number, longest: number): string {
  for (let at = Math.max(keep, word.length - longest); at < word.length; at++)
    if (ending.test(word.slice(at))) return word.slice(0, at);
  return word;
}

/** A light stem of one normalised word (Russian or English), for matching word forms. */
export function stem(word: string): string {
  if (CYRILLIC_WORD.test(word)) return cut(word, RU_ENDING, 3, 4);
  if (word.endsWith('ss')) return word;
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  return cut(cut(word, EN_SUFFIX, 4, 6), EN_SUFFIX_AGAIN, 4, 5);
}

/**
 * Damerau-Levenshtein distance (adjacent transpositions count as one edit),
 * or `max + 1` as soon as it must exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const n = b.length;
  let before = new Array<number>(n + 1);
  let previous = new Array<number>(n + 1);
  let current = new Array<number>(n + 1);
  for (let j = 0; j <= n; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, before[j - 2] + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[n];
}

/** How many typos a word of this length may carry and still match. */
export function allowedTypos(length: number): number {
  return length >= 8 ? 2 : length >= 4 ? 1 : 0;
}
