import { brotliCompressSync, gzipSync } from "node:zlib";
import type { Page } from "playwright";

export interface Transfer {
  url: string;
  kind: "html" | "css" | "js" | "json" | "image" | "other";
  raw: number;
  gzip: number;
  brotli: number;
}

function kindOf(url: string, contentType: string): Transfer["kind"] {
  if (contentType.includes("html")) return "html";
  if (contentType.includes("css")) return "css";
  if (contentType.includes("javascript") || url.endsWith(".js")) return "js";
  if (contentType.includes("json")) return "json";
  if (contentType.startsWith("image/")) return "image";
  return "other";
}

/**
 * Loads `url` and returns every response with its size raw, gzipped (level 6, as servers
 * usually send it) and brotli-compressed. What a first visit downloads, measured, not assumed.
 */
export async function measureFirstLoad(page: Page, url: string): Promise<Transfer[]> {
  // The browser reports what it requested; the bytes are then fetched again, since a
  // response's body is not always still available from the browser.
  const requested: { url: string; contentType: string }[] = [];
  page.on("response", (response) => {
    if (response.status() === 200)
      requested.push({ url: response.url(), contentType: response.headers()["content-type"] ?? "" });
  });
  await page.goto(url, { waitUntil: "networkidle" });
  const transfers: Transfer[] = [];
  for (const { url: resource, contentType } of requested) {
    if (!resource.startsWith("http")) continue;
    const body = await (await page.request.get(resource)).body();
    transfers.push({
      url: resource,
      kind: kindOf(resource, contentType),
      raw: body.length,
      gzip: gzipSync(body, { level: 6 }).length,
      brotli: brotliCompressSync(body).length,
    });
  }
  return transfers;
}

export function total(transfers: Transfer[], field: "raw" | "gzip" | "brotli", kinds?: Transfer["kind"][]): number {
  return transfers.filter((t) => !kinds || kinds.includes(t.kind)).reduce((sum, t) => sum + t[field], 0);
}
