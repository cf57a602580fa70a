// The story from the keyboard: a skip link to the story, a few tab stops from one step's text
// to the next, and a focus indicator (WCAG 2.2 SC 2.4.11 and 2.4.13) on every stop that is at
// least 2 px, at 3:1 against the colours around it, and never under the sticky bars.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { steps } from "./storyPage.ts";

interface Stop {
  what: string;
  step: string | null;
  inNotes: boolean;
  outline: number;
  contrast: number;
  covered: string | null;
}

/** The focused element, its step, its outline, and whatever covers its centre, once the page has stopped scrolling. */
async function readFocus(page: Page): Promise<Stop> {
  // The page scrolls smoothly (scroll-behavior); read where focus ends up, as the reader sees it.
  await page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    // A smooth scroll may begin a frame or two after the key press.
    await new Promise((r) => setTimeout(r, 100));
    let last = NaN;
    for (let still = 0; still < 5; await frame()) {
      still = scrollY === last ? still + 1 : 0;
      last = scrollY;
    }
  });
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = (c: string) => {
      const [r, g, b] = rgb(c)
        .map((v) => v / 255)
        .map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    // The colour next to the outline: the first opaque background behind the element.
    let bg = "rgb(255, 255, 255)";
    for (let node: Element | null = el.parentElement; node; node = node.parentElement) {
      const c = getComputedStyle(node).backgroundColor;
      if (!/rgba\(.*, 0\)|transparent/.test(c)) {
        bg = c;
        break;
      }
    }
    const [a, b] = [luminance(style.outlineColor), luminance(bg)].sort((x, y) => y - x);
    const rect = el.getBoundingClientRect();
    const hit = document.elementFromPoint(rect.x + rect.width / 2, rect.y + rect.height / 2);
    const sticky = (e: Element | null) => e?.closest(".graphic, .section-nav") ?? null;
    const inView = rect.bottom > 0 && rect.top < innerHeight;
    const covered = !inView
      ? "off screen"
      : !hit
        ? "nothing at its centre"
        : sticky(hit) !== sticky(el)
          ? `${hit.tagName}.${hit.className}`
          : null;
    return {
      what: `${el.tagName} ${el.getAttribute("href") ?? el.textContent?.slice(0, 20)}`,
      step: el.closest(".step")?.id ?? null,
      inNotes: el.closest(".endnotes") !== null,
      outline: style.outlineStyle === "none" ? 0 : Number.parseFloat(style.outlineWidth),
      contrast: Math.round(((a! + 0.05) / (b! + 0.05)) * 10) / 10,
      covered,
    };
  });
}

async function tabUntilNotes(page: Page): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let i = 0; i < 150; i++) {
    await page.keyboard.press("Tab");
    const stop = await readFocus(page);
    stops.push(stop);
    if (stop.inNotes) return stops;
  }
  throw new Error(`no endnote reached in 150 tab stops: ${stops.map((s) => s.what).join(", ")}`);
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 375, height: 700 },
]) {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`at ${viewport.width} px in the ${colorScheme} theme, every tab stop shows its focus in the clear, and steps are a few stops apart`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme });
      await page.goto("/");
      await expect(page.locator("html")).toHaveClass(/scrolly-ready/);
      const stops = await tabUntilNotes(page);
      for (const stop of stops) {
        expect(stop.outline, stop.what).toBeGreaterThanOrEqual(2);
        expect(stop.contrast, stop.what).toBeGreaterThanOrEqual(3);
        expect(stop.covered, stop.what).toBeNull();
      }
      // From the first stop in a step's text to the first in the next step's.
      const firstStop = steps.map((s) => stops.findIndex((stop) => stop.step === s.id));
      expect(
        firstStop.every((i) => i >= 0),
        "every step's text has a tab stop",
      ).toBe(true);
      const gaps = firstStop.slice(1).map((at, i) => at - firstStop[i]!);
      test.info().annotations.push({
        type: "tab stops",
        description: `${stops.length} to the first endnote; between steps: ${gaps.join(" ")}`,
      });
      // A few stops: one per claim a step cites (its first marker), and the step's own links.
      expect(Math.max(...gaps), `tab stops between steps: ${gaps.join(" ")}`).toBeLessThanOrEqual(4);
      // Back up through the steps: focus still never lands under the sticky graphic.
      for (let i = 0; i < 12; i++) {
        await page.keyboard.press("Shift+Tab");
        const stop = await readFocus(page);
        expect(stop.covered, `back to ${stop.what}`).toBeNull();
      }
    });
  }
}

test("the skip link is the first tab stop and leads to the first step's text", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 700 });
  await page.goto("/");
  await expect(page.locator("html")).toHaveClass(/scrolly-ready/);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to the story" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(page.locator(`#${steps[0]!.id} button.fn`).first()).toBeFocused();
  expect((await readFocus(page)).covered).toBeNull();
});

for (const path of ["/sources/", "/embed/timeline/", "/embed/export-declines/laptops/"]) {
  for (const colorScheme of ["light", "dark"] as const) {
    test(`on ${path} in the ${colorScheme} theme, the first 40 tab stops show a 2 px focus outline at 3:1, in the clear`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 375, height: 700 });
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      for (const details of await page.locator("details").all())
        await details.evaluate((d: HTMLDetailsElement) => (d.open = true));
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press("Tab");
        const stop = await readFocus(page);
        if (stop.what.startsWith("BODY")) break;
        expect(stop.outline, stop.what).toBeGreaterThanOrEqual(2);
        expect(stop.contrast, stop.what).toBeGreaterThanOrEqual(3);
        expect(stop.covered, stop.what).toBeNull();
      }
    });
  }
}
