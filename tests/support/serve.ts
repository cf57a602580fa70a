// A plain static file server for dist/, for the browser tests (not Astro's preview, which
// allows one instance per machine). Usage: node tests/support/serve.ts --port 4329 [--base /news/]
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import sirv from "sirv";

const { values } = parseArgs({ options: { port: { type: "string", default: "4329" }, base: { type: "string", default: "/" }, dir: { type: "string" } } });
const dir = values.dir ?? fileURLToPath(new URL("../../dist", import.meta.url));
const base = values.base.endsWith("/") ? values.base : `${values.base}/`;
const files = sirv(dir, { dev: false, etag: true });

createServer((req, res) => {
  const url = req.url ?? "/";
  if (!url.startsWith(base)) {
    res.writeHead(404).end("Not found");
    return;
  }
  req.url = `/${url.slice(base.length)}`;
  files(req, res, () => {
    res.writeHead(404, { "content-type": "text/plain" }).end("Not found");
  });
}).listen(Number(values.port), "127.0.0.1", () => console.log(`serving ${dir} at http://127.0.0.1:${values.port}${base}`));
