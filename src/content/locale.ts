// Which language the site is built in. Every word a reader sees comes from the content files of
// one locale: English in src/content/ itself, any other in src/content/<tag>/, selected with
// QUIET_EXIT_LOCALE=<tag> at build time. Adding a language adds files, never code.
import { existsSync, readFileSync } from "node:fs";
import { parse } from "yaml";
import { z } from "zod";

export const LOCALE_ENV = "QUIET_EXIT_LOCALE";

const localeFile = z.strictObject({
  /** The document's language (BCP 47), for <html lang>. */
  lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/),
  dir: z.enum(["ltr", "rtl"]),
  /** The locale Intl formats numbers, dates and lists for; it may differ from `lang` (a pseudo-locale). */
  intl: z.string().min(2),
  /**
   * Which word lists the truth check reads this locale's prose with (src/truth/lexicon.ts).
   * `english` applies every rule. `none`, for a language with no lists yet, keeps the rules that
   * hold in any language (no digit, no quotation mark, every sentence sourced or framing); its
   * text must be a translation of the English, which passed them all.
   */
  wordRules: z.enum(["english", "none"]),
});

export type Locale = z.infer<typeof localeFile>;

/** The folder holding the selected locale's content files, relative to the project root. */
export function contentDir(env: NodeJS.ProcessEnv = process.env): string {
  const tag = env[LOCALE_ENV];
  if (!tag) return "src/content";
  // A tag is a folder name; refuse anything that could walk out of src/content/.
  if (!/^[A-Za-z0-9-]+$/.test(tag))
    throw new Error(`${LOCALE_ENV}="${tag}": a locale is letters, digits and hyphens, as en-GB`);
  return `src/content/${tag}`;
}

/** A content file of the selected locale, relative to the root: "src/content/fr/story.yaml". */
export function contentFile(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return `${contentDir(env)}/${name}`;
}

/** The selected locale's settings (locale.yaml), checked. Throws naming the file and field. */
export function readLocale(root = process.cwd()): Locale {
  const file = contentFile("locale.yaml");
  const cached = read.get(`${root}/${file}`);
  if (cached) return cached;
  if (!existsSync(`${root}/${file}`))
    throw new Error(`${file}: missing; a locale's folder needs locale.yaml (lang, dir, intl) beside its story.yaml`);
  const parsed = localeFile.safeParse(parse(readFileSync(`${root}/${file}`, "utf8")));
  if (!parsed.success)
    throw new Error(
      `${file}: ${parsed.error.issues.map((i) => `field "${i.path.join(".")}": ${i.message}`).join("; ")}`,
    );
  read.set(`${root}/${file}`, parsed.data);
  return parsed.data;
}
const read = new Map<string, Locale>();
