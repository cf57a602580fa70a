// `npm run bench:scale`: does the site's cost grow with what the reader sees, or with the size
// of the claims ledger? Builds two throwaway copies of the project, one as it is and one with
// every claim copied ten times under new ids (the story's steps unchanged), and prints each
// one's compile and build times and the bytes of every page. Figures only; nothing asserted.
import { spawnSync } from "node:child_process";
import { readdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { makeProjectCopy, runBuild } from "../support/projectCopy.ts";
import { multiplyClaims } from "./multiplyClaims.ts";

const FACTOR = 10;
const kb = (bytes: number | undefined) => (bytes === undefined ? "-" : (bytes / 1024).toFixed(1));

interface Run {
  claims: number;
  compileMs: number;
  buildMs: number;
  pages: Map<string, { raw: number; gzip: number }>;
}

async function measure(factor: number): Promise<Run> {
  const root = await makeProjectCopy();
  try {
    const { after } = await multiplyClaims(root, factor);
    const started = performance.now();
    const compile = spawnSync(process.execPath, ["src/compile/cli.ts"], { cwd: root, encoding: "utf8" });
    const compileMs = performance.now() - started;
    if (compile.status !== 0)
      throw new Error(`compile of the ×${factor} copy failed:\n${compile.stdout}${compile.stderr}`);
    const build = runBuild(root);
    if (build.code !== 0) throw new Error(`build of the ×${factor} copy failed:\n${build.output}`);
    const dist = join(root, "dist");
    const pages = new Map<string, { raw: number; gzip: number }>();
    for (const file of (await readdir(dist, { recursive: true }))
      // Every page, and the story's chart states, which the story fetches at load.
      .filter((f) => f.endsWith(".html") || /^scenes\/\d+\.json$/.test(f))
      .sort()) {
      const body = await readFile(join(dist, file));
      pages.set(`/${file.replace(/index\.html$/, "")}`, { raw: body.length, gzip: gzipSync(body).length });
    }
    return { claims: after, compileMs, buildMs: build.ms, pages };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

const base = await measure(1);
const scaled = await measure(FACTOR);
console.log(`claims: ${base.claims} → ${scaled.claims} (×${FACTOR}); the story's steps unchanged\n`);
console.log(
  `compile (whole process, Node start-up included): ${base.compileMs.toFixed(0)} ms → ${scaled.compileMs.toFixed(0)} ms`,
);
console.log(
  `build (scripts/build.ts: astro build and post-build steps): ${(base.buildMs / 1000).toFixed(1)} s → ${(scaled.buildMs / 1000).toFixed(1)} s\n`,
);
console.log("page".padEnd(44) + `×1 raw / gzip KB`.padEnd(20) + `×${FACTOR} raw / gzip KB`.padEnd(20) + "growth (raw)");
const all = [...new Set([...base.pages.keys(), ...scaled.pages.keys()])].sort();
const sum = (run: Run, key: "raw" | "gzip") => [...run.pages.values()].reduce((s, p) => s + p[key], 0);
for (const page of all) {
  const a = base.pages.get(page);
  const b = scaled.pages.get(page);
  const growth = a && b ? `${(b.raw / a.raw).toFixed(2)}×` : a ? "gone" : "new";
  console.log(
    page.padEnd(44) +
      `${kb(a?.raw)} / ${kb(a?.gzip)}`.padEnd(20) +
      `${kb(b?.raw)} / ${kb(b?.gzip)}`.padEnd(20) +
      growth,
  );
}
console.log(
  `\n${all.length} pages; all pages: ${kb(sum(base, "raw"))} KB → ${kb(sum(scaled, "raw"))} KB raw, ${kb(sum(base, "gzip"))} KB → ${kb(sum(scaled, "gzip"))} KB gzip`,
);
const story = { a: base.pages.get("/")!, b: scaled.pages.get("/")! };
console.log(
  `story HTML (/): ${kb(story.a.raw)} KB → ${kb(story.b.raw)} KB raw, growth ${(story.b.raw / story.a.raw).toFixed(2)}×; gzip ${kb(story.a.gzip)} KB → ${kb(story.b.gzip)} KB, growth ${(story.b.gzip / story.a.gzip).toFixed(2)}×`,
);
