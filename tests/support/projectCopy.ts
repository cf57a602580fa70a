// A throwaway copy of the whole project (node_modules linked, not copied), for tests and
// `npm run faults` that break a page or build on purpose without touching the real one.
import { spawnSync } from "node:child_process";
import { cp, mkdtemp, readFile, readdir, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { projectRoot } from "./fixture.ts";

const PARTS = ["astro.config.mjs", "package.json", "tsconfig.json", "src", "public", "data", "seeds", "scripts"];

export async function makeProjectCopy(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "quiet-exit-project-"));
  for (const part of PARTS) await cp(join(projectRoot, part), join(root, part), { recursive: true });
  await symlink(join(projectRoot, "node_modules"), join(root, "node_modules"), "dir");
  return root;
}

export interface BuildRun {
  code: number | null;
  output: string;
  ms: number;
}

/** Runs `npm run build`'s build half (scripts/build.ts) in `root`, with or without SITE_URL;
 * `extra` adds variables (QUIET_EXIT_LOCALE). */
export function runBuild(root: string, siteUrl?: string, extra: NodeJS.ProcessEnv = {}): BuildRun {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", FORCE_COLOR: "0", ...extra };
  delete env.SITE_URL;
  if (siteUrl) env.SITE_URL = siteUrl;
  const started = performance.now();
  const run = spawnSync(process.execPath, [join(root, "scripts/build.ts")], { cwd: root, env, encoding: "utf8" });
  return { code: run.status, output: run.stdout + run.stderr, ms: performance.now() - started };
}

// Namespace and vocabulary identifiers, not addresses a reader's browser fetches.
const NOT_ADDRESSES = /^(http:\/\/www\.w3\.org\/|https:\/\/schema\.org$)/;

/** Every absolute URL in the built HTML pages under `dist`, apart from namespace identifiers. */
export async function absoluteUrls(dist: string): Promise<string[]> {
  const pages = (await readdir(dist, { recursive: true })).filter((f) => f.endsWith(".html"));
  const found = new Set<string>();
  for (const page of pages) {
    const html = await readFile(join(dist, page), "utf8");
    for (const [url] of html.matchAll(/https?:\/\/[^\s"'<>&]+/g)) if (!NOT_ADDRESSES.test(url)) found.add(url);
  }
  return [...found].sort();
}
