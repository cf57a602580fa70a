// Issue 12, point 7: every word a reader sees comes from the locale's content files. A copy of
// the project is built in a pseudo-locale (en-XA: the English content files with every letter
// accented and every word half as long again, tests/support/pseudoLocale.ts). Any plain English
// left on its pages skipped the content files; any text cut off or running out of its box at
// 320 or 1280 px would break in a real translation that runs long. Words from data/ (claims,
// dates, quotes, names the articles give) and verbatim article text stay English by design.
import { readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";
import { startStaticServer, type StaticServer } from "../../scripts/staticServer.ts";
import { makeProjectCopy, runBuild } from "../support/projectCopy.ts";
import { PSEUDO_TAG, writePseudoLocale } from "../support/pseudoLocale.ts";
import { clippedText, dataStrings, readerTexts } from "../support/readerText.ts";
import { VIA_LETTERS } from "../../src/sources/corroborationPlot.ts";
import { expect, test } from "./fixtures.ts";
import { scrollToStep, steps } from "./storyPage.ts";

const PAGES = [
  "",
  "sources/",
  "sources/articles/001/",
  "embed/timeline/",
  "embed/export-declines/",
  "embed/other-ledger/imports/",
];

// The same in any language: file formats, a name with a number in it (Covid-19), and the
// matrix's letters, the initials of the reports' names, which its key spells out.
const NAMES = ["CSV", "JSON", "SVG", "PNG", "Covid"];
const MATRIX_LETTERS = new RegExp(`^[${Object.values(VIA_LETTERS).join("")}]{1,3}$`);
// What Intl prints for en-GB, the pseudo-locale's Intl locale: list words and month names.
const listWords = ["conjunction", "disjunction"].flatMap((type) =>
  new Intl.ListFormat("en-GB", { type: type as "conjunction" })
    .formatToParts(["a", "b"])
    .filter((p) => p.type === "literal")
    .map((p) => p.value.trim()),
);
const months = Array.from({ length: 12 }, (_, m) =>
  (["long", "short"] as const).map((month) =>
    new Intl.DateTimeFormat("en-GB", { month, timeZone: "UTC" }).format(Date.UTC(2022, m, 1)),
  ),
).flat();

const stepIds = new Set(steps.map((s) => s.id));

let root: string;
let server: StaticServer;
let allowed: string[];

/** The English words left in `text` once data/'s strings, Intl's words, file names and slots' names are taken out. */
function english(text: string): string[] {
  let rest = text.replace(/[\w./-]+\.(?:json|csv|txt)\b/g, " ").replace(/\{\w+\}/g, " ");
  for (const data of allowed) if (rest.includes(data)) rest = rest.split(data).join(" ");
  const words = [...rest.matchAll(/(?<![\p{L}’'])[A-Za-z]{2,}(?![\p{L}’'])/gu)].map((m) => m[0]);
  return words.filter(
    (w) => !NAMES.includes(w) && !MATRIX_LETTERS.test(w) && !listWords.includes(w) && !months.includes(w),
  );
}

/** Total length of a content file's strings, references and slots left out. */
const proseLength = (value: unknown): number =>
  typeof value === "string"
    ? value.replace(/\{[^}]*\}/g, "").length
    : value && typeof value === "object"
      ? Object.values(value).reduce<number>((n, v) => n + proseLength(v), 0)
      : 0;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  root = await makeProjectCopy();
  await writePseudoLocale(root);
  const run = runBuild(root, undefined, { QUIET_EXIT_LOCALE: PSEUDO_TAG });
  expect(run.code, run.output).toBe(0);
  server = await startStaticServer(join(root, "dist"), { port: 0 });
  // The languages the articles were written in, named by Intl for en-GB.
  const sources = JSON.parse(await readFile(join(root, "data/sources.json"), "utf8")) as {
    seeds: { language: { original: string } }[];
  };
  const languages = sources.seeds.map((s) =>
    new Intl.DisplayNames("en-GB", { type: "language" }).of(s.language.original)!,
  );
  allowed = [...(await dataStrings(root)), ...languages];
});

test.afterAll(async () => {
  await server?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

test("the pseudo-locale's text is at least 40% longer than the English it comes from", async () => {
  for (const file of ["story.yaml", "interface.yaml", "sources-page.yaml"]) {
    const en = proseLength(parse(await readFile(join(root, "src/content", file), "utf8")));
    const xa = proseLength(parse(await readFile(join(root, "src/content", PSEUDO_TAG, file), "utf8")));
    expect(xa / en, file).toBeGreaterThanOrEqual(1.4);
  }
});

test("every page takes lang and dir from the locale, and the English build stays English", async ({ page }) => {
  for (const path of PAGES) {
    await page.goto(`${server.url}${path}`);
    await expect(page.locator("html"), path).toHaveAttribute("lang", PSEUDO_TAG);
    await expect(page.locator("html"), path).toHaveAttribute("dir", "ltr");
  }
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("no interface word is left in English, on any page or in the charts the browser redraws", async ({ page }) => {
  test.setTimeout(120_000);
  const left: string[] = [];
  for (const path of PAGES) {
    await page.goto(`${server.url}${path}`);
    if (path === "") {
      await expect(page.locator("html")).toHaveClass(/scrolly-ready/);
      // Each chart redrawn by the script in a later state, and the step announced.
      for (const id of [steps[1]!.id, steps.find((s) => s.chart === "other-ledger")!.id, steps.at(-1)!.id]) {
        await scrollToStep(page, id);
        await expect(page.locator(`#${id}`)).toHaveClass(/is-active/);
      }
      await expect(page.locator("#step-announcer")).not.toBeEmpty();
    }
    for (const text of await readerTexts(page)) {
      // The embed tools list the steps by id, as the editor types them after ?state=.
      if (stepIds.has(text)) continue;
      const words = english(text);
      if (words.length) left.push(`/${path}: ${words.join(", ")} in "${text.slice(0, 100)}"`);
    }
  }
  expect(left).toEqual([]);
});

for (const width of [320, 1280]) {
  test(`at ${width} px, no text is cut off or runs out of its box`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 800 });
    const found: string[] = [];
    for (const path of PAGES) {
      await page.goto(`${server.url}${path}`);
      // Disclosures open, as a reader opens them: notes, data tables, embed code.
      await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
      found.push(...(await clippedText(page)).map((f) => `/${path}: ${f}`));
    }
    expect(found).toEqual([]);
  });
}
