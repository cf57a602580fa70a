// A pseudo-locale, en-XA: the English content files with every letter accented and every word
// about half as long again, so a test can see any text that skipped the content files (it stays
// plain ASCII) and any layout that breaks when a translation runs long. Same words in, same words
// out, so framing sentences still match the steps they come from. References ({date:…}) and
// slots ({minutes}) are kept: they are filled from data/ and by the page.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parse, stringify } from "yaml";

export const PSEUDO_TAG = "en-XA";

const PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const ACCENTED = "àƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÀƁÇÐÉƑĜĤÎĴĶĻḾÑÖÞǪŔŠŢÛṼŴẊÝŽ";
const ACCENT = new Map([...PLAIN].map((c, i) => [c, [...ACCENTED][i]!]));
const VOWELS = /[aeiouyAEIOUY]/;

/** One word, accented and lengthened by half its letters (its vowels repeated, in turn). */
function pseudoWord(word: string): string {
  const letters = [...word];
  const vowels = letters.filter((c) => VOWELS.test(c));
  const pool = vowels.length ? vowels : letters;
  const extra = Math.ceil(letters.length / 2);
  const tail = Array.from({ length: extra }, (_, i) => pool[i % pool.length]!.toLowerCase()).join("");
  return [...(word + tail)].map((c) => ACCENT.get(c) ?? c).join("");
}

/** Prose in pseudo-English; references and slots in braces, and names with a number, are left as they are. */
export function pseudo(text: string): string {
  return (
    text
      .split(/(\{[^}]*\})/)
      // A name with a number in it (Covid-19) is the same in every language, as the truth check's digit rule knows.
      .map((part) => (part.startsWith("{") ? part : part.replace(/\b[A-Za-z]+\b(?!-\d)/g, pseudoWord)))
      .join("")
  );
}

/** Every string of a parsed YAML value in pseudo-English, apart from the keys `keep` lists (ids). */
function pseudoAll(value: unknown, keep: ReadonlySet<string>, key = ""): unknown {
  if (typeof value === "string") return keep.has(key) ? value : pseudo(value);
  if (Array.isArray(value)) return value.map((v) => pseudoAll(v, keep, key));
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pseudoAll(v, keep, k)]));
  return value;
}

// Story fields that are ids, chart names or chart states, not prose.
const STORY_IDS = new Set(["id", "chart", "titleClaims", "claim", "reveal", "show", "highlight"]);

/** Writes src/content/en-XA/ into the project at `root`, from its English content files. */
export async function writePseudoLocale(root: string): Promise<string> {
  const from = join(root, "src/content");
  const to = join(from, PSEUDO_TAG);
  await mkdir(to, { recursive: true });
  const read = async (name: string) => parse(await readFile(join(from, name), "utf8")) as unknown;
  await writeFile(join(to, "story.yaml"), stringify(pseudoAll(await read("story.yaml"), STORY_IDS), { lineWidth: 0 }));
  for (const name of ["interface.yaml", "sources-page.yaml"])
    await writeFile(join(to, name), stringify(pseudoAll(await read(name), new Set()), { lineWidth: 0 }));
  // Its prose was generated from the checked English, and the English word lists cannot read it.
  await writeFile(
    join(to, "locale.yaml"),
    stringify({ lang: PSEUDO_TAG, dir: "ltr", intl: "en-GB", wordRules: "none" }),
  );
  return to;
}
