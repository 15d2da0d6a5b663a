// DataLoaders, one set per request (never shared between users): a field resolver on a
// relation asks its loader, and the loader sends one query for all the parents of a list.
// Each module defines its loaders with defineLoader in <domain>.loaders.ts.
import DataLoader from 'dataloader';
import type { Context } from '../context';

export type LoaderFactory<K, V> = (ctx: Context) => DataLoader<K, V, string>;

/** A loader made once per request, on first use. */
export function defineLoader<K, V>(batch: (ctx: Context, keys: readonly K[]) => Promise<V[]>): LoaderFactory<K, V> {
  const factory: LoaderFactory<K, V> = (ctx) => {
    let loader = ctx.loaders.get(factory) as DataLoader<K, V, string> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V, string>((keys) => batch(ctx, keys), { cacheKeyFn: (key) => String(key) });
      ctx.loaders.set(factory, loader);
    }
    return loader;
  };
  return factory;
}

/** Rows grouped by a key, in the order of `keys` (an empty list for a key without rows). */
export function groupBy<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K): R[][] {
  const groups = new Map<K, R[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}

/** One row per key, in the order of `keys` (null for a key without a row). */
export function oneBy<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K): Array<R | null> {
  const byKey = new Map(rows.map((row) => [keyOf(row), row] as const));
  return keys.map((key) => byKey.get(key) ?? null);
}
