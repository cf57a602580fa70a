// Byte budgets for the story page, measured from what Chromium downloads on a first visit.
import { measureFirstLoad, total } from "../support/pageWeight.ts";
import { expect, test } from "./fixtures.ts";

const KB = 1024;

// Issue 14: the build draws every chart state; the browser only moves between them (src/scrolly/).
test("the story ships at most 12 KB gzip of JavaScript and at most 100 KB gzip on first load", async ({ page }) => {
  const transfers = await measureFirstLoad(page, "/");
  const js = total(transfers, "gzip", ["js"]);
  const all = total(transfers, "gzip");
  test.info().annotations.push({ type: "weight", description: `JavaScript ${(js / KB).toFixed(1)} KB gzip; first load ${(all / KB).toFixed(1)} KB gzip` });
  expect(transfers.some((t) => t.kind === "js")).toBe(true);
  // The charts' states arrive as data, counted in the first load.
  expect(transfers.some((t) => t.kind === "json" && /\/scenes\/\d+\.json$/.test(t.url))).toBe(true);
  expect(js).toBeLessThanOrEqual(12 * KB);
  expect(all).toBeLessThanOrEqual(100 * KB);
});

test("every page's first load is at most 100 KB gzip", async ({ page }) => {
  // Some 30 pages, each until the network is idle: on a loaded 2-core machine that passes a minute.
  test.setTimeout(120_000);
  const { readdir } = await import("node:fs/promises");
  const dist = new URL("../../dist/", import.meta.url);
  const pages = (await readdir(dist, { recursive: true })).filter((f) => f.endsWith("index.html")).map((f) => `/${f.replace(/index\.html$/, "")}`);
  expect(pages.length).toBeGreaterThan(20);
  for (const path of pages) {
    const transfers = await measureFirstLoad(page, path);
    expect(total(transfers, "gzip"), path).toBeLessThanOrEqual(100 * KB);
  }
});
