// Issue 13, "tested by reading": on every step of the story, at a phone's, a tablet's and a
// desktop's width, no two chart labels overlap, and every timeline event has a visible label.
import { expect, test } from "./fixtures.ts";
import { scrollToStep, steps } from "./storyPage.ts";

for (const width of [320, 768, 1280]) {
  test(`at ${width} px no two chart labels overlap on any step, and every timeline event is labelled`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    // Reduced motion draws each state at once, so what is measured is the state, not a frame of a move.
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.goto("/");
    for (const step of steps) {
      await scrollToStep(page, step.id);
      await expect
        .poll(() => page.locator(".graphic").getAttribute("data-active-chart"), { message: step.id })
        .toBe(step.chart);
      const found = await page.evaluate((chart) => {
        const svg = document.querySelector(`.graphic figure[data-chart="${chart}"] svg`)!;
        const visible = (el: Element) => {
          for (let n: Element | null = el; n && n !== svg; n = n.parentElement) {
            if (n.getAttribute("opacity") === "0" || getComputedStyle(n).display === "none") return false;
          }
          return true;
        };
        const texts = [...svg.querySelectorAll("text")].filter(
          (t) => visible(t) && t.textContent!.trim() && !t.closest("text text"),
        );
        const boxes = texts.map((t) => ({ text: t.textContent!.trim().slice(0, 40), box: t.getBoundingClientRect() }));
        const overlaps: string[] = [];
        boxes.forEach((a, i) =>
          boxes.slice(i + 1).forEach((b) => {
            const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
            const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
            if (x > 1 && y > 1) overlaps.push(`"${a.text}" and "${b.text}"`);
          }),
        );
        // The key's words do not run into the next item's swatch either.
        const swatches = [...svg.querySelectorAll(".key-item > :not(text)")].map((m) => m.getBoundingClientRect());
        for (const t of svg.querySelectorAll(".key-item > text")) {
          const box = t.getBoundingClientRect();
          if (
            swatches.some(
              (w) =>
                Math.min(box.right, w.right) - Math.max(box.left, w.left) > 1 &&
                Math.min(box.bottom, w.bottom) - Math.max(box.top, w.top) > 1,
            )
          )
            overlaps.push(`key "${t.textContent}" and a swatch`);
        }
        const events = [...svg.querySelectorAll("a.event")];
        const labelled = (e: Element) => {
          const label = e.querySelector("text.event-label");
          const box = label?.getBoundingClientRect();
          return !!label?.textContent!.trim() && visible(label) && box!.width > 0 && box!.height > 0;
        };
        const unlabelled = events.filter((e) => !labelled(e)).map((e) => e.getAttribute("data-claim"));
        // Labels at full size: the chart is shown at the scale it was drawn at, not shrunk to fit.
        const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
        return {
          overlaps,
          unlabelled,
          scale,
          vertical: !!svg.querySelector('[data-key="dated"]'),
          events: events.length,
        };
      }, step.chart);
      expect(found.overlaps, `${width}px, step ${step.id}`).toEqual([]);
      expect(found.unlabelled, `${width}px, step ${step.id}`).toEqual([]);
      if (step.chart === "timeline") {
        expect(found.events, `${width}px, step ${step.id}`).toBeGreaterThan(10);
        expect(found.scale, `${width}px, step ${step.id}: labels at full size`).toBeGreaterThan(0.97);
        expect(found.vertical, `${width}px, step ${step.id}: time runs down the page below 600 px`).toBe(width < 600);
      }
    }
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const width of [320, 1280]) {
    test(`at ${width} px each step's timeline is drawn for the width, every event labelled, no two labels overlapping`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto("/");
      // Each step's chart is an image file; the page picks the phone drawing below 632 px.
      const drawing = await page.context().newPage();
      for (const step of steps.filter((s) => s.chart === "timeline")) {
        const img = page.locator(`#${step.id} figure.step-chart img`);
        await img.scrollIntoViewIfNeeded();
        await expect
          .poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0), step.id)
          .toBe(true);
        // The image as its own document, measured at its own size: labels are laid out as drawn.
        await drawing.goto(await img.evaluate((i: HTMLImageElement) => i.currentSrc));
        const svg = drawing.locator("svg").first();
        const found = await svg.evaluate((el) => {
          const boxes = [...el.querySelectorAll("text")].map((t) => ({
            text: t.textContent!.slice(0, 40),
            box: t.getBoundingClientRect(),
          }));
          const overlaps = boxes.flatMap((a, i) =>
            boxes
              .slice(i + 1)
              .filter(
                (b) =>
                  Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left) > 1 &&
                  Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top) > 1,
              )
              .map((b) => `"${a.text}" and "${b.text}"`),
          );
          const events = [...el.querySelectorAll("a.event")];
          const unlabelled = events
            .filter((e) => !(e.querySelector("text.event-label")?.getBoundingClientRect().height ?? 0))
            .map((e) => e.getAttribute("data-claim"));
          return { overlaps, unlabelled, events: events.length, vertical: !!el.querySelector('[data-key="dated"]') };
        });
        expect(found.overlaps, step.id).toEqual([]);
        expect(found.unlabelled, step.id).toEqual([]);
        expect(found.events, step.id).toBeGreaterThan(10);
        expect(found.vertical, step.id).toBe(width < 600);
      }
    });
  }
});
