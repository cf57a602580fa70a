// Phones: at 320 and 375 px nothing in a chart is cut off, no page scrolls sideways, and a data
// table either fits or scrolls inside a labelled region the keyboard can reach.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { scrollToStep, steps } from "./storyPage.ts";

import { CHART_KEYS as CHARTS } from "../../src/charts/registry.ts";

/** Every <text> of every visible chart that sticks out of its SVG's drawing area, in user units and on screen. */
function clippedTexts(page: Page, scope: string): Promise<string[]> {
  return page.locator(scope).evaluateAll((roots) =>
    roots.flatMap((root) =>
      [...root.querySelectorAll<SVGSVGElement>("svg.chart-svg")]
        .filter((svg) => svg.getBoundingClientRect().width > 0)
        .flatMap((svg) => {
          const view = svg.viewBox.baseVal;
          const frame = svg.getBoundingClientRect();
          return [...svg.querySelectorAll<SVGTextElement>("text")].flatMap((text) => {
            const box = text.getBBox();
            const onScreen = text.getBoundingClientRect();
            const inside =
              box.x >= view.x - 0.5 &&
              box.y >= view.y - 0.5 &&
              box.x + box.width <= view.x + view.width + 0.5 &&
              box.y + box.height <= view.y + view.height + 0.5 &&
              onScreen.left >= frame.left - 0.5 &&
              onScreen.right <= frame.right + 0.5 &&
              onScreen.top >= frame.top - 0.5 &&
              onScreen.bottom <= frame.bottom + 0.5;
            return inside
              ? []
              : [
                  `"${text.textContent}" is ${Math.round(box.width)}×${Math.round(box.height)} at ${Math.round(box.x)},${Math.round(box.y)} in ${view.width}×${view.height}`,
                ];
          });
        }),
    ),
  );
}

/**
 * Opens every data table and reports any that is wider than the screen and not in a
 * scrollable, labelled, focusable region.
 */
async function badTables(page: Page): Promise<string[]> {
  for (const details of await page.locator("details.data-table:visible").all())
    await details.evaluate((d: HTMLDetailsElement) => (d.open = true));
  return page.locator("table:visible").evaluateAll((tables) =>
    tables.flatMap((table) => {
      if (table.getBoundingClientRect().right <= document.documentElement.clientWidth) return [];
      const region = table.closest<HTMLElement>('section, [role="region"]');
      const ok =
        region &&
        region.getAttribute("aria-label") &&
        region.tabIndex === 0 &&
        getComputedStyle(region).overflowX === "auto" &&
        region.getBoundingClientRect().right <= document.documentElement.clientWidth;
      return ok ? [] : [table.querySelector("caption")?.textContent ?? "a table"];
    }),
  );
}

const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

for (const width of [320, 375]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 700 } });

    test("on every step of the story, every chart label is inside its chart and nothing scrolls sideways", async ({
      page,
    }) => {
      await page.goto("/");
      await expect(page.locator("html")).toHaveClass(/scrolly-ready/);
      for (const step of steps) {
        await scrollToStep(page, step.id);
        await expect(page.locator(`#${step.id}`)).toHaveClass(/is-active/);
        // Marks move for 600 ms between states; what counts is where they settle.
        await expect.poll(() => clippedTexts(page, ".graphic figure.is-active"), { message: step.id }).toEqual([]);
        expect(await sideways(page), step.id).toBe(0);
      }
      expect(await badTables(page)).toEqual([]);
      expect(await sideways(page)).toBe(0);
    });

    test("the static charts, shown before the script runs, keep every label inside", async ({ page }) => {
      await page.route("**/_astro/*.js", (route) => route.abort());
      await page.goto("/");
      expect(await clippedTexts(page, "figure.step-chart")).toEqual([]);
      expect(await badTables(page)).toEqual([]);
      expect(await sideways(page)).toBe(0);
    });

    test("every embed page, in every state, keeps its labels inside, its table in reach, and does not scroll sideways", async ({
      page,
    }) => {
      test.setTimeout(120_000);
      for (const chart of CHARTS) {
        await page.goto(`/embed/${chart}/`);
        const states = (await page.locator("html").getAttribute("data-states"))!.split(" ");
        for (const path of [`/embed/${chart}/`, ...states.map((s) => `/embed/${chart}/${s}/`)]) {
          await page.goto(path);
          expect(await clippedTexts(page, "body"), path).toEqual([]);
          expect(await badTables(page), path).toEqual([]);
          expect(await sideways(page), path).toBe(0);
        }
      }
    });

    test("the sources pages do not scroll sideways and their tables are in reach", async ({ page }) => {
      for (const path of ["/sources/", "/sources/articles/000/"]) {
        await page.goto(path);
        expect(await badTables(page), path).toEqual([]);
        expect(await sideways(page), path).toBe(0);
      }
    });
  });
}
