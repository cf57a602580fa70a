// A chart's caveats and marks belong to the chart, not to one page: every rendering (each story
// step, each embed and per-state embed, the SVG and PNG downloads) must show the same.
import { CHART_KEYS } from "../../src/charts/registry.ts";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { scrollToStep, steps } from "./storyPage.ts";

// The caveats each chart must carry, as a reader reads them (from seeds/charts.yaml's claims).
const CAVEATS: Record<string, string[]> = {
  "export-declines": ["Caveat: Quarantine in Shanghai"],
  "other-ledger": ["Caveat: Quarantine in Shanghai", "Caveat: Oil and gas purchases"],
};
const CAVEATED = Object.keys(CAVEATS);

/** Whether the SVG text that starts with `words` is drawn: not hidden by CSS or opacity, with a size. */
async function caveatDrawn(page: Page, scope: string, words: string) {
  return page.evaluate(
    ([scope, words]) => {
      const texts = [...document.querySelectorAll<SVGTextElement>(`${scope} svg .caveats text`)].filter((t) =>
        t.textContent!.replace(/\s+/g, " ").startsWith(words),
      );
      return texts.map((t) => {
        let hidden = false;
        for (let n: Element | null = t; n; n = n.parentElement) {
          const style = getComputedStyle(n);
          if (
            style.display === "none" ||
            style.visibility === "hidden" ||
            Number(style.opacity) === 0 ||
            n.getAttribute("opacity") === "0"
          )
            hidden = true;
        }
        const box = t.getBoundingClientRect();
        return { hidden, width: box.width, top: box.top, bottom: box.bottom, viewport: innerHeight };
      });
    },
    [scope, words] as const,
  );
}

for (const width of [1280, 375]) {
  test(`at ${width} px, every story step that shows a caveated chart draws its caveats, visible`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto("/");
    for (const step of steps.filter((s) => CAVEATED.includes(s.chart))) {
      await scrollToStep(page, step.id);
      await expect
        .poll(() => page.locator(".graphic").getAttribute("data-active-chart"), { message: step.id })
        .toBe(step.chart);
      for (const words of CAVEATS[step.chart]!) {
        const drawn = (await caveatDrawn(page, `.graphic figure[data-chart="${step.chart}"]`, words)).filter(
          (d) => !d.hidden && d.width > 0,
        );
        expect(drawn, `${step.id}: ${words}`).toHaveLength(1);
      }
    }
  });
}

for (const chart of CAVEATED) {
  test(`${chart}: every embed and per-state embed draws the chart's caveats`, async ({ page, request }) => {
    const states = steps.filter((s) => s.chart === chart).map((s) => `${s.id}/`);
    for (const width of [320, 1200]) {
      await page.setViewportSize({ width, height: 900 });
      for (const state of ["", ...states]) {
        await page.goto(`/embed/${chart}/${state}`);
        for (const words of CAVEATS[chart]!) {
          const drawn = (await caveatDrawn(page, ".embed-chart", words)).filter((d) => !d.hidden && d.width > 0);
          expect(drawn, `${width}px /embed/${chart}/${state}: ${words}`).toHaveLength(1);
        }
      }
    }
    const svg = await (await request.get(`/embed/${chart}/chart.svg`)).text();
    for (const words of CAVEATS[chart]!) expect(svg.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ")).toContain(words);
    const csv = await (await request.get(`/embed/${chart}/data.csv`)).text();
    expect(csv.split("\n")[0]).toContain("caveat");
    const json = (await (await request.get(`/embed/${chart}/data.json`)).json()) as {
      data: { caveats: { title: string }[] };
    };
    expect(json.data.caveats.map((c) => `Caveat: ${c.title}`)).toEqual(CAVEATS[chart]);
  });
}

/** Visible filled marks of a strong colour (the data's), by colour: what a reader's eye counts. */
async function dataMarks(page: Page, scope: string): Promise<Record<string, number>> {
  return page.evaluate((scope) => {
    const counts: Record<string, number> = {};
    for (const el of document.querySelectorAll<SVGGraphicsElement>(`${scope} rect, ${scope} circle`)) {
      const box = el.getBoundingClientRect();
      if (box.width < 0.5 || box.height < 0.5) continue;
      let hidden = false;
      for (let n: Element | null = el; n; n = n.parentElement) {
        const style = getComputedStyle(n);
        if (
          style.display === "none" ||
          style.visibility === "hidden" ||
          Number(style.opacity) === 0 ||
          n.getAttribute("opacity") === "0"
        )
          hidden = true;
      }
      const [r, g, b] = (getComputedStyle(el).fill.match(/\d+/g) ?? []).map(Number);
      if (hidden || r === undefined || Math.max(r, g!, b!) - Math.min(r, g!, b!) < 60) continue;
      const hue = r > g! ? "red" : "green";
      counts[hue] = (counts[hue] ?? 0) + 1;
    }
    return counts;
  }, scope);
}

/** Pixels of the data's strong colours in an image, as the browser decodes it. */
async function strongPixels(page: Page, url: string, size?: { width: number; height: number }) {
  return page.evaluate(
    async ([url, size]) => {
      const image = new Image();
      image.src = url;
      await image.decode();
      const canvas = new OffscreenCanvas(size?.width ?? image.naturalWidth, size?.height ?? image.naturalHeight);
      const context = canvas.getContext("2d")!;
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      let red = 0;
      let green = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
        if (Math.max(r, g, b) - Math.min(r, g, b) < 60) continue;
        if (r > g) red++;
        else green++;
      }
      return { red, green, width: canvas.width, height: canvas.height };
    },
    [url, size] as const,
  );
}

for (const chart of CHART_KEYS) {
  test(`${chart}: the SVG and PNG downloads draw the same marks as the live embed`, async ({ page }) => {
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.goto(`/embed/${chart}/`);
    const live = await dataMarks(page, ".embed-chart .chart-canvas.wide svg");
    expect(Object.values(live).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    await page.goto(`/embed/${chart}/chart.svg`);
    expect(await dataMarks(page, "svg")).toEqual(live);
    // The PNG is rendered at build time by another engine; its coloured area must match the SVG's.
    const png = await strongPixels(page, `/embed/${chart}/chart.png`);
    const svg = await strongPixels(page, `/embed/${chart}/chart.svg`, png);
    for (const hue of ["red", "green"] as const) {
      expect(Math.abs(png[hue] - svg[hue]), `${hue} pixels: png ${png[hue]}, svg ${svg[hue]}`).toBeLessThanOrEqual(
        Math.max(50, svg[hue] * 0.08),
      );
    }
    const share = await strongPixels(page, `/embed/${chart}/share.png`);
    expect(share.red + share.green, "the share card draws the data").toBeGreaterThan(0);
  });
}
