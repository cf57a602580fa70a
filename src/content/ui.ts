// The one module pages read the locale through: its settings, the interface's words and the
// sources page's words, each loaded and checked once per build, and the two helpers that fill
// them in. Server-side only (it reads files); the browser gets its few words from attributes.
import { contentFile, readLocale, type Locale } from "./locale.ts";
import { INTERFACE_UNCHECKED, interfaceCopy, type InterfaceCopy, type Plural } from "./interfaceCopy.ts";
import { loadCopy } from "./loadCopy.ts";
import { readSourcesPageCopy } from "./sourcesPageCopy.ts";
import { useWords } from "../lib/words.ts";

export const locale: Locale = readLocale();
export const ui: InterfaceCopy = loadCopy(
  `${process.cwd()}/${contentFile("interface.yaml")}`,
  interfaceCopy,
  INTERFACE_UNCHECKED,
);
export const sourcesCopy = readSourcesPageCopy();
// Article lists, credit lines and the charts' labels on every page, image and download are worded in this locale.
useWords({ credit: ui.credit, charts: ui.charts, intl: locale.intl });

const plurals = new Intl.PluralRules(locale.intl);
const numbers = new Intl.NumberFormat(locale.intl);

/** "Step {step} of {steps}" with its {names} filled in; numbers are formatted for the locale. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`interface text "${template}" needs {${name}}, and the page gave none`);
    return typeof value === "number" ? numbers.format(value) : value;
  });
}

/** The form of `words` the locale uses for `count`, filled in with `values` and the count as {count}. */
export function plural(words: Plural, count: number, values: Record<string, string | number> = {}): string {
  const form = plurals.select(count) as keyof Plural;
  return fill(words[form] ?? words.other, { count, ...values });
}
