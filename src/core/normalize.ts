/**
 * Text normalisation shared by every search in the library: how people type
 * (any case, ё or е, punctuation, the wrong keyboard layout, word forms).
 */

/** Lower case, ё → е, every run of non-letters and non-digits → one space. */
export function normalizeText(text: string): string {
  // Attributes and properties reach here too: null or a number is text, not a crash.
  return String(text ?? '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of `text`, normalised as `normalizeText` does. */
export function tokenize(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/ё/g, 'е')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
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

// Endings of Russian nouns and adjectives, longest first: enough to bring
// «гемодиализа», «химиотерапии», «прививки» to one stem without a dictionary.
const RU_ENDINGS = [
  'иями',
  'ями',
  'ами',
  'ией',
  'иях',
  'ого',
  'его',
  'ому',
  'ему',
  'ыми',
  'ими',
  'ость',
  'ости',
  'ой',
  'ей',
  'ий',
  'ый',
  'ая',
  'яя',
  'ое',
  'ее',
  'ые',
  'ие',
  'ых',
  'их',
  'ую',
  'юю',
  'ов',
  'ев',
  'ом',
  'ем',
  'ам',
  'ям',
  'ах',
  'ях',
  'ия',
  'ию',
  'ии',
  'ья',
  'ье',
  'ьи',
  'ью',
  'ок',
  'ек',
  'а',
  'я',
  'о',
  'е',
  'ы',
  'и',
  'у',
  'ю',
  'ь',
  'й',
];
const EN_SUFFIXES = ['ations', 'ation', 'ments', 'ment', 'ings', 'ing', 'es', 'ed', 's', 'e'];

/** A light stem of one normalised word (Russian or English), for matching word forms. */
export function stem(word: string): string {
  if (CYRILLIC_WORD.test(word)) {
    for (const ending of RU_ENDINGS) {
      if (word.length - ending.length >= 3 && word.endsWith(ending))
        return word.slice(0, -ending.length);
    }
    return word;
  }
  let base = word;
  if (base.endsWith('ss')) return base;
  if (base.length > 4 && base.endsWith('ies')) return `${base.slice(0, -3)}y`;
  for (const suffix of EN_SUFFIXES) {
    if (base.length - suffix.length >= 4 && base.endsWith(suffix)) {
      base = base.slice(0, -suffix.length);
      break;
    }
  }
  // "vaccinations" → "vaccination" → "vaccin": one more pass for a suffix left by a plural.
  for (const suffix of ['ation', 'ment', 'ing', 'e']) {
    if (base.length - suffix.length >= 4 && base.endsWith(suffix))
      return base.slice(0, -suffix.length);
  }
  return base;
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
