import type { z } from "zod";
import { fieldPath } from "../io/fieldPath.ts";
import { charts, type ChartKey, type ChartOf } from "../charts/registry.ts";
import { dataFiles as compiledFiles } from "../schema/compiled.ts";

type ChartFiles = { [K in ChartKey as `charts/${K}.json`]: ChartOf<K>["file"] };

/** Every JSON file in data/ with its schema: src/schema/compiled.ts's, and each chart's own. */
export const dataFiles = {
  ...compiledFiles,
  ...(Object.fromEntries(charts.map((c) => [`charts/${c.id}.json`, c.file])) as ChartFiles),
};

export type DataFile = keyof typeof dataFiles;
export type DataOf<F extends DataFile> = z.infer<(typeof dataFiles)[F]>;

/**
 * A file of data/ read through its schema: the pages never cast JSON to a type. A file that
 * does not match (edited by hand, or written by an older compiler) stops the build with its
 * path and the first fields that are wrong, and a hint to run the compiler.
 */
export function readData<F extends DataFile>(file: F, json: unknown): DataOf<F> {
  const parsed = (dataFiles[file] as z.ZodType).safeParse(json);
  if (parsed.success) return parsed.data as DataOf<F>;
  const problems = parsed.error.issues.slice(0, 5).map((i) => `field "${fieldPath(i.path) || "(the whole file)"}": ${i.message}`);
  throw new Error(`data/${file} does not match its schema (src/schema/compiled.ts); run \`npm run compile\`. ${problems.join("; ")}`);
}
