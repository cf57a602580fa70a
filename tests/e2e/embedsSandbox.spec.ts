// An embed framed by a host on another origin with each sandbox a CMS might add. With
// allow-scripts alone (AMP's default) the frame has an opaque origin, in which a module script
// would be refused by CORS: the embed must still draw and report its height, with no error.
import type { Frame, Page } from "@playwright/test";
import { startHost } from "./embedHost.ts";
import { expect, test } from "./fixtures.ts";

const messages = (page: Page) => page.evaluate(() => (window as unknown as { __messages: unknown[] }).__messages);

async function frameOf(page: Page): Promise<Frame> {
  const frame = await (await page.locator("iframe").elementHandle())!.contentFrame();
  await frame!.waitForSelector(".embed");
  return frame!;
}

const HEIGHT_MESSAGES = [
  expect.stringMatching(/^pymxPYMxc1xPYMxheightxPYMx\d+$/),
  { "datawrapper-height": { "quiet-exit-timeline": expect.any(Number) } },
  { sentinel: "amp", type: "embed-size", height: expect.any(Number) },
  { type: "quiet-exit:height", chart: "timeline", height: expect.any(Number) },
];

for (const sandbox of ['sandbox="allow-scripts"', ""]) {
  test(`framed ${sandbox || "with no sandbox"}, the embed draws and sends its height in every format, with no error`, async ({
    page,
    baseURL,
    consoleErrors,
  }) => {
    const host = await startHost(
      `<iframe ${sandbox} src="${baseURL}/embed/timeline/?childId=c1&theme=dark" title="t" width="100%" height="300"></iframe>`,
    );
    try {
      await page.goto(host.url);
      const frame = await frameOf(page);
      await expect(frame.locator(".embed-chart .chart-canvas.wide svg")).toBeVisible();
      await expect.poll(() => messages(page)).toEqual(expect.arrayContaining(HEIGHT_MESSAGES));
      const own = (await messages(page)).find((m) => (m as { type?: string }).type === "quiet-exit:height") as {
        height: number;
      };
      const content = await frame.evaluate(() =>
        Math.ceil(document.querySelector(".embed")!.getBoundingClientRect().height),
      );
      expect(Math.abs(own.height - content)).toBeLessThanOrEqual(2);
      // The script ran: it applied the query's theme.
      await expect(frame.locator("html")).toHaveAttribute("data-theme", "dark");
      expect(consoleErrors).toEqual([]);
    } finally {
      await host.close();
    }
  });
}

test('framed with sandbox="allow-scripts", the loader snippet still sizes the frame to its content', async ({
  page,
  baseURL,
  consoleErrors,
}) => {
  await page.goto("/embed/timeline/");
  const snippet = (await page.locator("#embed-loader").inputValue()).replace(
    "<iframe",
    '<iframe sandbox="allow-scripts"',
  );
  const host = await startHost(snippet);
  try {
    expect(new URL(host.url).origin).not.toBe(new URL(baseURL!).origin);
    await page.goto(host.url);
    const frame = await frameOf(page);
    const gap = async () =>
      Math.abs(
        (await page.locator("iframe").evaluate((f) => f.getBoundingClientRect().height)) -
          (await frame.evaluate(() => document.querySelector(".embed")!.getBoundingClientRect().height)),
      );
    await expect.poll(gap).toBeLessThanOrEqual(2);
    expect(consoleErrors).toEqual([]);
  } finally {
    await host.close();
  }
});

test('framed with sandbox="" (no scripts at all), the embed is static but readable and sends nothing', async ({
  page,
  baseURL,
}) => {
  const host = await startHost(
    `<iframe sandbox="" src="${baseURL}/embed/timeline/?childId=c1" title="t" width="100%" height="900"></iframe>`,
  );
  try {
    await page.setViewportSize({ width: 800, height: 1000 });
    await page.goto(host.url);
    const frame = await frameOf(page);
    await expect(frame.locator("h1")).toBeVisible();
    await expect(frame.locator(".embed-chart .chart-canvas.wide svg")).toBeVisible();
    await expect(frame.locator(".embed-chart .chart-desc")).not.toBeEmpty();
    await expect(frame.locator(".embed-footer a")).toBeVisible();
    await page.waitForTimeout(500);
    expect(await messages(page)).toEqual([]);
  } finally {
    await host.close();
  }
});
