import { expect, test } from "./fixtures.ts";
import { announcements, expectedState, graphicState, recordAnnouncements, scrollToStep, steps } from "./storyPage.ts";

const sizes = [
  { name: "desktop", viewport: { width: 1280, height: 800 } },
  { name: "phone", viewport: { width: 320, height: 640 } },
];

for (const { name, viewport } of sizes) {
  test.describe(`the story at ${name} size`, () => {
    test.use({ viewport });

    test("each step, scrolled to in order, shows its own chart state", async ({ page, offOrigin, consoleErrors }) => {
      await page.goto("/");
      for (const step of steps) {
        await scrollToStep(page, step.id);
        const expected = expectedState(step);
        await expect
          .poll(() => graphicState(page), { message: `step "${step.id}"` })
          .toMatchObject({
            chart: expected.chart,
            shownRows: expected.shownRows,
            highlighted: expected.highlighted,
            visibleFigures: 1,
          });
        await expect(page.locator(`#${step.id}`)).toHaveClass(/is-active/);
        await expect(page).toHaveURL(new RegExp(`#${step.id}$`));
      }
      expect(await page.locator("progress.progress").evaluate((p: HTMLProgressElement) => [p.value, p.max])).toEqual([
        steps.length,
        steps.length,
      ]);
      expect(offOrigin).toEqual([]);
      expect(consoleErrors).toEqual([]);
    });

    test("has no horizontal scrolling", async ({ page }) => {
      await page.goto("/");
      for (const id of ["laptops", "dji", "share"]) {
        await scrollToStep(page, id);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      }
    });
  });
}

test("a fast scroll straight to a late step lands on that step's state", async ({ page }) => {
  await page.goto("/");
  await scrollToStep(page, "total");
  await expect.poll(() => graphicState(page)).toMatchObject(expectedState(steps.find((s) => s.id === "total")!));
});

test("a deep link opens on its step's state without replaying the steps before it", async ({ page, consoleErrors }) => {
  await recordAnnouncements(page);
  await page.goto("/#raimondo");
  await expect.poll(() => graphicState(page)).toMatchObject(expectedState(steps.find((s) => s.id === "raimondo")!));
  await page.waitForTimeout(700);
  expect(await announcements(page)).toEqual([]);
  await expect(page).toHaveURL(/#raimondo$/);
  expect(consoleErrors).toEqual([]);
});

test("a reload in the middle of the page comes back to the same step", async ({ page }) => {
  await page.goto("/");
  await scrollToStep(page, "smartphones");
  await expect(page).toHaveURL(/#smartphones$/);
  await page.reload();
  await expect.poll(() => graphicState(page)).toMatchObject(expectedState(steps.find((s) => s.id === "smartphones")!));
});

test("the URL follows the reader without adding history entries", async ({ page }) => {
  await page.goto("/");
  const before = await page.evaluate(() => history.length);
  for (const id of ["invasion", "laptops", "dji"]) await scrollToStep(page, id);
  await expect(page).toHaveURL(/#dji$/);
  expect(await page.evaluate(() => history.length)).toBe(before);
});

test("a resize or a rotation keeps the current step's state", async ({ page }) => {
  await page.goto("/");
  await scrollToStep(page, "telecom");
  const expected = expectedState(steps.find((s) => s.id === "telecom")!);
  await expect.poll(() => graphicState(page)).toMatchObject(expected);
  await page.setViewportSize({ width: 390, height: 844 });
  await scrollToStep(page, "telecom");
  await expect.poll(() => graphicState(page)).toMatchObject(expected);
  await page.setViewportSize({ width: 844, height: 390 });
  await scrollToStep(page, "telecom");
  await expect.poll(() => graphicState(page)).toMatchObject(expected);
});

test("a change of step is announced politely to screen readers", async ({ page }) => {
  await page.goto("/");
  const announcer = page.locator("#step-announcer");
  await expect(announcer).toHaveAttribute("aria-live", "polite");
  await scrollToStep(page, "laptops");
  await expect(announcer).toContainText(`Step ${steps.findIndex((s) => s.id === "laptops") + 1} of ${steps.length}.`);
  await expect(announcer).toContainText("Laptops: down more than 40%");
});

test("every footnote marker opens its claim's quotes in place, the popover of a note that names the claim's articles", async ({
  page,
}) => {
  await page.goto("/");
  const markers = page.locator(".step button.fn");
  expect(await markers.count()).toBeGreaterThan(20);
  for (const id of new Set(await markers.evaluateAll((bs) => bs.map((b) => b.getAttribute("popovertarget")!)))) {
    const popover = page.locator(`#${id}`);
    await expect(popover, id).toHaveCount(1);
    await expect(popover.locator("q").first()).not.toBeEmpty();
    const note = page.locator(".endnotes > ol > li").filter({ has: popover });
    await expect(note, id).toHaveCount(1);
    await expect(note).toHaveAttribute("id", id.replace(/^pop-/, "note-"));
    await expect(note).toContainText(/articles? \d{3}/);
  }
  // In place: the popover shows where the articles' figures differ, and its note says they do.
  await page.locator("#smartphones button.fn").first().click();
  const popover = page.locator("#pop-smartphones-decline");
  await expect(popover).toBeVisible();
  await expect(popover.locator(".note-conflict")).toContainText(
    "The articles give different figures: 60% (article 002); almost two-thirds (article 001) or nearly two-thirds (article 003).",
  );
  await page.keyboard.press("Escape");
  await expect(page.locator("#note-smartphones-decline")).toContainText("which give different figures");
});
