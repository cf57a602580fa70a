import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures.ts";

const normalize = (s: string) =>
  s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, "-").replace(/\s+/g, " ").trim();

test("the sources page is reachable from the story and lists the five articles with their metadata", async ({
  page,
  offOrigin,
  consoleErrors,
}) => {
  await page.goto("/");
  await page.getByRole("link", { name: "How we know: sources and method" }).click();
  await expect(page).toHaveURL(/\/sources\/$/);
  const entries = page.locator(".seed-entry");
  await expect(entries).toHaveCount(5);
  await expect(page.locator("#article-000")).toContainText("Communications Today");
  await expect(page.locator("#article-001")).toContainText("Unknown");
  await expect(page.locator("#article-002")).toContainText(
    "Original language, as we infer it (the text does not say): French. Translation: Likely.",
  );
  await expect(page.locator("#article-004")).toContainText("Apollo News");
  expect(offOrigin).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test("each article's verbatim text is published byte for byte", async ({ page, request }) => {
  await page.goto("/sources/");
  for (const link of await page.locator('.seed-entry a[type="text/plain"]').all()) {
    const href = (await link.getAttribute("href"))!;
    const body = await (await request.get(`/sources/${href}`)).body();
    expect(body.equals(readFileSync(new URL(`../../seeds/${href.split("/").pop()}`, import.meta.url))), href).toBe(
      true,
    );
  }
});

test("every footnote in the story resolves to a claim on the sources page", async ({ page }) => {
  await page.goto("/");
  const records = await page
    .locator(".endnotes a.pop-record")
    .evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
  // The markers open the notes' popovers, so they link to the same records.
  const fromMarkers = await page
    .locator("button.fn")
    .evaluateAll((bs) => [
      ...new Set(
        bs.map((b) =>
          document
            .getElementById(b.getAttribute("popovertarget")!)!
            .querySelector("a.pop-record")!
            .getAttribute("href")!,
        ),
      ),
    ]);
  expect(fromMarkers.sort()).toEqual([...records].sort());
  await page.goto("/sources/");
  for (const href of records) {
    const claim = page.locator(`#${href.split("#")[1]}`);
    await expect(claim, href).toHaveCount(1);
    await expect(claim.locator(".citations q").first()).not.toBeEmpty();
  }
});

test("every claim shows a quote, and each quote occurs in the linked article at its anchor", async ({ page }) => {
  await page.goto("/sources/");
  const citations = await page.locator(".claim-record .citations li").evaluateAll((items) =>
    items.map((li) => ({
      quote: li.querySelector("q")!.textContent!,
      href: li.querySelector("a")!.getAttribute("href")!,
    })),
  );
  const claimCount = await page.locator(".claim-record").count();
  expect(claimCount).toBeGreaterThan(30);
  expect(await page.locator(".claim-record:not(:has(.citations q))").count()).toBe(0);
  const articles = new Map<string, { text: string; anchors: string[] }>();
  for (const { quote, href } of citations) {
    const [path, fragment] = href.split("#");
    if (!articles.has(path!)) {
      await page.goto(`/sources/${path}`);
      articles.set(
        path!,
        await page.evaluate(() => ({
          text: document.querySelector(".article-text")!.textContent!,
          anchors: [...document.querySelectorAll(".quote-anchor")].map((a) => a.id),
        })),
      );
    }
    const article = articles.get(path!)!;
    expect(normalize(article.text), href).toContain(normalize(quote));
    expect(article.anchors, href).toContain(fragment!.split(":~:")[0]);
  }
});

test("a quote link opens the article on the quote, which is marked", async ({ page }) => {
  await page.goto("/sources/");
  await page.locator("#claim-xiaomi-second-largest .citations a").first().click();
  await expect(page).toHaveURL(/articles\/003\/#cite-xiaomi-second-largest-1/);
  const mark = page.locator('mark[data-claims~="xiaomi-second-largest"]').first();
  await expect(mark).toBeInViewport();
  await expect(mark).toContainText("Xiaomi sold the second most phones");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the Plot corroboration chart is in the HTML", async ({ page }) => {
    await page.goto("/sources/");
    const plot = page.locator(".matrix-plot svg.corroboration-plot");
    await expect(plot).toBeVisible();
    expect(await plot.locator("text").count()).toBeGreaterThan(60);
    await expect(page.locator(".matrix-reading")).toContainText("rest on a single article");
  });
});

test("the disagreements, the confounder and the source's error are stated", async ({ page }) => {
  await page.goto("/sources/");
  const section = page.locator("#disagreements");
  await expect(section).toContainText(
    "60% (article 002); almost two-thirds (article 001) or nearly two-thirds (article 003)",
  );
  await expect(section).toContainText("Quarantine in Shanghai, another cause the articles name.");
  await expect(section).toContainText("Chinese capital");
  // Each claim credited to a report names the articles that credit it (read off the seeds: 001,
  // 002 and 004 name the Journal beside the quiet cuts; 001 and 003 the data for the 98%).
  await expect(section).toContainText(
    "Credited to The Wall Street Journal, in the articles named: Lenovo and Xiaomi cut shipments, quietly (articles 001, 002 and 004)",
  );
  await expect(section).toContainText("Credited to China's official trade data, in the articles named:");
  await expect(section).toContainText("Telecom base stations (articles 001 and 003)");
});

test("the JSON-LD is a NewsArticle on the story and a Dataset whose downloads exist", async ({ page, request }) => {
  const jsonLd = async () => JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  await page.goto("/");
  const article = await jsonLd();
  expect(article).toMatchObject({
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: expect.any(String),
    author: { "@type": "Organization" },
  });
  expect(article.isBasedOn).toHaveLength(5);
  await page.goto("/sources/");
  const dataset = await jsonLd();
  expect(dataset).toMatchObject({ "@type": "Dataset", name: expect.any(String), description: expect.any(String) });
  for (const d of dataset.distribution) {
    const response = await request.get(new URL(d.contentUrl, page.url()).href);
    expect(response.status(), d.contentUrl).toBe(200);
    if (d.encodingFormat === "application/json") JSON.parse(await response.text());
  }
});

for (const path of ["/sources/", "/sources/articles/002/"]) {
  test(`axe finds no violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`)).toEqual([]);
  });
}
