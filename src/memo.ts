// Values derived from an object, computed once per object and forgotten with it: prepared
// statements per store, cards per generation of the data, rendered cards per card; and caches kept
// to a size (skeletons of words, recent users' rows and topics).

export function memoByObject<K extends object, V>(build: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    if (cache.has(key)) return cache.get(key) as V;
    const value = build(key);
    cache.set(key, value);
    return value;
  };
}

/** `map`'s value for `key`, built and kept on first use. */
export function getOrAdd<K, V>(map: Map<K, V>, key: K, build: () => V): V {
  if (map.has(key)) return map.get(key) as V;
  const value = build();
  map.set(key, value);
  return value;
}

/** Keeps `value` under `key` in a cache of at most `max` entries: when full, the cache starts over. */
export function keepWithin<K, V>(map: Map<K, V>, max: number, key: K, value: V): V {
  if (map.size >= max) map.clear();
  map.set(key, value);
  return value;
}
