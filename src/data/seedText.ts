import { readFileSync } from "node:fs";
import { join } from "node:path";

/** An article's verbatim text from seeds/, read at build time. */
export function seedText(file: string): string {
  return readFileSync(join(process.cwd(), "seeds", file), "utf8");
}
