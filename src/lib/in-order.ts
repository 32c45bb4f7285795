/**
 * Works through a list in its order while keeping a few items in flight: each item is prepared
 * (e.g. read from disk) up to `window` items ahead, handed to `send` strictly in list order, and
 * at most `window` sends are unanswered at a time. For a consumer that handles requests in the
 * order they arrive (Pagefind's service), the result is the same as one item at a time, without
 * waiting for each answer before sending the next. The first failure (of a `prepare` or of an
 * answer) rejects the whole, once the sends before it are answered.
 */
export async function inOrder<T, P>(
  items: readonly T[],
  window: number,
  prepare: (item: T) => Promise<P>,
  send: (item: T, prepared: P) => Promise<void> | undefined,
): Promise<void> {
  if (!Number.isInteger(window) || window < 1)
    throw new Error(`inOrder: window must be a positive integer, not ${window}`);
  // A promise that fails while another is awaited counts as handled (a no-op catch is attached at
  // once); awaiting it later still throws its error.
  const handled = <V>(promise: Promise<V>) => {
    promise.catch(() => undefined);
    return promise;
  };
  const prepared = new Map<number, Promise<P>>();
  const unanswered: Promise<void>[] = [];
  for (let i = 0; i < items.length; i++) {
    for (let k = i; k < Math.min(i + window, items.length); k++)
      if (!prepared.has(k)) prepared.set(k, handled(prepare(items[k]!)));
    const value = await prepared.get(i)!;
    prepared.delete(i);
    const answer = send(items[i]!, value);
    if (answer) unanswered.push(handled(answer));
    if (unanswered.length >= window) await unanswered.shift();
  }
  await Promise.all(unanswered);
}
