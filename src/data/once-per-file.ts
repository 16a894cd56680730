/**
 * A query `select` computed once per loaded file for the whole page. React-query memoises a
 * select per observer, and every component that asks for the same derived view is an observer of
 * its own: a filter click that mounts a panel would otherwise rebuild the article's model for it
 * (on a 6,000-paragraph article, about a second of main thread per observer).
 */
export function oncePerFile<File extends object, Result>(
  derive: (file: File) => Result,
): (file: File) => Result {
  const made = new WeakMap<File, Result>();
  return (file) => {
    if (made.has(file)) return made.get(file) as Result;
    const result = derive(file);
    made.set(file, result);
    return result;
  };
}

/** The same, for what is derived from two loaded files together (each may be refetched alone). */
export function oncePerFiles<First extends object, Second extends object, Result>(
  derive: (first: First, second: Second) => Result,
): (first: First, second: Second) => Result {
  const withFirst = oncePerFile((first: First) =>
    oncePerFile((second: Second) => derive(first, second)),
  );
  return (first, second) => withFirst(first)(second);
}
