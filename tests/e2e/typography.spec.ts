// Issue 13, typography for long reading: prose lines of 60 to 75 characters on a desktop, one
// type scale with a clear step between section titles, step text and notes, and the system's
// own fonts (no web font to download).
import { expect, test } from "./fixtures.ts";

/**
 * Characters on each line of the elements `selector` matches, leaving out each one's last line and
 * the note markers.
 */
function lineLengths(selector: string): number[] {
  const counts: number[] = [];
  const range = document.createRange();
  for (const el of document.querySelectorAll(selector)) {
    const lines = new Map<number, number>();
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.parentElement!.closest("button.fn")) continue;
      for (let i = 0; i < n.textContent!.length; i++) {
        range.setStart(n, i);
        range.setEnd(n, i + 1);
        const box = range.getClientRects()[0];
        // Characters of one line share its bottom, give or take a bold word's or a quote mark's pixel.
        if (box) lines.set(Math.round(box.bottom / 6), (lines.get(Math.round(box.bottom / 6)) ?? 0) + 1);
      }
    }
    counts.push(
      ...[...lines.entries()]
        .sort((a, b) => a[0] - b[0])
        .slice(0, -1)
        .map(([, n]) => n),
    );
  }
  return counts.sort((a, b) => a - b);
}

test("at 1280 px the story's prose runs 60 to 75 characters a line", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/");
  await expect(page.locator("html")).toHaveClass(/scrolly-ready/);
  for (const selector of [".step-text", ".masthead .dek, .masthead .dateline, .masthead .method-note"]) {
    const lines = await page.evaluate(lineLengths, selector);
    const at = (q: number) => lines[Math.floor((lines.length - 1) * q)]!;
    test.info().annotations.push({
      type: "line length",
      description: `${selector}: ${lines.length} lines, median ${at(0.5)}, 10th-90th ${at(0.1)}-${at(0.9)} characters`,
    });
    expect(lines.length, selector).toBeGreaterThan(3);
    expect(at(0.5), `${selector}: median line`).toBeGreaterThanOrEqual(60);
    expect(at(0.5), `${selector}: median line`).toBeLessThanOrEqual(75);
    expect(at(0.1), `${selector}: short lines`).toBeGreaterThanOrEqual(52);
    expect(at(0.9), `${selector}: long lines`).toBeLessThanOrEqual(78);
  }
});

test("one type scale: section titles stand well above step text, and notes below it, in the system's fonts", async ({
  page,
}) => {
  await page.goto("/");
  const size = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const [title, section, step, notes, caption] = [
    await size(".masthead h1"),
    await size(".story-section h2"),
    await size(".step-text"),
    await size(".endnotes"),
    await size(".chart-desc"),
  ];
  test.info().annotations.push({
    type: "type scale",
    description: `title ${title}px, section ${section}px, step ${step}px, notes ${notes}px, chart text ${caption}px`,
  });
  expect(section / step).toBeGreaterThanOrEqual(1.4);
  expect(title / section).toBeGreaterThanOrEqual(1.2);
  expect(step / notes).toBeGreaterThanOrEqual(1.1);
  expect(notes).toBeGreaterThanOrEqual(14);
  // Every size the page's text uses is one of the scale's steps (or a chart's fixed px sizes).
  const scale = await page.evaluate(() => {
    const root = getComputedStyle(document.documentElement);
    const px = (name: string) => {
      const probe = document.body.appendChild(document.createElement("span"));
      probe.style.fontSize = `var(${name})`;
      const value = parseFloat(getComputedStyle(probe).fontSize);
      probe.remove();
      return value;
    };
    const steps = [
      "--text-xs",
      "--text-sm",
      "--text-base",
      "--text-md",
      "--text-lg",
      "--text-xl",
      "--chart-xs",
      "--chart-sm",
      "--chart-md",
    ].map(px);
    // Footnote markers are superscripts by style (0.7em of their sentence), not steps of the scale.
    const used = new Set<number>();
    for (const el of document.querySelectorAll("body *")) {
      if (
        [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()) &&
        !el.closest("sup, .fn, svg.defs, script, .visually-hidden")
      )
        used.add(parseFloat(getComputedStyle(el).fontSize));
    }
    return {
      steps,
      off: [...used].filter((s) => !steps.some((t) => Math.abs(t - s) < 0.1)),
      font: root.getPropertyValue("--font"),
    };
  });
  expect(scale.off, `sizes off the scale (steps: ${scale.steps.join(", ")})`).toEqual([]);
  expect(scale.font).toMatch(/^\s*system-ui/);
  const fonts = await page.evaluate(() => [...document.fonts].length);
  expect(fonts, "no web font is loaded").toBe(0);
});
