// Share cards as a social network shows them: the image fills the card (no blank third), and
// every page's card title follows one pattern.
import { CHART_KEYS } from "../../src/charts/registry.ts";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "./fixtures.ts";

const dist = fileURLToPath(new URL("../../dist", import.meta.url));

for (const chart of CHART_KEYS) {
  test(`${chart}: the share card has ink in each third of its width and of its height`, async ({ page, baseURL }) => {
    await page.goto(`${baseURL}/embed/${chart}/`);
    // Ink: pixels that differ clearly from the card's background, counted in thirds across and down.
    const grid = await page.evaluate(async (src) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      const canvas = Object.assign(document.createElement("canvas"), { width: img.width, height: img.height });
      const context = canvas.getContext("2d")!;
      context.drawImage(img, 0, 0);
      const { data } = context.getImageData(0, 0, img.width, img.height);
      const cells = Array.from({ length: 6 }, () => 0);
      for (let y = 0; y < img.height; y++) {
        for (let x = 0; x < img.width; x++) {
          const i = (y * img.width + x) * 4;
          const distance = Math.abs(data[i]! - 0xfb) + Math.abs(data[i + 1]! - 0xfb) + Math.abs(data[i + 2]! - 0xf8);
          if (distance > 60) {
            cells[Math.floor((3 * x) / img.width)]!++;
            cells[3 + Math.floor((3 * y) / img.height)]!++;
          }
        }
      }
      return { size: [img.width, img.height], inked: cells.map((n) => n / ((img.width * img.height) / 3)) };
    }, `${baseURL}/embed/${chart}/share.png`);
    expect(grid.size).toEqual([1200, 630]);
    const empty = grid.inked
      .map((share, i) => [["left", "centre", "right", "top", "middle", "bottom"][i], share] as const)
      // A blank third has next to no ink; the sparsest real one, the timeline card's right third
      // (its undated events and key, with the year note under them), measured 2.9%.
      .filter(([, share]) => share < 0.025);
    expect(empty, `${chart}: thirds with under 2.5% ink`).toEqual([]);
  });
}

test("every page's og:title and twitter:title follow one pattern: '<subject> · Quiet Exit'", async () => {
  const pages = (await readdir(dist, { recursive: true })).filter((f) => f.endsWith(".html"));
  expect(pages.length).toBeGreaterThan(20);
  for (const page of pages) {
    const html = await readFile(join(dist, page), "utf8");
    const og = /<meta property="og:title" content="([^"]*)"/.exec(html)?.[1];
    const twitter = /<meta name="twitter:title" content="([^"]*)"/.exec(html)?.[1];
    expect(og, page).toMatch(/^[A-Z][^·]{3,60} · Quiet Exit$/);
    expect(og, page).not.toMatch(/^Quiet exit/i);
    expect(twitter, page).toBe(og);
  }
});
