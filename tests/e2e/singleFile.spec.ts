// The single-file edition (npm run export:single), opened from disk with every request
// refused: one file holds the story, its charts, notes and sources, and asks for nothing.
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { exportSingle } from "../../src/build/exportSingle.ts";
import { expect, test } from "./fixtures.ts";
import { graphicState, scrollToStep } from "./storyPage.ts";

const dist = fileURLToPath(new URL("../../dist", import.meta.url));

test("the single file works from disk: styled, charts follow the scroll, notes and sources inline, no request", async ({
  browser,
}) => {
  const out = join(await mkdtemp(join(tmpdir(), "quiet-exit-single-")), "quiet-exit.html");
  await exportSingle(dist, out, "https://quiet-exit.example/");
  const html = await readFile(out, "utf8");
  expect(html).not.toMatch(/<(link|script)[^>]+(href|src)="(?!https?:|data:|#)[^"]*\.(css|js)"/);

  const context = await browser.newContext();
  const requested: string[] = [];
  context.on("request", (r) => requested.push(r.url()));
  await context.route(/.*/, (route) =>
    route.request().url() === pathToFileURL(out).href ? route.continue() : route.abort(),
  );
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${pathToFileURL(out).href}#telecom`);

  // Styled: the stylesheet applied (the graphic is sticky beside the steps).
  expect(await page.locator(".graphic").evaluate((e) => getComputedStyle(e).position)).toBe("sticky");
  await expect(page.locator('.graphic figure.is-active g.row[data-key="telecom-decline"]')).toHaveAttribute(
    "opacity",
    "1",
  );
  await scrollToStep(page, "dji");
  await expect.poll(async () => (await graphicState(page)).highlighted).toContain("dji-suspension");

  // Notes, the sources page and the articles are in the file, and links reach them in place.
  await expect(page.locator(".story-footer li").first()).toBeAttached();
  await page.getByRole("link", { name: "How we know: sources and method" }).click();
  await expect(page).toHaveURL(/#page-sources$/);
  await expect(page.locator("#page-sources h1")).toBeInViewport();
  for (const id of ["000", "001", "002", "003", "004"])
    await expect(page.locator(`#page-sources-articles-${id} h1`)).toContainText(`Article ${id}`);
  const quoteLink = page.locator('#page-sources a[href^="#"][href*=":~:text="]').first();
  const target = decodeURIComponent((await quoteLink.getAttribute("href"))!.slice(1).split(":~:")[0]!);
  expect(await page.locator(`[id="${target}"]`).count()).toBe(1);
  // Every in-page link names an element that exists.
  const missing = await page.evaluate(() =>
    [...document.querySelectorAll('a[href^="#"]')]
      .map((a) => decodeURIComponent(a.getAttribute("href")!.slice(1).split(":~:")[0]!))
      .filter((id) => id && !document.getElementById(id)),
  );
  expect(missing).toEqual([]);

  expect(requested).toEqual([pathToFileURL(out).href]);
  expect(errors).toEqual([]);
  await context.close();
});
