// The evaluation sets: the public one (copied from shared/eval) and our own
// wordings. Reports the score and the failures; both must reach 95%.
import { expect } from '@open-wc/testing';
import { searchCoverage } from '../../index.js';
import { verdictOf } from '../verdict.js';

interface EvalCase {
  q: string;
  locale: 'ru' | 'en';
  /** The expected top result: its status and a pattern for its title, or its id (a pattern). */
  status?: string;
  title?: string;
  id?: string;
  /** The expected verdict of the top result (covered, conditional, budget, paid). */
  verdict?: string;
  /** A record that must not be among the first three results (a wrong answer). */
  not?: string;
}

async function score(file: string) {
  const { cases } = (await (await fetch(file)).json()) as { cases: EvalCase[] };
  const failures: string[] = [];
  for (const c of cases) {
    const matches = searchCoverage(c.q, { locale: c.locale, limit: 3 });
    const [match] = matches;
    const wrong = c.not ? matches.find((m) => new RegExp(`^(${c.not})$`).test(m.id)) : undefined;
    const ok =
      !wrong &&
      (c.id
        ? match &&
          new RegExp(`^(${c.id})$`).test(match.id) &&
          (!c.verdict || verdictOf(match.entry) === c.verdict)
        : c.status
          ? match && match.status === c.status && new RegExp(c.title!, 'i').test(match.title)
          : true);
    if (!ok) {
      const found = match ? `${match.id}: ${match.title} [${match.status}]` : 'nothing';
      const expected = [
        c.id ?? (c.status ? `${c.status} /${c.title}/` : ''),
        c.verdict ?? '',
        c.not ? `not ${c.not}` : '',
      ].join(' ');
      failures.push(`${c.q} (${c.locale}) → ${found}; expected ${expected.trim()}`);
    }
  }
  const share = (cases.length - failures.length) / cases.length;
  console.log(
    `${file}: ${cases.length - failures.length}/${cases.length} (${(share * 100).toFixed(1)}%)`,
  );
  for (const failure of failures) console.log(`  miss: ${failure}`);
  return { share, failures };
}

describe('coverage search evaluation', () => {
  it('scores at least 95% on the public set', async () => {
    const { share, failures } = await score('/test/fixtures/coverage-queries.json');
    expect(share, failures.join('\n')).to.be.at.least(0.95);
  });

  it('scores at least 95% on our own wordings', async () => {
    const { share, failures } = await score('/test/fixtures/coverage-queries-extra.json');
    expect(share, failures.join('\n')).to.be.at.least(0.95);
  });

  it('scores at least 95% on real-world wordings, with no must-not violated', async () => {
    const file = '/src/core/test/coverage-eval-own.json';
    const { share, failures } = await score(file);
    expect(share, failures.join('\n')).to.be.at.least(0.95);
    const { cases } = (await (await fetch(file)).json()) as { cases: EvalCase[] };
    const mustNot = cases.filter((c) => c.not);
    expect(mustNot.length).to.be.at.least(30);
    expect(failures.filter((f) => f.includes('; expected') && / not /.test(f))).to.deep.equal([]);
  });

  it('scores at least 95% on a wider set of wordings', async () => {
    const { share, failures } = await score('/src/core/test/coverage-wordings.json');
    expect(share, failures.join('\n')).to.be.at.least(0.95);
  });
});
