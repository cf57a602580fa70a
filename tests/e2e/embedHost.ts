// A host page on another origin (a second loopback port), as an editor's CMS would serve it.
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startStaticServer, type StaticServer } from "../../scripts/staticServer.ts";

/** Serves a page that holds `snippet` between two paragraphs, and records the messages it receives. */
export async function startHost(snippet: string): Promise<StaticServer> {
  const dir = await mkdtemp(join(tmpdir(), "quiet-exit-host-"));
  await writeFile(
    join(dir, "index.html"),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A host article</title><link rel="icon" href="data:,">
<style>body{margin:0;font:16px sans-serif}p{margin:0;padding:8px}</style></head><body>
<p>An editor's article, before the chart.</p>
${snippet}
<p>After the chart.</p>
<script>window.__messages=[];addEventListener("message",function(e){window.__messages.push(e.data)});</script>
</body></html>`,
  );
  return startStaticServer(dir);
}
