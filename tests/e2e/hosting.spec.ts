// The built folder on a plain static server, under a subpath, with no network.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { HtmlValidate } from "html-validate";
import { LinkChecker } from "linkinator";
import { startStaticServer, type StaticServer } from "../../scripts/staticServer.ts";
import { expect, test } from "./fixtures.ts";

const dist = fileURLToPath(new URL("../../dist", import.meta.url));
const SUBPATH = "/news/2022/quiet-exit/";

let server: StaticServer;
test.beforeAll(async () => {
  server = await startStaticServer(dist, { base: SUBPATH });
});
test.afterAll(async () => {
  await server.close();
});

test("under a subpath, every page, asset, download and link resolves", async () => {
  test.setTimeout(120_000);
  const result = await new LinkChecker().check({
    path: server.url,
    recurse: true,
    concurrency: 8,
    // Share cards and canonical URLs are absolute on purpose (SITE_URL); they are not part of the folder.
    linksToSkip: async (link) => !link.startsWith(server.url),
  });
  const broken = result.links.filter((l) => l.state === "BROKEN").map((l) => `${l.status} ${l.url} (from ${l.parent})`);
  expect(broken).toEqual([]);
  const checked = result.links.filter((l) => l.state === "OK").map((l) => l.url.split("#")[0]);
  expect(new Set(checked).size).toBeGreaterThan(50);
  for (const needed of [
    "sources/",
    "sources/articles/004/",
    "embed/timeline/dji/",
    "data/claims.json",
    "embed/other-ledger/data.csv",
  ]) {
    expect(checked, needed).toContain(`${server.url}${needed}`);
  }
});

test("under a subpath, every file of the built folder is served", async ({ request }) => {
  const files = (await readdir(dist, { recursive: true, withFileTypes: true })).filter((f) => f.isFile());
  expect(files.length).toBeGreaterThan(60);
  for (const file of files) {
    const path = join(file.parentPath, file.name)
      .slice(dist.length + 1)
      .replace(/index\.html$/, "");
    expect((await request.get(`${server.url}${path}`)).status(), path).toBe(200);
  }
});

test("every internal link's #anchor exists on the page it points to", async () => {
  const pages = (await readdir(dist, { recursive: true })).filter((f) => f.endsWith(".html"));
  const ids = new Map<string, Set<string>>();
  const html = new Map<string, string>();
  for (const page of pages) {
    const text = await readFile(join(dist, page), "utf8");
    html.set(page, text);
    ids.set(page, new Set([...text.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
  }
  const missing: string[] = [];
  let count = 0;
  for (const [page, text] of html) {
    const base = new URL(page.replace(/index\.html$/, ""), "http://site/");
    for (const [, href] of text.matchAll(/\shref="([^"]*#[^"]+)"/g)) {
      const url = new URL(href!.replace(/&amp;/g, "&"), base);
      if (url.host !== "site") continue;
      // A text fragment (#anchor:~:text=…) is read by the browser; the anchor before it must exist.
      const anchor = decodeURIComponent(url.hash.slice(1)).split(":~:")[0]!;
      const target = `${url.pathname.slice(1)}index.html`;
      count++;
      if (!ids.get(target)?.has(anchor)) missing.push(`${page}: ${href}`);
    }
  }
  expect(count).toBeGreaterThan(200);
  expect(missing).toEqual([]);
});

test("with every request off loopback blocked, no page attempts one, and each still works", async ({ browser }) => {
  const context = await browser.newContext();
  const attempted: string[] = [];
  await context.route(/^(?!http:\/\/127\.0\.0\.1[:/])/, (route) => {
    attempted.push(route.request().url());
    return route.abort();
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto(`${server.url}#telecom`);
  await expect(page.locator('.graphic figure.is-active g.row[data-key="telecom-decline"]')).toHaveAttribute(
    "opacity",
    "1",
  );
  for (const path of ["sources/", "sources/articles/001/", "embed/export-declines/?theme=dark"])
    await page.goto(`${server.url}${path}`);
  await expect(page.locator(".embed-chart svg").first()).toBeAttached();
  expect(attempted).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});

test("html-validate finds no errors in any built page", async () => {
  const validator = new HtmlValidate({ extends: ["html-validate:recommended"] });
  const pages = (await readdir(dist, { recursive: true })).filter((f) => f.endsWith(".html"));
  expect(pages.length).toBeGreaterThan(20);
  const problems: string[] = [];
  for (const page of pages) {
    const report = await validator.validateString(await readFile(join(dist, page), "utf8"), page);
    for (const r of report.results)
      for (const m of r.messages) problems.push(`${page}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
  }
  expect(problems).toEqual([]);
});

test("every page has a Content-Security-Policy that allows no inline script", async ({ page }) => {
  for (const path of ["", "sources/", "sources/articles/000/", "embed/timeline/dji/"]) {
    await page.goto(`${server.url}${path}`);
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute("content");
    expect(policy, path).toMatch(/script-src 'self'(;|$)/);
    expect(policy).not.toContain("unsafe-inline");
  }
});

test("at 200% zoom (a 1280 px window is 640 CSS px) the story reads without horizontal scrolling", async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  for (const path of ["#dji", "sources/", "embed/timeline/"]) {
    await page.goto(`${server.url}${path}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(640);
  }
  await page.goto(`${server.url}#dji`);
  await expect(page.locator("#dji .step-text")).toBeVisible();
  await expect(page.locator('.graphic figure.is-active a.event.is-active[data-claim="dji-suspension"]')).toBeAttached();
  await context.close();
});

test("at 320 px wide no page scrolls sideways", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  for (const path of ["", "sources/", "sources/articles/000/", "embed/other-ledger/", "embed/timeline/dji/"]) {
    await page.goto(`${server.url}${path}`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
  }
  await context.close();
});
