/**
 * A path of keys and indices as the error messages print it: `values[0].citations[1].quote`.
 * One definition for the compiler, the story loader and the data reader, so an editor sees
 * the same spelling wherever a field is named.
 */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === "number" ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
    .join("");
}
