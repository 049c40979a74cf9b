/** An in-memory stand-in for localStorage, with the map it writes to (for the journal's tests). */
export function memoryLocalStorage(entries: [string, string][] = []) {
  const map = new Map(entries);
  return {
    map,
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
    key: (i: number) => [...map.keys()][i] ?? null,
    get length() {
      return map.size;
    },
  };
}
