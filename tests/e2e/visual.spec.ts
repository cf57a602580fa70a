// Issue 13, visual regression: every step of the story as a reader sees it, at a phone's, a
// tablet's and a desktop's size, in light and in dark, compared with the committed baselines in
// tests/e2e/__screenshots__/. After a deliberate visual change, review and update them as the
// README's "Visual regression" section says.
import { expect, test } from "./fixtures.ts";
import { scrollToStep, steps } from "./storyPage.ts";

const SIZES = [
  { width: 320, height: 640 },
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
];

for (const size of SIZES) {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`every step looks as in its baseline at ${size.width} px, ${colorScheme}`, async ({ page }) => {
      test.setTimeout(240_000);
      await page.setViewportSize(size);
      // Reduced motion draws each state at once: the screenshot is the state, not a frame of a move.
      await page.emulateMedia({ colorScheme, reducedMotion: "reduce" });
      await page.goto("/");
      await page.evaluate(() => document.fonts.ready);
      for (const step of steps) {
        await scrollToStep(page, step.id);
        await expect
          .poll(() => page.locator(".graphic").getAttribute("data-active-chart"), { message: step.id })
          .toBe(step.chart);
        await expect(page.locator(`#${step.id}`)).toHaveClass(/is-active/);
        // Soft: one changed step does not hide the others; every difference is reported.
        await expect.soft(page).toHaveScreenshot(`${size.width}-${colorScheme}-${step.id}.png`, {
          animations: "disabled",
          caret: "hide",
          maxDiffPixelRatio: 0.002,
        });
      }
    });
  }
}
