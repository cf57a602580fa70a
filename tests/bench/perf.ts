// `npm run bench:perf`: the story page's performance figures (issue 14, items 1-4), and, where
// ../shared/anchors/pudding-demo/ exists, the same figures for The Pudding's scrolly demo, the
// reference newsroom developers start from, side by side with ratios. Both are served by the
// same static server with gzip on (each from its own precompressed .gz files, level 9).
// Prints figures and writes test-results/perf-report.json; nothing here is asserted.
import { existsSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright";
import { startStaticServer } from "../../scripts/staticServer.ts";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../support/chromium.ts";
import { runLighthouse } from "../support/lighthouse.ts";
import { measureFirstLoad, total } from "../support/pageWeight.ts";
import { measureScroll } from "../support/scrollSmoothness.ts";
import { precompressedCopy } from "./precompressedCopy.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const reference = join(root, "../shared/anchors/pudding-demo");
const LIGHTHOUSE_RUNS = 3;
const CPU_SLOWDOWN = 4;
const VIEWPORTS = [
  { width: 375, height: 812 },
  { width: 1280, height: 800 },
];

const sites = [{ name: "Quiet Exit /", dir: join(root, "dist"), path: "" }];
if (existsSync(join(reference, "demo/index.html")))
  sites.push({ name: "Pudding demo /demo/", dir: await precompressedCopy(reference), path: "demo/" });
else console.log(`(no reference at ${reference}: Quiet Exit's figures only)`);

const servers = await Promise.all(sites.map((s) => startStaticServer(s.dir, { encodings: ["gzip"] })));
const urls = sites.map((s, i) => `${servers[i]!.url}${s.path}`);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const rows: { label: string; values: number[]; format: (v: number) => string }[] = [];

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const bytes = [];
  for (const url of urls) {
    const page = await browser.newPage();
    // Only the site's own files: the reference's web fonts and analytics fail offline.
    const transfers = (await measureFirstLoad(page, url)).filter((t) => t.url.startsWith(new URL(url).origin));
    const elements = await page.evaluate(() => document.getElementsByTagName("*").length);
    await page.close();
    bytes.push({ js: total(transfers, "gzip", ["js"]), html: total(transfers, "gzip", ["html"]), elements });
  }
  const kb = (v: number) => `${(v / 1024).toFixed(1)} KB`;
  rows.push({ label: "JS, gzip", values: bytes.map((b) => b.js), format: kb });
  rows.push({ label: "HTML, gzip", values: bytes.map((b) => b.html), format: kb });
  rows.push({ label: "DOM elements", values: bytes.map((b) => b.elements), format: (v) => v.toLocaleString("en") });

  // Runs interleaved (story, reference, story, …) so that a busy moment on the machine hits both.
  const lighthouse: { perf: number[]; lcp: number[] }[] = urls.map(() => ({ perf: [], lcp: [] }));
  for (let run = 0; run < LIGHTHOUSE_RUNS; run++) {
    const results = await runLighthouse(urls, "mobile");
    results.forEach((r, i) => {
      lighthouse[i]!.perf.push(r.scores.performance);
      lighthouse[i]!.lcp.push(r.lcpMs);
    });
  }
  rows.push({
    label: `Lighthouse mobile perf (median of ${LIGHTHOUSE_RUNS})`,
    values: lighthouse.map((l) => median(l.perf)),
    format: String,
  });
  rows.push({
    label: `Lighthouse mobile LCP (median of ${LIGHTHOUSE_RUNS})`,
    values: lighthouse.map((l) => median(l.lcp)),
    format: (v) => `${(v / 1000).toFixed(2)} s`,
  });

  for (const viewport of VIEWPORTS) {
    const runs = [];
    for (const url of urls) runs.push(await measureScroll(browser, url, viewport, CPU_SLOWDOWN));
    const label = `wheel scroll, ${CPU_SLOWDOWN}× CPU slowdown, ${viewport.width} px`;
    rows.push({ label: `${label}: long tasks`, values: runs.map((r) => r.scrollLongTasks.length), format: String });
    rows.push({
      label: `${label}: longest task`,
      values: runs.map((r) => Math.max(0, ...r.scrollLongTasks)),
      format: (v) => `${v.toFixed(0)} ms`,
    });
    rows.push({
      label: `${label}: frames over 17.5 ms`,
      values: runs.map((r) => r.frames.over17_5 * 100),
      format: (v) => `${v.toFixed(1)}%`,
    });
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((s) => s.close()));
  // The reference's precompressed copy is a temporary folder; dist/ stays.
  await Promise.all(sites.slice(1).map((s) => rm(s.dir, { recursive: true, force: true })));
}

const ratio = (v: number[]) =>
  v.length < 2 ? "" : v[1] === 0 ? (v[0] === 0 ? "1.00" : "–") : (v[0]! / v[1]!).toFixed(2);
console.log(`\n| | ${sites.map((s) => s.name).join(" | ")} |${sites.length > 1 ? " ratio |" : ""}`);
console.log(`|---|${sites.map(() => "---|").join("")}${sites.length > 1 ? "---|" : ""}`);
for (const row of rows)
  console.log(
    `| ${row.label} | ${row.values.map(row.format).join(" | ")} |${sites.length > 1 ? ` ${ratio(row.values)} |` : ""}`,
  );
await mkdir(join(root, "test-results"), { recursive: true });
await writeFile(
  join(root, "test-results/perf-report.json"),
  JSON.stringify(
    { sites: sites.map((s) => s.name), rows: rows.map(({ label, values }) => ({ label, values })) },
    null,
    2,
  ) + "\n",
);
