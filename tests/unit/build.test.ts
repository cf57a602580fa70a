// Issue 11, parts 3 and 7: a failed build keeps the last good dist/, and absolute URLs come
// only from SITE_URL: without it, none at all and one warning. Builds a copy of the project.
import { readFile, readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { expect, test } from "vitest";
import { SITE_URL_WARNING } from "../../src/build/siteUrlWarning.ts";
import { absoluteUrls, makeProjectCopy, runBuild } from "../support/projectCopy.ts";

const leftovers = async (root: string) => (await readdir(root)).filter((name) => /^dist\.(tmp|old)-/.test(name));

test(
  "builds: SITE_URL decides every absolute URL, and a failed build keeps the last good dist/",
  { timeout: 300_000 },
  async () => {
    const root = await makeProjectCopy();
    const dist = join(root, "dist");

    const site = "https://news.example.org/2022/quiet-exit/";
    const published = runBuild(root, site);
    expect(published.code, published.output).toBe(0);
    expect(published.output).not.toContain("SITE_URL is not set");
    const urls = await absoluteUrls(dist);
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.filter((url) => !url.startsWith(site))).toEqual([]);
    expect((await readFile(join(dist, "index.html"), "utf8")).match(/<link rel="canonical"[^>]*>/)?.[0]).toBe(
      `<link rel="canonical" href="${site}">`,
    );

    const local = runBuild(root);
    expect(local.code, local.output).toBe(0);
    expect(local.output.split(SITE_URL_WARNING).length - 1).toBe(1);
    expect(await absoluteUrls(dist)).toEqual([]);
    const index = await readFile(join(dist, "index.html"), "utf8");
    expect(index).not.toMatch(/rel="canonical"|og:url|og:image"|twitter:image"/);
    const embedCode = (await readFile(join(dist, "embed/timeline/index.html"), "utf8")).match(
      /<textarea[^>]*>([^<]*)</,
    )?.[1];
    expect(embedCode).toContain("src=&quot;SITE_URL/embed/timeline/&quot;");

    // Break one page on purpose: the build fails, and the previous site stays whole.
    const page = join(root, "src/pages/sources/index.astro");
    const source = await readFile(page, "utf8");
    await writeFile(page, source.replace(/^---\n/, '---\nthrow new Error("broken on purpose by the build test");\n'));
    const broken = runBuild(root);
    expect(broken.code).not.toBe(0);
    expect(broken.output).toContain("broken on purpose by the build test");
    expect(broken.output).toContain("build failed; dist/ was left as it was");
    expect(await readFile(join(dist, "index.html"), "utf8")).toBe(index);
    expect(await leftovers(root)).toEqual([]);
  },
);
