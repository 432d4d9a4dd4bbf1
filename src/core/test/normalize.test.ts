import { expect } from '@open-wc/testing';
import { editDistance, normalizeText, stem, switchKeyboardLayout, tokenize } from '../normalize.js';

describe('normalizeText', () => {
  it('folds case, ё and punctuation, and collapses spaces', () => {
    expect(normalizeText('  Туберкулёз,  ВИЧ!!  (СПИД) ')).to.equal('туберкулез вич спид');
    expect(normalizeText('open-heart   surgery?')).to.equal('open heart surgery');
    expect(normalizeText('...')).to.equal('');
  });

  it('tokenizes into words', () => {
    expect(tokenize('Пересадка  почки')).to.deep.equal(['пересадка', 'почки']);
    expect(tokenize('   ')).to.deep.equal([]);
  });

  it('reads full-width and compatibility letters as plain ones (NFKC)', () => {
    expect(tokenize('ＥＫＯ ＭＲＴ')).to.deep.equal(['eko', 'mrt']);
    expect(normalizeText('ЭＫＯ')).to.equal('эко');
  });

  it('folds a word that mixes Latin and Cyrillic look-alikes into one script', () => {
    // «ЭKO» with a Latin K and O; «Mосква» with a Latin M; «Mоscow» with a Cyrillic о.
    expect(tokenize('ЭKO')).to.deep.equal(['эко']);
    expect(tokenize('Mосква')).to.deep.equal(['москва']);
    expect(tokenize('Mоscow')).to.deep.equal(['moscow']);
    // Words of one script, and mixes with no look-alike reading, stay as they are.
    expect(tokenize('KO эко')).to.deep.equal(['ko', 'эко']);
    expect(tokenize('эq')).to.deep.equal(['эq']);
  });

  it('reads plain text (ASCII, Russian) as the full path does', () => {
    // A no-break space is not plain text: it sends a text the full way (NFKC),
    // where it is one more space.
    const full = (text: string) => tokenize(`${text}\u00a0`);
    const texts = [
      'Ёлка ЁЖ ёж, «ЭКО» — 2-й этап’s',
      'ЭKO Mосква Mоscow KO эко эq a1б б2c x-ray',
      'ＥＫＯ ﬁle ﬀ ² Ⅻ ǅ ß İ café cafe\u0301 и\u0306 №5…',
      'Kidney TRANSPLANT\t\n123 abc_def',
    ];
    for (const text of texts) expect(tokenize(text)).to.deep.equal(full(text));
    // Every character, between letters of either script.
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code);
      for (const text of [`a${char}b`, `я${char}ж`, `z${char}щ1`, char]) {
        const words = tokenize(text);
        const expected = full(text);
        if (words.join() !== expected.join()) expect(words).to.deep.equal(expected);
      }
    }
  });
});

describe('switchKeyboardLayout', () => {
  it('turns Russian typed on a Latin layout into Russian', () => {
    expect(switchKeyboardLayout('ujvtjgfnbz')).to.equal('гомеопатия');
    expect(switchKeyboardLayout('ghbdbdrf')).to.equal('прививка');
  });

  it('turns English typed on a Russian layout into English', () => {
    expect(switchKeyboardLayout('руьщвшфднышы')).to.equal('hemodialysis');
  });

  it('leaves digits and spaces alone', () => {
    expect(switchKeyboardLayout('103 ')).to.equal('103 ');
  });
});

describe('stem', () => {
  it('brings Russian word forms to one stem', () => {
    expect(stem('гемодиализа')).to.equal(stem('гемодиализ'));
    expect(stem('химиотерапии')).to.equal(stem('химиотерапия'));
    expect(stem('прививки')).to.equal(stem('прививка'));
    expect(stem('стоматология')).to.equal(stem('стоматолог'));
  });

  it('brings English word forms to one stem', () => {
    expect(stem('transplants')).to.equal(stem('transplant'));
    expect(stem('transplantation')).to.equal(stem('transplant'));
    expect(stem('vaccinations')).to.equal(stem('vaccine'));
    expect(stem('therapies')).to.equal(stem('therapy'));
  });

  it('takes off the longest ending that leaves a stem of three letters', () => {
    expect(stem('радости')).to.equal('рад');
    expect(stem('костями')).to.equal('кост');
    expect(stem('мама')).to.equal('мам');
    expect(stem('ами')).to.equal('ами');
    expect(stem('stations')).to.equal('station');
    expect(stem('stress')).to.equal('stress');
    expect(stem('eyes')).to.equal('eyes');
  });

  it('takes words of a million letters (no pattern that backtracks per letter)', () => {
    // Firefox ran out of stack on such words with the patterns of an earlier version.
    const latin = 'a'.repeat(1_000_000);
    expect(tokenize(`${latin}я ${latin}`)).to.have.length(2);
    expect(tokenize(`${latin}\u00a0`)).to.deep.equal([latin]);
    expect(stem(`${'я'.repeat(999_998)}ами`)).to.have.length(999_998);
    expect(stem(`${latin}ations`)).to.equal(latin);
  });

  it('keeps short words whole', () => {
    expect(stem('вич')).to.equal('вич');
    expect(stem('ivf')).to.equal('ivf');
  });
});

describe('editDistance', () => {
  it('counts substitutions, insertions, deletions and adjacent swaps', () => {
    expect(editDistance('гемадиализ', 'гемодиализ', 2)).to.equal(1);
    expect(editDistance('hemodialisys', 'hemodialysis', 2)).to.equal(2);
    expect(editDistance('акне', 'кане', 2)).to.equal(1);
    expect(editDistance('abc', 'abc', 1)).to.equal(0);
  });

  it('stops past the bound', () => {
    expect(editDistance('косметология', 'гомеопатия', 2)).to.equal(3);
    expect(editDistance('a', 'abcdef', 2)).to.equal(3);
  });
});
