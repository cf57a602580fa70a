// The README's nginx configuration, run in Debian's nginx under a subpath: every response
// must carry the headers public/_headers gives the same path (the file Netlify and Cloudflare
// Pages read), so the two pieces of hosting advice cannot drift apart.
import { existsSync } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { headersFor, parseHeadersFile } from "../support/headersFile.ts";
import { NGINX_PATH, startNginx, type Nginx } from "../support/nginx.ts";
import { expect, test } from "./fixtures.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
const dist = join(root, "dist");
const SUBPATH = "/news/2022/quiet-exit/";
const CHECKED = [
  "content-security-policy",
  "x-content-type-options",
  "referrer-policy",
  "permissions-policy",
  "cache-control",
];

test.describe.configure({ mode: "serial" });
test.skip(!existsSync(NGINX_PATH), `nginx is not installed at ${NGINX_PATH} (.ci/run installs it)`);

let nginx: Nginx;
let rules: ReturnType<typeof parseHeadersFile>;
test.beforeAll(async () => {
  const readme = await readFile(join(root, "README.md"), "utf8");
  const block = /```nginx\n([\s\S]*?)```/.exec(readme)?.[1];
  if (!block) throw new Error("README.md: no ```nginx block");
  rules = parseHeadersFile(await readFile(join(root, "public/_headers"), "utf8"));
  nginx = await startNginx(dist, block, SUBPATH);
});
test.afterAll(async () => {
  await nginx?.close();
});

function pick(headers: Record<string, string>): Record<string, string | undefined> {
  return Object.fromEntries(CHECKED.map((name) => [name, headers[name]]));
}

test("every file nginx serves carries the security and cache headers of _headers", async ({ request }) => {
  const files = (await readdir(dist, { recursive: true, withFileTypes: true })).filter(
    (f) => f.isFile() && f.name !== "_headers",
  );
  expect(files.length).toBeGreaterThan(60);
  const paths = files.map((f) => `/${join(f.parentPath, f.name).slice(dist.length + 1)}`.replace(/index\.html$/, ""));
  const kinds = new Set<string>();
  for (const path of paths) {
    const response = await request.get(`${nginx.origin}${SUBPATH.slice(0, -1)}${path}`);
    expect(response.status(), path).toBe(200);
    const expected = pick(headersFor(rules, path));
    expect(expected["content-security-policy"], `_headers gives ${path} no policy`).toBeTruthy();
    expect(pick(response.headers()), path).toEqual(expected);
    kinds.add(`${expected["content-security-policy"]!.slice(-12)} ${expected["cache-control"]}`);
  }
  // Pages, embeds (framable) and hashed bundles (immutable) were all among them.
  expect(kinds.size).toBe(3);
});

test("nginx sends the build's own .gz (gzip_static), not one it compresses per request", async () => {
  for (const path of ["", "story.js"]) {
    const response = await fetch(`${nginx.origin}${SUBPATH}${path}`, { headers: { "accept-encoding": "gzip" } });
    expect(response.headers.get("content-encoding"), path).toBe("gzip");
    // Compressing on the fly is sent chunked; a file from disk has a length, the .gz's.
    const gz = await stat(join(dist, `${path || "index.html"}.gz`));
    expect(response.headers.get("content-length"), path).toBe(String(gz.size));
  }
});

test("a missing page's 404 carries them too", async ({ request }) => {
  for (const path of ["/no-such-page/", "/embed/no-such-chart/"]) {
    const response = await request.get(`${nginx.origin}${SUBPATH.slice(0, -1)}${path}`);
    expect(response.status()).toBe(404);
    expect(pick(response.headers()), path).toEqual(pick(headersFor(rules, path)));
  }
});

test("in a browser, the story and an embed load under nginx with no CSP violation", async ({ page, consoleErrors }) => {
  await page.goto(`${nginx.origin}${SUBPATH}#telecom`);
  // The other worker may be building a copy of the site (pseudoLocale, addChart) meanwhile, so
  // the script and its scenes can take longer than the default wait to arrive and start.
  await expect(page.locator("html")).toHaveClass(/scrolly-ready/, { timeout: 20_000 });
  await expect(page.locator('.graphic figure.is-active g.row[data-key="telecom-decline"]')).toHaveAttribute(
    "opacity",
    "1",
  );
  await page.goto(`${nginx.origin}${SUBPATH}embed/timeline/`);
  await expect(page.locator(".embed-chart svg").first()).toBeAttached();
  expect(consoleErrors).toEqual([]);
});
