import { readFile, writeFile } from "node:fs/promises";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import type { AstroIntegration } from "astro";
import { builtFiles, postBuildStep } from "./postBuildStep.ts";

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** The kinds of file a server sends compressed; images and fonts are compressed already. */
export const TEXT_FILE = /\.(html|css|js|json|svg|csv|txt|xml)$/;

/**
 * Brotli's top quality (11) takes about 1.5 ms a kilobyte here; quality 10 makes files about 2%
 * bigger in a third of the time. Pages and scripts (what a reader waits for) get 11; bigger
 * files (the data downloads, and pages once the ledger grows) get 10, so a tenfold ledger
 * compresses in seconds rather than a quarter of a minute (`npm run bench:scale`).
 */
const TOP_QUALITY_UP_TO = 160 * 1024;

/** Writes `file.br` (brotli, quality 11 or 10 by size) and `file.gz` (gzip, level 9) beside one file. */
export async function precompressFile(file: string): Promise<void> {
  const body = await readFile(file);
  const quality = body.length <= TOP_QUALITY_UP_TO ? 11 : 9;
  const [br, gz] = await Promise.all([
    brotli(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }),
    gzipAsync(body, { level: 9 }),
  ]);
  await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gz)]);
}

/**
 * Compressing at the highest levels is too slow to do per request, so the build does it once:
 * nginx's gzip_static/brotli_static, Caddy's precompressed and sirv (npm start) then send these
 * files as they are. Registered last in astro.config.mjs, so it compresses the final pages
 * (after relativeAssetUrls rewrites them), in the folder being built (scripts/build.ts's temp).
 */
export function precompress(): AstroIntegration {
  return postBuildStep("precompress", async (root) => {
    const files = await builtFiles(root, TEXT_FILE);
    // A few at a time: brotli 11 is CPU-bound and the machine may be shared.
    for (let i = 0; i < files.length; i += 8) await Promise.all(files.slice(i, i + 8).map(precompressFile));
    return `wrote .br and .gz beside ${files.length} text files`;
  });
}
