// The built folder opened from disk (file://), with every network request blocked: the story
// reads like the hosted one, its charts follow the scroll, and every link opens its page.
import { existsSync, statSync } from "node:fs";
import { readdir } from "node:fs/promises";
import type { BrowserContext } from "@playwright/test";
import { fileURLToPath, pathToFileURL } from "node:url";
import { expect, test } from "./fixtures.ts";
import { graphicState, scrollToStep } from "./storyPage.ts";

const dist = fileURLToPath(new URL("../../dist", import.meta.url));
const fileUrl = (path: string) => pathToFileURL(`${dist}/${path}`).href;

/** Records (and refuses) every request that is not for a file on disk. */
async function offline(context: BrowserContext): Promise<string[]> {
  const attempted: string[] = [];
  await context.route(/^(?!file:)/, (route) => {
    attempted.push(route.request().url());
    return route.abort();
  });
  return attempted;
}

test("from disk, the story's charts follow the scroll and nothing is requested", async ({ browser }) => {
  const context = await browser.newContext();
  const attempted = await offline(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${fileUrl("index.html")}#telecom`);
  await expect(page.locator('.graphic figure.is-active g.row[data-key="telecom-decline"]')).toHaveAttribute(
    "opacity",
    "1",
  );
  // Scrolled (not linked) to a later step, the graphic moves to that step's chart and state.
  await scrollToStep(page, "dji");
  await expect.poll(async () => (await graphicState(page)).highlighted).toContain("dji-suspension");
  expect(attempted).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});

test("from disk, following the story's link to the sources opens the sources page", async ({ browser }) => {
  const context = await browser.newContext();
  const attempted = await offline(context);
  const page = await context.newPage();
  await page.goto(fileUrl("index.html"));
  await page.getByRole("link", { name: "How we know: sources and method" }).click();
  await expect(page).toHaveURL(fileUrl("sources/index.html"));
  await expect(page.locator("h1")).toBeVisible();
  await page.locator('a[href*="articles/"]').first().click();
  await expect(page).toHaveURL(/\/sources\/articles\/\d{3}\/index\.html(#.*)?$/);
  expect(attempted).toEqual([]);
  await context.close();
});

test("from disk, every link on every page names a file that exists", async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext();
  await offline(context);
  const page = await context.newPage();
  const pages = (await readdir(dist, { recursive: true })).filter((f) => f.endsWith(".html"));
  expect(pages.length).toBeGreaterThan(20);
  const broken: string[] = [];
  let checked = 0;
  for (const path of pages) {
    await page.goto(fileUrl(path));
    await page.waitForLoadState("load");
    const hrefs = await page.evaluate(() =>
      [...document.querySelectorAll("a[href]")].map((a) => new URL(a.getAttribute("href")!, location.href).href),
    );
    for (const href of hrefs.filter((h) => h.startsWith("file:"))) {
      const file = fileURLToPath(href.split("#")[0]!.split("?")[0]!);
      checked++;
      if (!existsSync(file) || !statSync(file).isFile()) broken.push(`${path}: ${href}`);
    }
  }
  expect(checked).toBeGreaterThan(300);
  expect(broken).toEqual([]);
  await context.close();
});
