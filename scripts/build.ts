// `npm run build`, after the compile step: builds the site into dist.tmp-<pid>/ beside dist/
// and swaps it in only when Astro succeeds, so a failed build keeps the last good site.
import { spawnSync } from "node:child_process";
import { rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import { recoverFolder, swapFolder, tempFolderFor } from "../src/compile/atomicSwap.ts";

const dist = resolve("dist");
for (const line of await recoverFolder(dist)) console.error(line);
const temp = tempFolderFor(dist);
await rm(temp, { recursive: true, force: true });

// Astro's integrations (src/build/) receive the folder it builds into, so they work on temp.
const astro = join(import.meta.dirname, "../node_modules/.bin/astro");
const run = spawnSync(astro, ["build", "--outDir", temp], {
  stdio: "inherit",
  env: { ASTRO_TELEMETRY_DISABLED: "1", ...process.env },
});

if (run.status !== 0) {
  await rm(temp, { recursive: true, force: true });
  console.error(`\nbuild failed; dist/ was left as it was (the last good build).`);
  process.exit(run.status ?? 1);
}
await swapFolder(temp, dist);
console.log("dist/ now holds the new build.");
