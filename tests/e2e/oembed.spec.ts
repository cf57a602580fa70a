// A real oEmbed consumer from npm (@extractus/oembed-extractor, by discovery) against the
// served site: every story and embed page must yield a rich embed that works on another origin.
import { extract } from "@extractus/oembed-extractor";
import { readdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { pngSize } from "../support/pngSize.ts";
import { startHost } from "./embedHost.ts";
import { expect, test } from "./fixtures.ts";

const dist = fileURLToPath(new URL("../../dist", import.meta.url));

/** The story and every embed page (each chart and each of its states), from the built folder. */
async function embeddablePages(): Promise<string[]> {
  const files = (await readdir(dist, { recursive: true })).filter(
    (f) => f === "index.html" || /^embed\/.+\/index\.html$/.test(f),
  );
  return files.map((f) => f.replace(/index\.html$/, "")).sort();
}

test("every story and embed page is discovered by an oEmbed consumer and gives a rich embed", async ({
  request,
  baseURL,
}) => {
  const pages = await embeddablePages();
  expect(pages.length).toBeGreaterThanOrEqual(20);
  for (const path of pages) {
    const url = `${baseURL}/${path}`;
    const data = await extract(url);
    expect(data, path).toMatchObject({
      method: "auto-discovery",
      version: "1.0",
      type: "rich",
      provider_name: "Quiet Exit",
      thumbnail_width: 1200,
      thumbnail_height: 630,
    });
    expect(data.title, path).toBeTruthy();
    expect(Number(data.width)).toBeGreaterThan(0);
    const src = /<iframe[^>]* src="([^"]+)"/.exec(String(data.html))?.[1];
    // An embed page embeds itself; the story embeds its lead chart.
    expect(src, path).toBe(path ? url : `${baseURL}/embed/export-declines/`);
    expect(String(data.html)).toContain(` height="${data.height}"`);
    const thumbnail = await request.get(String(data.thumbnail_url));
    expect(pngSize(await thumbnail.body()), `${path} thumbnail`).toEqual({ width: 1200, height: 630 });
  }
});

test("the embed code an oEmbed consumer gets works on another origin, whole, at its height", async ({
  page,
  baseURL,
  consoleErrors,
}) => {
  test.setTimeout(120_000);
  for (const path of await embeddablePages()) {
    const data = await extract(`${baseURL}/${path}`);
    const host = await startHost(String(data.html));
    try {
      for (const width of [320, 1200]) {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(host.url);
        const frame = (await (await page.locator("iframe").elementHandle())!.contentFrame())!;
        await expect(
          frame.locator(".embed-chart .chart-canvas svg").filter({ visible: true }),
          `${path} at ${width}px`,
        ).toHaveCount(1);
        const [content, frameHeight] = [
          await frame.evaluate(() => document.querySelector(".embed")!.getBoundingClientRect().height),
          await page.locator("iframe").evaluate((f) => f.getBoundingClientRect().height),
        ];
        expect(content, `${path} at ${width}px fits its ${frameHeight}px frame`).toBeLessThanOrEqual(frameHeight);
      }
    } finally {
      await host.close();
    }
  }
  expect(consoleErrors).toEqual([]);
});
