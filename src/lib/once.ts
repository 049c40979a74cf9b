/**
 * A value built on first use, then kept. For zod schemas that most screens never use:
 * building one costs time at start-up (zod binds every method of every schema it makes),
 * and a module that builds them all at import made opening a project wait for schemas of
 * features it had not reached (the record's reviews, amendments and closing).
 */
export function once<T>(build: () => T): () => T {
  let made: { value: T } | null = null;
  return () => {
    made ??= { value: build() };
    return made.value;
  };
}
