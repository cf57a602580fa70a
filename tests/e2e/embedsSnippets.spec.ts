// Every version of the embed code the code box offers, pasted into a host page on another
// origin: the frame must end up the height of its content (within 2 px) at every width.
import type { Frame, Page } from "@playwright/test";
import { startHost } from "./embedHost.ts";
import { expect, test } from "./fixtures.ts";

import { CHART_KEYS as CHARTS } from "../../src/charts/registry.ts";
const WIDTHS = [320, 600, 1200];

async function codeBox(page: Page, chart: string, kind: string): Promise<string> {
  await page.goto(`/embed/${chart}/`);
  return (await page.locator(`#embed-${kind}`).inputValue()).trim();
}

// Datawrapper's two listeners, as their embed codes have shipped them: the older finds the
// frame by id ("datawrapper-chart-" + key), the current by the message's source window.
const DATAWRAPPER_OLD = `<script>window.addEventListener("message",function(e){var d=e.data["datawrapper-height"];if(d===undefined)return;
for(var k in d){var f=document.getElementById("datawrapper-chart-"+k);if(!f)continue;f.style.height=d[k]+"px";}});</script>`;
const DATAWRAPPER_NOW = `<script>window.addEventListener("message",function(e){var d=e.data["datawrapper-height"];if(d===undefined)return;
var fs=document.querySelectorAll("iframe");for(var k in d)for(var i=0;i<fs.length;i++)if(fs[i].contentWindow===e.source)fs[i].style.height=d[k]+"px";});</script>`;
const iframeOnly = (snippet: string) => /<iframe[\s\S]*?<\/iframe>/.exec(snippet)![0];

const HOSTS: Record<string, (page: Page, chart: string) => Promise<string>> = {
  "our loader": (page, chart) => codeBox(page, chart, "loader"),
  "Pym.js": (page, chart) => codeBox(page, chart, "pym"),
  "the Datawrapper-style code as offered": (page, chart) => codeBox(page, chart, "datawrapper"),
  "the Datawrapper-style iframe under Datawrapper's older listener": async (page, chart) =>
    iframeOnly(await codeBox(page, chart, "datawrapper")) + DATAWRAPPER_OLD,
  "the Datawrapper-style iframe under Datawrapper's current listener": async (page, chart) =>
    iframeOnly(await codeBox(page, chart, "datawrapper")) + DATAWRAPPER_NOW,
};

async function frameOf(page: Page): Promise<Frame> {
  await page.locator("iframe").waitFor();
  const frame = (await (await page.locator("iframe").elementHandle())!.contentFrame())!;
  await frame.waitForSelector(".embed");
  return frame;
}
const contentHeight = (frame: Frame) =>
  frame.evaluate(() => document.querySelector(".embed")!.getBoundingClientRect().height);
const frameHeight = (page: Page) => page.locator("iframe").evaluate((f) => f.getBoundingClientRect().height);

for (const [name, snippetFor] of Object.entries(HOSTS)) {
  for (const chart of CHARTS) {
    test(`${chart}: with ${name}, the frame fits its content at 320, 600 and 1200 px`, async ({
      page,
      baseURL,
      consoleErrors,
    }) => {
      const host = await startHost(await snippetFor(page, chart));
      try {
        expect(new URL(host.url).origin).not.toBe(new URL(baseURL!).origin);
        await page.setViewportSize({ width: WIDTHS[0]!, height: 800 });
        await page.goto(host.url);
        const frame = await frameOf(page);
        for (const width of [...WIDTHS, WIDTHS[0]!]) {
          await page.setViewportSize({ width, height: 800 });
          await expect
            .poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame))), {
              message: `${chart} at ${width}px`,
            })
            .toBeLessThanOrEqual(2);
        }
        expect(consoleErrors).toEqual([]);
      } finally {
        await host.close();
      }
    });
  }
}

// The loader script is async: on a slow host page it can start after the frame has already sent
// its height. The frame must still end up the height of its content.
test("our loader, started after the frame has reported its height, still sizes the frame", async ({
  page,
  consoleErrors,
}) => {
  const [frameTag, loaderTag] = (await codeBox(page, "export-declines", "loader")).split("\n");
  const loaderSrc = /src="([^"]+)"/.exec(loaderTag!)![1]!;
  const late = `<script>document.querySelector("iframe").addEventListener("load",function(){setTimeout(function(){
var s=document.createElement("script");s.src=${JSON.stringify(loaderSrc)};document.body.appendChild(s);},300)});</script>`;
  const host = await startHost(frameTag!.replace(' loading="lazy"', "") + late);
  try {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(host.url);
    const frame = await frameOf(page);
    await expect
      .poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame))))
      .toBeLessThanOrEqual(2);
    expect(consoleErrors).toEqual([]);
  } finally {
    await host.close();
  }
});

// No AMP runtime is available offline, so this checks what AMP reads: the amp-iframe's
// attributes, and the embed-size messages its frame sends from the same sandbox.
test("the AMP snippet is a resizable amp-iframe whose sandboxed frame asks for its content's height", async ({
  page,
  consoleErrors,
}) => {
  const amp = await codeBox(page, "timeline", "amp");
  const tag = /<amp-iframe([^>]*)>([\s\S]*)<\/amp-iframe>/.exec(amp)!;
  const attr = (name: string) => new RegExp(`\\s${name}(?:="([^"]*)")?[\\s>]`).exec(`${tag[1]} `)?.[1];
  expect(tag[1]).toMatch(/\sresizable[\s>]/);
  expect(attr("layout")).toBe("fixed-height");
  expect(attr("sandbox")).toContain("allow-scripts");
  expect(attr("sandbox")).not.toContain("allow-same-origin");
  expect(tag[2]).toMatch(/<button overflow[^>]*>[^<]+<\/button>/);
  const host = await startHost(
    `<iframe src="${attr("src")}" sandbox="${attr("sandbox")}" title="t" height="${attr("height")}" style="width:100%;border:0"></iframe>`,
  );
  try {
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(host.url);
      const frame = await frameOf(page);
      const asked = async () => {
        const sizes = (
          await page.evaluate(
            () =>
              (window as unknown as { __messages: { sentinel?: string; type?: string; height?: number }[] }).__messages,
          )
        ).filter((m) => m?.sentinel === "amp" && m.type === "embed-size");
        return sizes.at(-1)?.height ?? -1;
      };
      await expect
        .poll(async () => Math.abs((await asked()) - (await contentHeight(frame))), { message: `at ${width}px` })
        .toBeLessThanOrEqual(2);
    }
    expect(consoleErrors).toEqual([]);
  } finally {
    await host.close();
  }
});
