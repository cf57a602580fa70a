import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Frame, Page } from "@playwright/test";
import { measureFirstLoad, total } from "../support/pageWeight.ts";
import { parseCsv } from "../support/parseCsv.ts";
import { pngSize } from "../support/pngSize.ts";
import { startHost } from "./embedHost.ts";
import { expect, test } from "./fixtures.ts";

import { CHART_KEYS as CHARTS } from "../../src/charts/registry.ts";
const WIDTHS = [320, 600, 1200];
const dataFile = (path: string) => readFileSync(new URL(`../../data/${path}`, import.meta.url), "utf8");

/** The documented snippet, as the embed page offers it in its code box. */
async function snippet(page: Page, chart: string, kind: "loader" | "plain"): Promise<string> {
  await page.goto(`/embed/${chart}/`);
  return (await page.locator(`#embed-${kind}`).inputValue()).trim();
}

async function embedFrame(page: Page): Promise<Frame> {
  const handle = await page.locator("iframe").elementHandle();
  const frame = await handle!.contentFrame();
  await frame!.waitForSelector(".embed");
  return frame!;
}

const contentHeight = (frame: Frame) =>
  frame.evaluate(() => Math.ceil(document.querySelector(".embed")!.getBoundingClientRect().height));
const iframeHeight = (page: Page) => page.locator("iframe").evaluate((f) => f.getBoundingClientRect().height);
const hasScrollbar = (frame: Frame) =>
  frame.evaluate(
    () =>
      document.documentElement.scrollHeight > document.documentElement.clientHeight + 1 ||
      document.documentElement.scrollWidth > document.documentElement.clientWidth + 1,
  );

for (const chart of CHARTS) {
  test(`${chart}: with the loader, a host on another origin sizes the iframe to its content at every width`, async ({
    page,
    baseURL,
  }) => {
    const host = await startHost(await snippet(page, chart, "loader"));
    try {
      expect(new URL(host.url).origin).not.toBe(new URL(baseURL!).origin);
      await page.setViewportSize({ width: WIDTHS[0]!, height: 800 });
      await page.goto(host.url);
      const frame = await embedFrame(page);
      for (const width of [...WIDTHS, WIDTHS[0]!]) {
        await page.setViewportSize({ width, height: 800 });
        await expect
          .poll(async () => Math.abs((await iframeHeight(page)) - (await contentHeight(frame))), {
            message: `${chart} at ${width}px`,
          })
          .toBeLessThanOrEqual(3);
        expect(await hasScrollbar(frame), `scrollbar at ${width}px`).toBe(false);
      }
      expect(await page.evaluate(() => [scrollY, location.href])).toEqual([0, host.url]);
    } finally {
      await host.close();
    }
  });

  test(`${chart}: the plain iframe, with no script on the host, shows the whole chart at the suggested height`, async ({
    page,
  }) => {
    const host = await startHost(await snippet(page, chart, "plain"));
    try {
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(host.url);
        const frame = await embedFrame(page);
        expect(await contentHeight(frame), `${chart} at ${width}px`).toBeLessThanOrEqual(await iframeHeight(page));
        expect(await hasScrollbar(frame)).toBe(false);
      }
    } finally {
      await host.close();
    }
  });
}

test("the embed speaks Pym.js, Datawrapper and AMP height messages, and they shrink with the content", async ({
  page,
  baseURL,
}) => {
  const host = await startHost(
    `<iframe src="${baseURL}/embed/timeline/?childId=chart-1" title="t" width="100%" height="300"></iframe>`,
  );
  try {
    await page.setViewportSize({ width: 1200, height: 800 });
    await page.goto(host.url);
    const frame = await embedFrame(page);
    const messages = () => page.evaluate(() => (window as unknown as { __messages: unknown[] }).__messages);
    await expect
      .poll(messages)
      .toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^pymxPYMxchart-1xPYMxheightxPYMx\d+$/),
          { "datawrapper-height": { "quiet-exit-timeline": expect.any(Number) } },
          { sentinel: "amp", type: "embed-size", height: expect.any(Number) },
          { type: "quiet-exit:height", chart: "timeline", height: expect.any(Number) },
        ]),
      );
    const wide = await contentHeight(frame);
    await frame.locator(".embed-tools summary", { hasText: "Embed" }).click();
    await expect
      .poll(async () =>
        (await messages())
          .filter((m) => typeof m === "object" && (m as { type?: string }).type === "quiet-exit:height")
          .at(-1),
      )
      .toMatchObject({ height: await contentHeight(frame) });
    await frame.locator(".embed-tools summary", { hasText: "Embed" }).click();
    await expect
      .poll(
        async () =>
          (
            (await messages()).filter((m) => (m as { type?: string }).type === "quiet-exit:height").at(-1) as {
              height: number;
            }
          ).height,
      )
      .toBe(wide);
  } finally {
    await host.close();
  }
});

