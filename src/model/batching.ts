/**
 * Cuts items, in order, into batches: a batch takes the next item while `fits(batch, item)` says
 * so, and an item that does not fit starts the next batch (alone if need be).
 */
export function cutBatches<T>(items: readonly T[], fits: (batch: readonly T[], item: T) => boolean): T[][] {
  const out: T[][] = [];
  for (const item of items) {
    const last = out[out.length - 1];
    if (last !== undefined && fits(last, item)) last.push(item);
    else out.push([item]);
  }
  return out;
}

/**
 * Cuts items, already sorted longest first, into batches of at most `size`. When `equalLength`,
 * a batch only holds items of one length: exports without position_ids count positions from the
 * start of the row, so left padding would shift them.
 */
export function batchByLength<T>(
  sorted: readonly T[],
  size: number,
  length: (item: T) => number,
  equalLength: boolean,
): T[][] {
  return cutBatches(
    sorted,
    (batch, item) => batch.length < size && (!equalLength || length(batch[0] as T) === length(item)),
  );
}
