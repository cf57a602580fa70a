// Issue 14, item 5: no CSS blocks the first paint beyond what the first screen needs. Each page
// carries the first screen's CSS inline (allowed by its hash) and loads the rest at the end of
// <body>. These tests hold that rest back and check that the first screen is already laid out
// as it will be, and that the browser applies the inline CSS under the page's own policy.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";

const PAGES = ["/", "/sources/", "/sources/articles/000/"];
const SIZES = [
  { width: 375, height: 812 },
  { width: 1280, height: 800 },
];

/**
 * Every element box that shows in the first screen, cut to the screen (how far a container runs
 * below it is not the first screen's business), as "tag.class x y w h", in document order.
 */
function firstScreen(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.body.querySelectorAll("*")].flatMap((el) => {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || r.top >= innerHeight || r.bottom <= 0) return [];
      const top = Math.max(r.top, 0);
      const box = [r.x, top, r.width, Math.min(r.bottom, innerHeight) - top].map(Math.round).join(" ");
      return [`${el.tagName.toLowerCase()}.${el.getAttribute("class") ?? ""} ${box}`];
    }),
  );
}

/** Opens `path` in its static form (the scroll script refused), with the deferred CSS held back or not. */
async function openStatic(page: Page, path: string, holdDeferredCss: boolean): Promise<void> {
  await page.route("**/story.js", (route) => route.abort());
  // A held stylesheet never answers. Chromium's parser waits at a <body> stylesheet (having
  // drawn what came before it), so the page is read once the parser has reached the first one.
  if (holdDeferredCss) await page.route("**/_astro/*.css", () => undefined);
  await page.goto(path, { waitUntil: "commit" });
  await page.waitForFunction(() => document.querySelector("body > link[rel=stylesheet]") !== null);
}

for (const path of PAGES) {
  test(`${path}: no stylesheet in <head> holds up the first paint, and the inline CSS applies`, async ({
    page,
    consoleErrors,
  }) => {
    const refused: string[] = [];
    await page.exposeFunction("reportRefused", (directive: string) => refused.push(directive));
    await page.addInitScript(() =>
      document.addEventListener("securitypolicyviolation", (e) =>
        (window as unknown as { reportRefused(d: string): void }).reportRefused(e.violatedDirective),
      ),
    );
    await page.goto(path);
    const blocking = await page.locator("head > link[rel=stylesheet]").count();
    expect(blocking, "render-blocking stylesheets in <head>").toBe(0);
    await expect(page.locator("head > style")).toHaveCount(1);
    await expect(page.locator("body > link[rel=stylesheet]").first()).toBeAttached();
    // The inline CSS took effect (the masthead or page title is in the serif of the type scale).
    const font = await page
      .locator("h1")
      .first()
      .evaluate((h) => getComputedStyle(h).fontFamily);
    expect(font).toMatch(/serif/i);
    expect(refused).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  for (const size of SIZES) {
    test(`${path} at ${size.width} px: the first screen is laid out before the rest of the CSS arrives`, async ({
      browser,
    }) => {
      const boxes: string[][] = [];
      for (const hold of [true, false]) {
        const context = await browser.newContext({ viewport: size });
        const page = await context.newPage();
        await openStatic(page, path, hold);
        if (!hold) await page.waitForLoadState("load");
        boxes.push(await firstScreen(page));
        await context.close();
      }
      const [held, full] = boxes;
      expect(full!.length).toBeGreaterThan(5);
      expect(held).toEqual(full);
    });
  }
}
