import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures.ts";
import { scrollToStep, steps } from "./storyPage.ts";

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("every step's text and a static chart of its state are shown", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator(".graphic")).toBeHidden();
    for (const step of steps) {
      const el = page.locator(`#${step.id}`);
      await expect(el.locator(".step-text")).toBeVisible();
      const img = el.locator(`figure.step-chart[data-chart="${step.chart}"] img`);
      await img.scrollIntoViewIfNeeded();
      await expect(img).toBeVisible();
      await expect
        .poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0), step.id)
        .toBe(true);
      // Its text alternative is the chart's description, as the live chart's is.
      expect(await img.getAttribute("alt"), step.id).toMatch(/\w+ \w+ .{30,}/);
    }
  });
});

test.describe("under reduced motion", () => {
  test.use({ reducedMotion: "reduce" });

  test("a change of step redraws the chart at once, with no animation", async ({ page }) => {
    await page.goto("/");
    await scrollToStep(page, "laptops");
    await expect(page.locator('.graphic g.row[data-key="laptops-decline"]')).toHaveAttribute("opacity", "1");
    await scrollToStep(page, "smartphones");
    const bar = page.locator('.graphic g.row[data-key="smartphones-decline"] rect[data-key="solid"]');
    await expect(page.locator('.graphic g.row[data-key="smartphones-decline"]')).toHaveAttribute("opacity", "1");
    const first = await bar.getAttribute("width");
    await page.waitForTimeout(250);
    expect(await bar.getAttribute("width")).toBe(first);
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
  });
});

test("the timeline works from the keyboard in date order: arrows, Home, End, and Enter opens the sources", async ({
  page,
}) => {
  await page.goto("/");
  await scrollToStep(page, "dji");
  const svg = page.locator('.graphic figure[data-chart="timeline"] svg');
  // The events in time order, as a reader expects the arrows to move (undated ones last).
  const ordered = await svg
    .locator("a.event")
    .evaluateAll((as) =>
      as
        .map((a) => ({ claim: a.getAttribute("data-claim")!, start: a.getAttribute("data-start") || "9999" }))
        .sort((a, b) => a.start.localeCompare(b.start)),
    );
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute("data-claim"));
  const event = (claim: string) => svg.locator(`a.event[data-claim="${claim}"]`);
  expect(await svg.locator('a.event[tabindex="0"]').count()).toBe(1);
  await expect(event(ordered[0]!.claim)).toHaveAttribute("tabindex", "0");
  await event(ordered[0]!.claim).focus();
  await page.keyboard.press("ArrowRight");
  expect(await focused()).toBe(ordered[1]!.claim);
  await page.keyboard.press("End");
  expect(await focused()).toBe(ordered.at(-1)!.claim);
  await page.keyboard.press("Home");
  expect(await focused()).toBe(ordered[0]!.claim);
  expect(ordered.map((e) => e.start)).toEqual([...ordered.map((e) => e.start)].sort());
  expect(await svg.locator('a.event[tabindex="0"]').count()).toBe(1);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`#note-${ordered[0]!.claim}$`));
  await expect(page.locator(`#note-${ordered[0]!.claim}`)).toBeInViewport();
});

test("a malformed hash or a note anchor does not break the story or get overwritten", async ({
  page,
  consoleErrors,
}) => {
  await page.goto("/#100%");
  await scrollToStep(page, "laptops");
  await expect(page.locator("html")).not.toHaveClass(/charts-failed/);
  await expect(page.locator('.graphic g.row[data-key="laptops-decline"]')).toHaveAttribute("opacity", "1");
  await page.goto("/#note-telecom-decline");
  await page.mouse.wheel(0, -400);
  await page.waitForTimeout(300);
  await expect(page).toHaveURL(/#note-telecom-decline$/);
  expect(consoleErrors).toEqual([]);
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`axe finds no violations in the ${colorScheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto("/");
    await scrollToStep(page, "smartphones");
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`)).toEqual([]);
  });
}

test("the print stylesheet prints every step with its static chart", async ({ page }) => {
  await page.goto("/");
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".graphic")).toBeHidden();
  await expect(page.locator(".step-chart")).toHaveCount(steps.length);
  for (const figure of await page.locator(".step-chart").all()) await expect(figure).toBeVisible();
});

test("the live chart's text alternative describes the current state and is announced with it", async ({ page }) => {
  await page.goto("/");
  // The live chart is the scroll mode's: the static page before it has none to describe.
  await expect(page.locator("html")).toHaveClass(/scrolly-ready/);
  await scrollToStep(page, "telecom");
  // The step is drawn in a task after the scroll: the locator is read again until it has been.
  const svg = page.locator(".graphic figure.is-active svg");
  await expect(svg).toHaveAccessibleDescription(/Telecom base stations: down 98%/);
  const describedBy = await svg.getAttribute("aria-describedby");
  await expect(page.locator(`#${describedBy}`)).toContainText("Telecom base stations: down 98%");
});

test("if a chart throws in the browser, the static charts and the text stay, and the error is logged once", async ({
  page,
}) => {
  // Break the export-declines chart's states as the site delivers them (src/pages/scenes/), so drawing it throws.
  await page.route("**/scenes/*.json", async (route) => {
    const response = await route.fetch();
    const set = (await response.json()) as { steps: { chart: string; scene: { marks: unknown } }[] };
    for (const step of set.steps) if (step.chart === "export-declines") step.scene.marks = null;
    await route.fulfill({ response, json: set });
  });
  const warnings: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "warning" || m.type() === "error") warnings.push(m.text());
  });
  await page.goto("/");
  await scrollToStep(page, "laptops");
  await expect(page.locator("html")).toHaveClass(/charts-failed/);
  await scrollToStep(page, "total");
  await expect(page.locator("#laptops figure.step-chart img")).toBeVisible();
  await expect(page.locator("#total .step-text")).toBeVisible();
  await expect(page.locator(".graphic")).toBeHidden();
  expect(warnings.filter((w) => w.includes("Quiet Exit"))).toHaveLength(1);
});
