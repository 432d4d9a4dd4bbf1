/**
 * Picking a page of results without sorting them all: for a search whose
 * word every record has, only the page a reader sees is ranked. No DOM.
 */

/**
 * The first `k` of the positions 0 … `count` - 1 in the order `compare`
 * gives (a total order: no two positions compare equal), sorted. A few out
 * of many cost about one comparison a position (a heap of the `k` best so
 * far); a large share of them is sorted outright.
 */
export function firstInOrder(
  count: number,
  k: number,
  compare: (a: number, b: number) => number,
): Int32Array {
  const size = Math.max(0, Math.min(Math.floor(k) || 0, count));
  if (size * 8 >= count) {
    const all = new Int32Array(count);
    for (let i = 0; i < count; i++) all[i] = i;
    return all.sort(compare).subarray(0, size);
  }
  // A max-heap by `compare`: its root is the last of the kept ones.
  const heap = new Int32Array(size);
  const swap = (i: number, j: number) => ([heap[i], heap[j]] = [heap[j], heap[i]]);
  for (let i = 0; i < count; i++) {
    if (i < size) {
      heap[i] = i;
      for (let at = i; at > 0 && compare(heap[(at - 1) >> 1], heap[at]) < 0; at = (at - 1) >> 1)
        swap(at, (at - 1) >> 1);
    } else if (compare(i, heap[0]) < 0) {
      heap[0] = i;
      for (let at = 0; ;) {
        const left = 2 * at + 1;
        if (left >= size) break;
        const right = left + 1;
        const child = right < size && compare(heap[right], heap[left]) > 0 ? right : left;
        if (compare(heap[child], heap[at]) <= 0) break;
        swap(at, child);
        at = child;
      }
    }
  }
  return heap.sort(compare);
}