test("the loader accepts only well-formed messages from its own iframe", async ({ page }) => {
  const host = await startHost(await snippet(page, "timeline", "loader"));
  try {
    await page.goto(host.url);
    const frame = await embedFrame(page);
    await expect
      .poll(async () => Math.abs((await iframeHeight(page)) - (await contentHeight(frame))))
      .toBeLessThanOrEqual(3);
    const settled = await iframeHeight(page);
    await frame.evaluate(() => {
      parent.postMessage({ type: "quiet-exit:height", chart: "timeline", height: 1e9 }, "*");
      parent.postMessage({ type: "quiet-exit:height", chart: "timeline", height: "900" }, "*");
      parent.postMessage("quiet-exit:height 900", "*");
    });
    await page.evaluate(() => postMessage({ type: "quiet-exit:height", chart: "timeline", height: 50 }, "*"));
    await page.waitForTimeout(300);
    expect(await iframeHeight(page)).toBe(settled);
  } finally {
    await host.close();
  }
});

test("embed parameters are checked against allow-lists and never written into the page", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (d) => (dialogs.push(d.message()), d.dismiss()));
  await page.goto("/embed/export-declines/?theme=dark&plain=1&state=telecom");
  await expect(page).toHaveURL(/\/embed\/export-declines\/telecom\/\?theme=dark&plain=1&state=telecom$/);
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.locator(".embed-header")).toBeHidden();
  await expect(page.locator(".embed-chart .chart-desc")).toContainText("Telecom base stations: down 98%");
  await expect(page.locator(".embed-chart .chart-desc")).not.toContainText("All exports");

  await page.goto(
    '/embed/export-declines/?theme=<img src=x onerror=alert(1)>&state="><script>alert(2)</script>&childId=<b>',
  );
  await expect(page).toHaveURL(/\/embed\/export-declines\/\?/);
  await expect(page.locator("html")).not.toHaveAttribute("data-theme", /.*/);
  await expect(page.locator(".embed-header")).toBeVisible();
  expect(await page.locator("img, b").count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test("without JavaScript the embed shows its chart, footer and link back to the story", async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 600, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${baseURL}/embed/timeline/`);
  await expect(page.locator(".embed-chart .chart-canvas.wide svg")).toBeVisible();
  await expect(page.locator(".embed-footer")).toContainText("Sources:");
  await expect(page.locator(".embed-footer a")).toHaveAttribute("href", /^\.\.\/\.\.\/#/);
  await context.close();
});

for (const chart of CHARTS) {
  test(`${chart}: the downloads parse and match data/, with sources and credit`, async ({ request }) => {
    const json = await (await request.get(`/embed/${chart}/data.json`)).json();
    expect(json.data).toEqual(JSON.parse(dataFile(`charts/${chart}.json`)));
    expect(json.credit).toMatch(/Quiet Exit/);
    expect(json.sourceLine).toMatch(/^Sources: /);
    expect(json.articles).toHaveLength(5);

    const csv = parseCsv(await (await request.get(`/embed/${chart}/data.csv`)).text());
    const original = parseCsv(dataFile(`charts/${chart}.csv`));
    expect(csv[0]).toEqual([...original[0]!, "source_articles", "credit"]);
    expect(csv.slice(1).map((row) => row.slice(0, -2))).toEqual(original.slice(1));
    expect(csv.slice(1).every((row) => row.at(-1)!.includes("Quiet Exit") && row.at(-2)!.startsWith("article "))).toBe(
      true,
    );
  });

  test(`${chart}: the SVG and PNG images exist and carry the title, source line and credit`, async ({ request }) => {
    const svg = await (await request.get(`/embed/${chart}/chart.svg`)).text();
    const meta = await (await request.get(`/embed/${chart}/data.json`)).json();
    const svgText = svg.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
    expect(svgText).toContain(meta.title);
    // The source line wraps across lines of SVG text, so it is read as the text runs.
    expect(svgText).toContain(meta.sourceLine);
    expect(svgText).toContain(meta.credit);
    const png = await (await request.get(`/embed/${chart}/chart.png`)).body();
    const svgSize = /width="(\d+)" height="(\d+)"/.exec(svg)!;
    expect(pngSize(png)).toEqual({ width: Number(svgSize[1]) * 2, height: Number(svgSize[2]) * 2 });
    expect(pngSize(await (await request.get(`/embed/${chart}/share.png`)).body())).toEqual({
      width: 1200,
      height: 630,
    });
  });

  test(`${chart}: axe finds no violations on the embed page, and nothing leaves the origin`, async ({
    page,
    offOrigin,
    consoleErrors,
  }) => {
    await page.goto(`/embed/${chart}/`);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`)).toEqual([]);
    expect(offOrigin).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  test(`${chart}: the embed page ships at most 30 KB gzip of HTML, CSS and JavaScript`, async ({ page }) => {
    const transfers = await measureFirstLoad(page, `/embed/${chart}/`);
    const bytes = total(transfers, "gzip", ["html", "css", "js"]);
    test
      .info()
      .annotations.push({ type: "weight", description: `${chart} embed: ${(bytes / 1024).toFixed(1)} KB gzip` });
    expect(bytes).toBeLessThanOrEqual(30 * 1024);
  });
}

