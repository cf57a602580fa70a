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
      await expect(el.locator(`figure.step-chart[data-chart="${step.chart}"] svg`)).toBeVisible();
      await expect(el.locator("figure.step-chart .chart-desc")).not.toBeEmpty();
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
    const bar = page.locator('.graphic g.row[data-key="smartphones-decline"] rect[data-key="march"]');
    await expect(page.locator('.graphic g.row[data-key="smartphones-decline"]')).toHaveAttribute("opacity", "1");
    const first = await bar.getAttribute("width");
    await page.waitForTimeout(250);
    expect(await bar.getAttribute("width")).toBe(first);
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
  });
});

test("the timeline works from the keyboard: arrows, Home, End, and Enter opens the sources", async ({ page }) => {
  await page.goto("/");
  await scrollToStep(page, "dji");
  const events = page.locator('.graphic figure[data-chart="timeline"] a.event');
  await expect(events.first()).toHaveAttribute("tabindex", "0");
  expect(await page.locator('.graphic a.event[tabindex="0"]').count()).toBe(1);
  await events.first().focus();
  await page.keyboard.press("ArrowRight");
  await expect(events.nth(1)).toBeFocused();
  await page.keyboard.press("End");
  await expect(events.last()).toBeFocused();
  await page.keyboard.press("Home");
  await expect(events.first()).toBeFocused();
  expect(await page.locator('.graphic a.event[tabindex="0"]').count()).toBe(1);
  const claim = await events.first().getAttribute("data-claim");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`#note-${claim}$`));
  await expect(page.locator(`#note-${claim}`)).toBeInViewport();
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
  await scrollToStep(page, "telecom");
  const svg = page.locator('.graphic figure.is-active svg');
  const describedBy = await svg.getAttribute("aria-describedby");
  await expect(page.locator(`#${describedBy}`)).toContainText("Telecom base stations: down 98%");
  await expect(svg).toHaveAccessibleDescription(/Telecom base stations: down 98%/);
});

test("if a chart throws in the browser, the static charts and the text stay, and the error is logged once", async ({ page }) => {
  // Break the export-declines chart's data as the page delivers it, so drawing it throws.
  await page.route("**/", async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace('"export-declines":{"rows":[', '"export-declines":{"rows":null,"x":[');
    await route.fulfill({ response, body: html });
  });
  const warnings: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "warning" || m.type() === "error") warnings.push(m.text());
  });
  await page.goto("/");
  await scrollToStep(page, "laptops");
  await expect(page.locator("html")).toHaveClass(/charts-failed/);
  await scrollToStep(page, "total");
  await expect(page.locator("#laptops figure.step-chart svg")).toBeVisible();
  await expect(page.locator("#total .step-text")).toBeVisible();
  await expect(page.locator(".graphic")).toBeHidden();
  expect(warnings.filter((w) => w.includes("Quiet Exit"))).toHaveLength(1);
});
