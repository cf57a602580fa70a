import { describe, expect, test } from "vitest";
import { parseEmbedParams, PYM_SEPARATOR } from "../../src/embed/params.ts";
import { embedSnippets } from "../../src/embed/snippets.ts";
import { shareUrls } from "../../src/lib/shareUrls.ts";

describe("parseEmbedParams: a Pym child id", () => {
  test("is echoed when short and plain", () => {
    expect(parseEmbedParams("?childId=chart-1_a", []).childId).toBe("chart-1_a");
  });

  test("is dropped when it holds Pym's separator, in any case, so it cannot forge message parts", () => {
    for (const id of [`a${PYM_SEPARATOR}height`, "xPYMx", "axpymxb", "XPYMX"]) {
      expect(parseEmbedParams(`?childId=${id}`, []).childId, id).toBeNull();
    }
  });

  test("is dropped when long or not plain", () => {
    expect(parseEmbedParams(`?childId=${"a".repeat(65)}`, []).childId).toBeNull();
    expect(parseEmbedParams("?childId=a%20b", []).childId).toBeNull();
  });
});

describe("absolute URLs come only from SITE_URL", () => {
  const site = new URL("https://news.example.org/2022/quiet-exit/");

  test("the canonical and share image URLs sit under SITE_URL, and are left out without it", () => {
    expect(shareUrls(site, "/sources/", "embed/timeline/share.png")).toEqual({
      canonical: "https://news.example.org/2022/quiet-exit/sources/",
      image: "https://news.example.org/2022/quiet-exit/embed/timeline/share.png",
    });
    expect(shareUrls(undefined, "/sources/", "embed/timeline/share.png")).toBeNull();
  });

  test("the embed code names SITE_URL, or says SITE_URL/ for the editor to fill in, never a made-up host", () => {
    const published = embedSnippets(site, { chart: "timeline", title: "Timeline", height: 500 });
    expect(published.loader).toContain('src="https://news.example.org/2022/quiet-exit/embed/timeline/"');
    expect(published.loader).toContain('src="https://news.example.org/2022/quiet-exit/embed/loader.js"');
    const local = embedSnippets(undefined, { chart: "timeline", title: "Timeline", height: 500 });
    expect(local.plain).toContain('src="SITE_URL/embed/timeline/"');
    expect(local.loader).toContain('src="SITE_URL/embed/loader.js"');
    expect(local.loader).toContain("Replace SITE_URL/ with the address");
    expect(local.loader).not.toMatch(/https?:/);
  });
});
