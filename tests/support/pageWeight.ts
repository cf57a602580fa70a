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
  const pending: Promise<Transfer | null>[] = [];
  page.on("response", (response) => {
    pending.push(
      response
        .body()
        .then((body) => ({
          url: response.url(),
          kind: kindOf(response.url(), response.headers()["content-type"] ?? ""),
          raw: body.length,
          gzip: gzipSync(body, { level: 6 }).length,
          brotli: brotliCompressSync(body).length,
        }))
        .catch(() => null),
    );
  });
  await page.goto(url, { waitUntil: "networkidle" });
  return (await Promise.all(pending)).filter((t): t is Transfer => t !== null);
}

export function total(transfers: Transfer[], field: "raw" | "gzip" | "brotli", kinds?: Transfer["kind"][]): number {
  return transfers.filter((t) => !kinds || kinds.includes(t.kind)).reduce((sum, t) => sum + t[field], 0);
}
