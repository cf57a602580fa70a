// On a phone the timeline runs down the page and is taller than the sticky graphic: its
// canvas scrolls, and each step brings its own events into view, at full size.
import { expect, test } from "./fixtures.ts";
import { scrollToStep, steps } from "./storyPage.ts";

test("at 375 px each timeline step shows its own events, whole, inside the graphic", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 700 });
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto("/");
  await expect(page.locator("html")).toHaveClass(/scrolly-ready/);
  for (const step of steps.filter((s) => s.chart === "timeline" && s.state.highlight!.length > 0)) {
    await scrollToStep(page, step.id);
    await expect
      .poll(() => page.locator(".graphic").getAttribute("data-active-chart"), { message: step.id })
      .toBe("timeline");
    await expect
      .poll(() => page.locator('.graphic figure[data-chart="timeline"] a.event.is-active').count(), {
        message: step.id,
      })
      .toBe(step.state.highlight!.length);
    // The canvas scrolls to the step's events in the frame after the step is drawn.
    const outside = () =>
      page.evaluate(() => {
        const canvas = document.querySelector<HTMLElement>('.graphic figure[data-chart="timeline"] .chart-canvas')!;
        const view = canvas.getBoundingClientRect();
        return [...canvas.querySelectorAll("a.event.is-active text.event-label")]
          .filter((t) => {
            const box = t.getBoundingClientRect();
            return box.top < view.top - 1 || box.bottom > view.bottom + 1;
          })
          .map((t) => t.textContent);
      });
    // A step with more events than the graphic can show at once shows the first of them.
    if (step.state.highlight!.length === 1) await expect.poll(outside, { message: step.id }).toEqual([]);
    else
      await expect
        .poll(async () => (await outside()).length, { message: step.id })
        .toBeLessThan(step.state.highlight!.length);
  }
});
