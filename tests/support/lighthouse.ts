import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium.ts";

export type FormFactor = "mobile" | "desktop";

export interface LighthouseResult {
  url: string;
  formFactor: FormFactor;
  scores: { performance: number; accessibility: number; "best-practices": number; seo: number };
  lcpMs: number;
  cls: number;
  tbtMs: number;
  /** Audits that scored below 1 in the categories that must reach 100, to say why. */
  failing: string[];
}

/**
 * Runs Lighthouse 13 in Debian's Chromium (kept off the network) on each URL, with its
 * default mobile settings or its desktop preset.
 */
export async function runLighthouse(urls: string[], formFactor: FormFactor): Promise<LighthouseResult[]> {
  const chrome = await launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: [...CHROMIUM_ARGS, "--headless=new", "--no-sandbox"],
  });
  const results: LighthouseResult[] = [];
  try {
    for (const url of urls) {
      const runner = await lighthouse(
        url,
        { port: chrome.port, output: "json", logLevel: "error" },
        formFactor === "desktop" ? desktopConfig : undefined,
      );
      const lhr = runner!.lhr;
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
      const failing = ["accessibility", "best-practices", "seo"].flatMap((category) =>
        (lhr.categories[category]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${category}/${ref.id}`),
      );
      results.push({
        url,
        formFactor,
        scores: {
          performance: score("performance"),
          accessibility: score("accessibility"),
          "best-practices": score("best-practices"),
          seo: score("seo"),
        },
        lcpMs: numeric("largest-contentful-paint"),
        cls: numeric("cumulative-layout-shift"),
        tbtMs: numeric("total-blocking-time"),
        failing,
      });
    }
  } finally {
    chrome.kill();
  }
  return results;
}
