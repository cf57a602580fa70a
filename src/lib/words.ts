// The words of the charts' own labels and of article lists and credit lines (credit.ts), which
// code outside the pages (charts, the compile step's story check) also prints. They are the
// locale's, from interface.yaml: src/content/ui.ts sets them when it loads (pages, the compile
// step, unit tests through tests/setup/words.ts). The browser never needs them: the build draws
// every chart state (scenes/) in these words.
import type { ChartWords, CreditWords } from "../content/interfaceCopy.ts";

export interface Words {
  credit: CreditWords;
  charts: ChartWords;
  /** The locale Intl formats with. */
  intl: string;
}

let current: Words | undefined;

/** Every later call words things in this locale. */
export function useWords(next: Words): void {
  current = next;
}

/** The words in use; throws if nothing has set them, rather than print a blank label. */
export function words(): Words {
  if (!current) throw new Error("the locale's words are not loaded: import src/content/ui.ts (or call useWords) first");
  return current;
}

/** A template's {names} filled in; numbers formatted for the locale in use. */
export function fillIn(template: string, values: Record<string, string | number>): string {
  const numbers = new Intl.NumberFormat(words().intl);
  return template.replace(/\{(\w+)\}/g, (_, k: string) => {
    const value = values[k];
    return typeof value === "number" ? numbers.format(value) : (value ?? "");
  });
}

/** "a, b and c" (or "a, b or c") as the locale in use joins a list. */
export function joinList(items: readonly string[], type: "conjunction" | "disjunction" = "conjunction"): string {
  return new Intl.ListFormat(words().intl, { type }).format(items);
}
