// Never a broken page: whatever happens to the scrolly script, every step's chart state can be
// read, and no step shows another step's state. The page is static until the script has set up.
import type { Page, Route } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { expectedState, graphicState, scrollToStep, stepChartState, steps } from "./storyPage.ts";

// The story's script: a classic script (src/pages/story.js.ts), so it also runs from disk.
const MAIN_SCRIPT = "**/story.js";
const middle = steps[Math.floor(steps.length / 2)]!;

/** Every step's own chart is on screen when its text is, in that step's state. */
async function expectStaticStory(page: Page) {
  await expect(page.locator("html")).not.toHaveClass(/scrolly-ready/);
  for (const step of steps) {
    await scrollToStep(page, step.id);
    await expect(page.locator(`#${step.id} .step-text`)).toBeInViewport();
    await expect(page.locator(`#${step.id} figure.step-chart img`), step.id).toBeVisible();
    const { chart, shownRows, highlighted } = expectedState(step);
    expect(await stepChartState(page, step.id), step.id).toEqual({ chart, shownRows, highlighted });
  }
}

/** The graphic, if it shows at all, is not sticky, and shows the first step's state beside it. */
async function expectGraphicNotMisleading(page: Page) {
  const graphic = page.locator(".graphic");
  if (!(await graphic.isVisible())) return;
  expect(await graphic.evaluate((g) => getComputedStyle(g).position)).not.toBe("sticky");
  await expect.poll(() => graphicState(page)).toMatchObject(expectedState(steps[0]!));
}

/** Serves the story's scenes (src/pages/scenes/) with one step's scene broken, as corrupt data would be. */
async function corruptStepScene(route: Route, stepId: string) {
  const response = await route.fetch();
  const set = (await response.json()) as { steps: { id: string; scene: { marks: unknown } }[] };
  set.steps.find((s) => s.id === stepId)!.scene.marks = null;
  await route.fulfill({ response, json: set });
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 375, height: 700 },
]) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });

    test("with the main script blocked, the page is the static story", async ({ page }) => {
      await page.route(MAIN_SCRIPT, (route) => route.abort());
      await page.goto("/");
      await expectGraphicNotMisleading(page);
      await expectStaticStory(page);
    });

    test("when the script throws during setup, the page stays the static story and says so once", async ({ page }) => {
      const warnings: string[] = [];
      page.on("console", (m) => void (m.type() === "warning" && warnings.push(m.text())));
      // scrollama needs IntersectionObserver; a browser or extension that breaks it breaks setup.
      await page.addInitScript(() => {
        (window as unknown as { IntersectionObserver: unknown }).IntersectionObserver = function () {
          throw new Error("IntersectionObserver unavailable");
        };
      });
      await page.goto("/");
      await expect(page.locator("html")).toHaveClass(/charts-failed/);
      await expect(page.locator(".graphic")).toBeHidden();
      await expectStaticStory(page);
      expect(warnings.filter((w) => w.includes("Quiet Exit"))).toHaveLength(1);
    });

    test("when the scenes cannot be fetched, the page stays the static story", async ({ page }) => {
      await page.route("**/scenes/*.json", (route) => route.abort());
      await page.goto("/");
      await expect(page.locator("html")).toHaveClass(/charts-failed/);
      await expectStaticStory(page);
    });

    test("when one step's chart throws, the reader stays on that step and the static charts return", async ({
      page,
    }) => {
      await page.route("**/scenes/*.json", (route) => corruptStepScene(route, middle.id));
      await page.goto("/");
      await expect(page.locator("html")).toHaveClass(/scrolly-ready/);
      for (const step of steps.slice(0, steps.indexOf(middle))) {
        await scrollToStep(page, step.id);
        await expect.poll(() => graphicState(page), { message: step.id }).toMatchObject(expectedState(step));
      }
      await scrollToStep(page, middle.id);
      await expect(page.locator("html")).toHaveClass(/charts-failed/);
      await expect(page.locator(`#${middle.id} .step-text`)).toBeInViewport();
      await expect(page.locator(".graphic")).toBeHidden();
      await expectStaticStory(page);
    });

    test("a script that arrives after the reader has scrolled picks up at the reader's step", async ({ page }) => {
      let release!: () => void;
      const arrived = new Promise<void>((resolve) => (release = resolve));
      await page.route(MAIN_SCRIPT, async (route) => {
        await arrived;
        await route.continue();
      });
      await page.goto("/", { waitUntil: "commit" });
      await page.locator(`#${middle.id} figure.step-chart`).waitFor();
      await scrollToStep(page, middle.id);
      await expect(page.locator(`#${middle.id} figure.step-chart img`)).toBeInViewport();
      release();
      await expect(page.locator("html")).toHaveClass(/scrolly-ready/);
      await expect.poll(() => graphicState(page)).toMatchObject({ ...expectedState(middle), visibleFigures: 1 });
      await expect(page.locator(`#${middle.id}`)).toHaveClass(/is-active/);
      await expect(page.locator(`#${middle.id} .step-text`)).toBeInViewport();
      await expect(page.locator(`#${middle.id} figure.step-chart img`)).toBeHidden();
    });
  });
}
