// With motion allowed, a change of step moves the marks through the frames between two states
// (src/scrolly/tween.ts) and they settle on the new state; reduced motion is in storyAccess.spec.ts.
import { expect, test } from "./fixtures.ts";
import { expectedState, graphicState, scrollToStep, steps } from "./storyPage.ts";

for (const [from, to] of [
  ["laptops", "smartphones"],
  ["invasion", "threat"],
] as const) {
  test(`from "${from}" to "${to}", marks move through in-between positions and settle on the new state`, async ({
    page,
    consoleErrors,
  }) => {
    await page.goto("/");
    await scrollToStep(page, from);
    await expect.poll(() => graphicState(page)).toMatchObject(expectedState(steps.find((s) => s.id === from)!));
    await page.waitForTimeout(800);
    // Counts the values each geometry attribute of each mark takes while the step changes.
    await page.evaluate(() => {
      const seen = new Map<string, Set<string>>();
      const ids = new Map<Element, number>();
      (window as unknown as { __moves: Map<string, Set<string>> }).__moves = seen;
      const svg = document.querySelector(".graphic figure.is-active svg")!;
      new MutationObserver((records) => {
        for (const r of records) {
          const el = r.target as Element;
          if (!ids.has(el)) ids.set(el, ids.size);
          const id = `${ids.get(el)}.${r.attributeName}`;
          if (!seen.has(id)) seen.set(id, new Set());
          seen.get(id)!.add(el.getAttribute(r.attributeName!)!);
        }
      }).observe(svg, {
        subtree: true,
        attributes: true,
        attributeFilter: ["x", "y", "y1", "y2", "cy", "width", "d", "opacity"],
      });
    });
    await scrollToStep(page, to);
    await expect.poll(() => graphicState(page)).toMatchObject(expectedState(steps.find((s) => s.id === to)!));
    await page.waitForTimeout(800);
    const most = await page.evaluate(() =>
      Math.max(
        0,
        ...[...(window as unknown as { __moves: Map<string, Set<string>> }).__moves.values()].map((s) => s.size),
      ),
    );
    // A jump sets each value once; a move passes through several.
    expect(most).toBeGreaterThanOrEqual(4);
    expect(consoleErrors).toEqual([]);
  });
}
