// The story printed to A4 by Chromium (page.pdf) and read back from the PDF's text: at most 12
// pages, no section heading alone at the foot of a page, no half-empty page before the end,
// each step's chart beside its text, and notes that take little room.
import type { Page } from "@playwright/test";
import { extractTextItems } from "unpdf";
import { expect, test } from "./fixtures.ts";
import { steps } from "./storyPage.ts";

interface Line {
  page: number;
  /** From the top of the page, in points. */
  top: number;
  text: string;
}

const A4_HEIGHT = 841.89;

async function printedLines(page: Page): Promise<{ pages: number; lines: Line[] }> {
  const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
  const { totalPages, items } = await extractTextItems(new Uint8Array(pdf));
  const lines = items.flatMap((onPage, i) =>
    onPage.filter((item) => item.str.trim()).map((item) => ({ page: i + 1, top: A4_HEIGHT - item.y, text: item.str })),
  );
  return { pages: totalPages, lines };
}

test("the story prints on at most 12 A4 pages, headings with their text, pages full to the end", async ({ page }) => {
  await page.goto("/");
  const sections = await page.locator(".story-section h2").allTextContents();
  expect(sections.length).toBeGreaterThanOrEqual(5);
  const { pages, lines } = await printedLines(page);
  test.info().annotations.push({ type: "print", description: `${pages} A4 pages` });
  expect(pages).toBeLessThanOrEqual(12);

  for (const heading of [...sections, "Sources"]) {
    const at = lines.find((l) => l.text.trim() === heading.trim());
    expect(at, `heading "${heading}" in the PDF`).toBeDefined();
    // At least three lines of what follows the heading are on its page.
    const below = new Set(
      lines.filter((l) => l.page === at!.page && l.top > at!.top + 2).map((l) => Math.round(l.top)),
    );
    expect(below.size, `lines after "${heading}" on page ${at!.page}`).toBeGreaterThanOrEqual(3);
  }

  // Every page but the last is filled to within a third of its foot.
  for (let n = 1; n < pages; n++) {
    const bottom = Math.max(...lines.filter((l) => l.page === n).map((l) => l.top));
    expect(
      bottom / A4_HEIGHT,
      `page ${n} ends at ${Math.round(bottom)} pt of ${Math.round(A4_HEIGHT)}`,
    ).toBeGreaterThan(0.66);
  }

  // The notes start after the last step and fill at most a third of the document.
  const notesPage = lines.find((l) => l.text.trim() === "Sources")!.page;
  expect(pages - notesPage + 1, "pages of notes").toBeLessThanOrEqual(Math.ceil(pages / 3));
});

test("in print, every step's chart sits beside its text", async ({ page }) => {
  // The printable width of A4 with the print stylesheet's margins, in CSS pixels.
  await page.setViewportSize({ width: 696, height: 1000 });
  await page.goto("/");
  await page.emulateMedia({ media: "print" });
  const boxes = await page.locator(".step").evaluateAll((all) =>
    all.map((step) => {
      const text = step.querySelector(".step-text")!.getBoundingClientRect();
      const chart = step.querySelector(".step-chart img")!.getBoundingClientRect();
      return {
        id: step.id,
        beside: chart.left >= text.right - 1 && chart.top < text.bottom && chart.bottom > text.top,
        width: chart.width,
      };
    }),
  );
  expect(boxes).toHaveLength(steps.length);
  for (const box of boxes) {
    expect(box.beside, `${box.id}: chart beside the text`).toBe(true);
    expect(box.width, `${box.id}: chart width`).toBeGreaterThan(250);
  }
});
