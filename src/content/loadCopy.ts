import { readFileSync } from "node:fs";
import { parse } from "yaml";
import type { z } from "zod";
import { parseText } from "../story/parseText.ts";
import { checkProse } from "../truth/checkProse.ts";
import { readLocale } from "./locale.ts";

/** Every string in a parsed YAML value, with its field path ("method[2].text"). */
function strings(value: unknown, path = ""): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}

/**
 * Reads interface copy (the words of a page that are not the story) from a content file,
 * validates it and runs the truth check's word rules over every string. Throws naming the file
 * and the field. Copy cites no claim, so it may state no figure, date or strong word at all.
 */
export function loadCopy<T extends z.ZodType>(
  file: string,
  schema: T,
  unchecked: readonly string[] = [],
  root = process.cwd(),
): z.infer<T> {
  const words = readLocale(root).wordRules === "english";
  const raw: unknown = parse(readFileSync(file, "utf8"));
  const parsed = schema.safeParse(raw);
  if (!parsed.success)
    throw new Error(
      `${file}: ${parsed.error.issues.map((i) => `field "${i.path.join(".")}": ${i.message}`).join("; ")}`,
    );
  // {name} is a slot the page fills from data/, not a reference.
  // Copy may mention a word as a term, in quotation marks (the hedge “reportedly”); a mention states nothing.
  const problems = strings(raw)
    .filter(([field]) => !unchecked.includes(field))
    .flatMap(([field, text]) =>
      checkProse(parseText(text.replace(/“[^”]*”/g, "‹term›").replace(/\{\w+\}/g, "‹slot›"), field), {
        claims: new Map(),
        hedges: false,
        words,
      }).map((p) => `field "${field}": ${p}`),
    );
  if (problems.length > 0) throw new Error(`${file}: the truth check refuses:\n  ${problems.join("\n  ")}`);
  return parsed.data;
}
