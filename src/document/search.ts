/**
 * How many items of a list sorted by `key` (ascending) have a key below `value`: the index of the
 * first item whose key is `value` or more. A binary search: the lists are a text's positions,
 * names, dates or paragraphs, and long articles have many.
 */
export function countBelow<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (key(items[mid] as T) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
