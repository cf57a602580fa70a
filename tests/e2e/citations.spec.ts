// Citations in place: each footnote marker opens its claim's quotes in a popover (the native
// Popover API, so also without JavaScript), and the notes at the end stay short while keeping
// every quote on the page.
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";

interface Citation {
  seed: string;
  quote: string;
}
const claims = (
  JSON.parse(readFileSync(new URL("../../data/claims.json", import.meta.url), "utf8")) as {
    claims: { id: string; citations: Citation[]; values: { citations: Citation[] }[] }[];
  }
).claims;

/** One marker per cited claim: the first, which is the claim's tab stop in its step. */
async function firstMarkers(page: Page): Promise<{ claim: string; index: number }[]> {
  const targets = await page.locator("button.fn").evaluateAll((bs) => bs.map((b) => b.getAttribute("popovertarget")!));
  return [...new Set(targets)].map((t) => ({ claim: t.replace(/^pop-/, ""), index: targets.indexOf(t) }));
}

test("every popover opens from the keyboard, closes with Escape, and gives focus back to its marker", async ({
  page,
  consoleErrors,
}) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveClass(/scrolly-ready/);
  const markers = await firstMarkers(page);
  expect(markers.length).toBeGreaterThan(20);
  for (const { claim, index } of markers) {
    const marker = page.locator("button.fn").nth(index);
    const popover = page.locator(`#pop-${claim}`);
    await marker.focus();
    await page.keyboard.press("Enter");
    await expect(popover, claim).toBeVisible();
    await expect(popover.locator("q").first()).not.toBeEmpty();
    await expect(popover.locator(`a[href="sources/#claim-${claim}"]`)).toBeVisible();
    // The popover's links come next in the tab order; Escape from inside still returns to the marker.
    await page.keyboard.press("Tab");
    await expect(popover.locator(`a[href="sources/#claim-${claim}"]`), claim).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(popover, claim).toBeHidden();
    await expect(marker, claim).toBeFocused();
  }
  expect(consoleErrors).toEqual([]);
});

test("a popover opens by click from any of its markers, and a click outside closes it", async ({ page }) => {
  await page.goto("/");
  const markers = page.locator('button.fn[popovertarget="pop-laptops-decline"]');
  expect(await markers.count()).toBeGreaterThan(1);
  const popover = page.locator("#pop-laptops-decline");
  for (const marker of [markers.first(), markers.last()]) {
    await marker.scrollIntoViewIfNeeded();
    await marker.click();
    await expect(popover).toBeVisible();
    await expect(popover).toContainText("Laptops");
    await page.mouse.click(2, 400);
    await expect(popover).toBeHidden();
  }
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a marker still opens its quotes in place, and Escape closes them", async ({ page }) => {
    await page.goto("/");
    const marker = page.locator("#smartphones button.fn").first();
    await marker.click();
    const popover = page.locator("#pop-smartphones-decline");
    await expect(popover).toBeVisible();
    await expect(popover.locator("q").first()).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(popover).toBeHidden();
  });
});

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 320, height: 640 },
]) {
  test(`at ${viewport.width} px the notes take at most a quarter of the page, and keep every quote`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.goto("/");
    await expect(page.locator("html")).toHaveClass(/scrolly-ready/);
    const { notes, total } = await page.evaluate(() => ({
      notes: document.querySelector(".endnotes")!.getBoundingClientRect().height,
      total: document.documentElement.scrollHeight,
    }));
    const share = notes / total;
    test.info().annotations.push({
      type: "notes share",
      description: `${Math.round(notes)} of ${total} px: ${(share * 100).toFixed(1)}%`,
    });
    expect(share).toBeLessThanOrEqual(0.25);

    // Nothing is lost: each claim's quotes are in its note, in the popover its title opens.
    const norm = (s: string) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, " ").trim();
    const ids = await page
      .locator(".endnotes > ol > li")
      .evaluateAll((els) => els.map((e) => e.id.replace(/^note-/, "")));
    expect(ids.length).toBeGreaterThan(20);
    for (const id of ids) {
      const claim = claims.find((c) => c.id === id)!;
      const expected = new Set(
        [...claim.citations, ...claim.values.flatMap((v) => v.citations)].map((c) => norm(c.quote)),
      );
      const shown = await page.locator(`#note-${id} .cite-pop q`).allTextContents();
      expect(new Set(shown.map(norm)), id).toEqual(expected);
    }
    // Each claim's quotes are in the page once: the markers and the notes open the same popovers.
    expect(await page.locator(".cite-pop").count()).toBe(ids.length);
    expect(await page.locator(".endnotes > ol > li > .cite-pop").count()).toBe(ids.length);
  });
}

test("the notes are one line a claim, and say once, in a key, which articles name no outlet", async ({ page }) => {
  await page.goto("/");
  const notes = page.locator(".endnotes > ol > li");
  expect(await notes.count()).toBeGreaterThan(20);
  await expect(page.locator(".endnotes [popover]:popover-open")).toHaveCount(0);
  await expect(page.locator(".notes-key")).toContainText("do not name their outlet");
  const text = (await page.locator(".endnotes").textContent())!;
  // (An article's own words may say "outlet", as 003's "state media outlet The Global Times".)
  expect(text.match(/name (?:its|their) outlet/gi)?.length, "outlet is explained once").toBe(1);
  expect(text).not.toMatch(/outlet unknown/i);
  // Opening a note shows its quotes, from the keyboard too, and Escape gives focus back.
  const open = notes.first().locator("button.note-open");
  await open.focus();
  await page.keyboard.press("Enter");
  await expect(notes.first().locator(".cite-pop q").first()).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(notes.first().locator(".cite-pop")).toBeHidden();
  await expect(open).toBeFocused();
});
