// Issue 13, "tested by reading": on every step of the story, at a phone's, a tablet's and a
// desktop's width, no two chart labels overlap, and every timeline event has a visible label.
import { expect, test } from "./fixtures.ts";
import { scrollToStep, steps } from "./storyPage.ts";

for (const width of [320, 768, 1280]) {
  test(`at ${width} px no two chart labels overlap on any step, and every timeline event is labelled`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    // Reduced motion draws each state at once, so what is measured is the state, not a frame of a move.
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.goto("/");
    for (const step of steps) {
      await scrollToStep(page, step.id);
      await expect.poll(() => page.locator(".graphic").getAttribute("data-active-chart"), { message: step.id }).toBe(step.chart);
      const found = await page.evaluate((chart) => {
        const svg = document.querySelector(`.graphic figure[data-chart="${chart}"] svg`)!;
        const visible = (el: Element) => {
          for (let n: Element | null = el; n && n !== svg; n = n.parentElement) {
            if (n.getAttribute("opacity") === "0" || getComputedStyle(n).display === "none") return false;
          }
          return true;
        };
        const texts = [...svg.querySelectorAll("text")].filter((t) => visible(t) && t.textContent!.trim() && !t.closest("text text"));
        const boxes = texts.map((t) => ({ text: t.textContent!.trim().slice(0, 40), box: t.getBoundingClientRect() }));
        const overlaps: string[] = [];
        boxes.forEach((a, i) =>
          boxes.slice(i + 1).forEach((b) => {
            const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
            const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
            if (x > 1 && y > 1) overlaps.push(`"${a.text}" and "${b.text}"`);
          }),
        );
        const events = [...svg.querySelectorAll("a.event")];
        const unlabelled = events.filter((e) => !(e.querySelector("text.event-label")?.textContent ?? "").trim()).map((e) => e.getAttribute("data-claim"));
        return { overlaps, unlabelled };
      }, step.chart);
      expect(found.overlaps, `${width}px, step ${step.id}`).toEqual([]);
      expect(found.unlabelled, `${width}px, step ${step.id}`).toEqual([]);
    }
  });
}