test("every page has a title, a description, a canonical URL and a share card whose image exists", async ({
  page,
  request,
  baseURL,
}) => {
  for (const path of ["/", "/sources/", "/sources/articles/000/", "/embed/timeline/", "/embed/timeline/dji/"]) {
    await page.goto(path);
    expect(await page.title()).not.toBe("");
    const meta = (name: string) =>
      page.locator(`meta[name="${name}"], meta[property="${name}"]`).getAttribute("content");
    expect(await meta("description")).toBeTruthy();
    expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toBe(new URL(path, baseURL).href);
    for (const name of ["og:title", "og:description", "og:url", "twitter:card", "twitter:title"])
      expect(await meta(name), `${path} ${name}`).toBeTruthy();
    const image = (await meta("og:image"))!;
    expect(image).toBe(await meta("twitter:image"));
    const png = await (await request.get(new URL(image).pathname)).body();
    expect(pngSize(png), `${path} ${image}`).toEqual({ width: 1200, height: 630 });
  }
});

test("an embed page loads only its own stylesheet, a fraction of the story's, and is styled by it", async ({
  page,
}) => {
  const story = total(await measureFirstLoad(page, "/"), "raw", ["css"]);
  const transfers = await measureFirstLoad(page, "/embed/timeline/");
  const css = transfers.filter((t) => t.kind === "css");
  expect(css.map((t) => t.url.split("/").pop())).toEqual([expect.stringMatching(/^embed\.[\w-]+\.css$/)]);
  expect(css[0]!.raw).toBeLessThan(story / 2);
  // Styled as before: the theme's colours, the chart's marks, the narrow or wide drawing.
  const styles = await page.evaluate(() => ({
    background: getComputedStyle(document.body).backgroundColor,
    label: getComputedStyle(document.querySelector(".chart-canvas.wide .lane-label")!).textTransform,
    narrow: getComputedStyle(document.querySelector(".chart-canvas.narrow")!).display,
  }));
  expect(styles).toEqual({ background: "rgb(251, 251, 248)", label: "uppercase", narrow: "none" });
});
