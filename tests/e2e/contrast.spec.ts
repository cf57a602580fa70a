// Issue 13, typography: every text reaches 4.5:1 against what is behind it, and every chart
// mark 3:1 against the chart's background, in the light and the dark scheme. axe checks the
// page's text too; chart marks are graphics, which it does not check, so this measures them
// from their computed colours.
import { expect, test } from "./fixtures.ts";
import { scrollToStep, steps } from "./storyPage.ts";

/** Runs in the page: the lowest contrast ratios found, with what has them. */
function measure() {
  const rgb = (c: string): number[] | null => {
    const m = c.match(/rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:,? \/? ?([\d.]+))?\)/);
    return m && (m[4] === undefined || Number(m[4]) > 0.99) ? [m[1], m[2], m[3]].map(Number) : null;
  };
  const lum = ([r, g, b]: number[]) =>
    [r!, g!, b!]
      .map((v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
      .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i]!, 0);
  const ratio = (a: number[], b: number[]) => {
    const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
    return (x! + 0.05) / (y! + 0.05);
  };
  /** The first opaque background behind an element. */
  const behind = (el: Element): number[] => {
    for (let n: Element | null = el; n; n = n.parentElement) {
      const c = rgb(getComputedStyle(n).backgroundColor);
      if (c) return c;
    }
    return rgb(getComputedStyle(document.body).backgroundColor)!;
  };
  const shown = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility === "visible";
  const hatch = rgb(getComputedStyle(document.querySelector(".hatch-line")!).stroke)!;
  const texts: [number, string][] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement!;
    if (!n.textContent!.trim() || !shown(el) || el.closest(".visually-hidden, title, script, style")) continue;
    const colour = rgb(getComputedStyle(el).getPropertyValue(el instanceof SVGElement ? "fill" : "color"));
    if (colour)
      texts.push([
        ratio(colour, behind(el)),
        `${el.tagName.toLowerCase()}.${el.getAttribute("class") ?? ""} "${n.textContent!.trim().slice(0, 30)}"`,
      ]);
  }
  const marks: [number, string][] = [];
  for (const el of document.querySelectorAll<SVGElement>(
    "svg.chart-svg :is([class*='mark-'], [class*='bar-'], .cell, .cell-on, .leader)",
  )) {
    if (!shown(el) || el.closest('[opacity="0"]') || el.matches(".bar-track")) continue;
    const style = getComputedStyle(el);
    const bg = behind(el.closest("svg")!);
    const fill = style.fill.startsWith("url") ? hatch : rgb(style.fill);
    const stroke = parseFloat(style.strokeWidth) >= 1 ? rgb(style.stroke) : null;
    // A mark stands out by its fill or by its outline, whichever contrasts more.
    const best = Math.max(fill ? ratio(fill, bg) : 0, stroke ? ratio(stroke, bg) : 0);
    marks.push([
      best,
      `${el.tagName}.${el.getAttribute("class")} in ${el.closest("figure")?.getAttribute("data-chart")}`,
    ]);
  }
  const lowest = (list: [number, string][]) =>
    list
      .sort((a, b) => a[0] - b[0])
      .slice(0, 3)
      .map(([r, what]) => `${r.toFixed(2)} ${what}`);
  return {
    texts: lowest(texts),
    marks: lowest(marks),
    textCount: texts.length,
    markCount: marks.length,
    minText: texts[0]![0],
    minMark: marks[0]![0],
  };
}

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} scheme`, () => {
    // Reduced motion: each state is measured as drawn, not a frame of a move.
    test.use({ colorScheme, reducedMotion: "reduce" });

    test("text reaches 4.5:1 and chart marks 3:1 against their backgrounds, on every step", async ({ page }) => {
      await page.goto("/");
      await expect(page.locator("html")).toHaveClass(/scrolly-ready/);
      const texts: string[] = [];
      const marks: string[] = [];
      let [minText, minMark, textCount, markCount] = [Infinity, Infinity, 0, 0];
      // The live graphic shows each step's chart state in turn; the page's text is measured too.
      for (const step of steps) {
        await scrollToStep(page, step.id);
        await expect.poll(() => page.locator(".graphic").getAttribute("data-active-chart"), step.id).toBe(step.chart);
        const found = await page.evaluate(measure);
        texts.push(...found.texts);
        marks.push(...found.marks.map((m) => `${m} (${step.id})`));
        [minText, minMark] = [Math.min(minText, found.minText), Math.min(minMark, found.minMark)];
        [textCount, markCount] = [Math.max(textCount, found.textCount), markCount + found.markCount];
      }
      test.info().annotations.push({
        type: "contrast",
        description: `${colorScheme}: lowest text ${minText.toFixed(2)}, lowest mark ${minMark.toFixed(2)}`,
      });
      expect(textCount).toBeGreaterThan(300);
      expect(markCount).toBeGreaterThan(100);
      expect(minText, texts.sort().slice(0, 5).join("; ")).toBeGreaterThanOrEqual(4.5);
      expect(minMark, marks.sort().slice(0, 5).join("; ")).toBeGreaterThanOrEqual(3);
    });
  });
}
