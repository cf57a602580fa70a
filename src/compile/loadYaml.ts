import type { z } from "zod";
import { CompileError, type ErrorLocation } from "../io/CompileError.ts";
import { decodeText, MAX_YAML_BYTES, readLimited } from "../io/safeRead.ts";
import { fieldPath } from "../io/fieldPath.ts";
import { parseYamlSafely } from "../io/safeYaml.ts";

/**
 * A YAML file's parsed value. A missing, oversized, binary or malformed file, an alias bomb,
 * deep nesting or an invisible character becomes a CompileError naming the line and field.
 */
export async function readYaml(root: string, file: string): Promise<unknown> {
  const bytes = await readLimited(`${root}/${file}`, file, MAX_YAML_BYTES);
  return parseYamlSafely(decodeText(bytes, file), file).value;
}

/** The id of a raw YAML item, if it has a usable one, for naming it in errors. */
function rawId(item: unknown): string | undefined {
  if (item && typeof item === "object" && "id" in item && typeof item.id === "string") return item.id;
  return undefined;
}

/**
 * Validates each item of a YAML list on its own, so one bad claim names its own id and field
 * and does not hide the others.
 */
export function parseList<T extends z.ZodType>(
  file: string,
  raw: unknown,
  itemSchema: T,
  errors: CompileError[],
  kind: ErrorLocation["kind"] = "claim",
): z.infer<T>[] {
  if (!Array.isArray(raw)) {
    errors.push(new CompileError({ file }, "expected a list of items"));
    return [];
  }
  const items: z.infer<T>[] = [];
  raw.forEach((item, index) => {
    const result = itemSchema.safeParse(item);
    if (result.success) {
      items.push(result.data);
      return;
    }
    const id = rawId(item) ?? `#${index + 1} (no id)`;
    for (const issue of result.error.issues) {
      errors.push(new CompileError({ file, id, kind, field: fieldPath(issue.path) || "(item)" }, issue.message));
    }
  });
  return items;
}
