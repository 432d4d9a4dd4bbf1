import { expect } from '@open-wc/testing';
import { firstInOrder } from '../first-in-order.js';

describe('firstInOrder', () => {
  /** Deterministic pseudo-random values with many ties (0–99). */
  const values = Array.from({ length: 10_000 }, (_, i) => (i * 7919) % 100);
  // By value, then by position: a total order.
  const compare = (a: number, b: number) => values[a] - values[b] || a - b;
  const sorted = values.map((_, i) => i).sort(compare);

  it('gives the first k positions in order, as a full sort would', () => {
    for (const k of [0, 1, 20, 40, 999, 1250, 5000, 10_000, 20_000]) {
      expect([...firstInOrder(values.length, k, compare)], `k = ${k}`).to.deep.equal(
        sorted.slice(0, k),
      );
    }
    expect([...firstInOrder(0, 20, compare)]).to.deep.equal([]);
    expect([...firstInOrder(5, Number.NaN, compare)]).to.deep.equal([]);
  });

  it('ranks a page of 20 out of 10,000 with about one comparison a position', () => {
    let comparisons = 0;
    const counted = (a: number, b: number) => (comparisons++, compare(a, b));
    firstInOrder(values.length, 20, counted);
    // A full sort takes about n·log2(n) ≈ 130,000.
    expect(comparisons).to.be.below(values.length * 2);
  });
});
