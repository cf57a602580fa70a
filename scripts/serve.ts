// `npm run preview` (and so `npm start`): serves dist/ on http://127.0.0.1:4321 as a newsroom's
// static host would, sending the build's precompressed .br/.gz files to browsers that take them.
// Astro's own preview sends every file uncompressed, which costs a phone about a second of LCP.
// Usage: node scripts/serve.ts [--port 4321] [--dir dist] [--base /news/2022/quiet-exit/]
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { startStaticServer } from "./staticServer.ts";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "4321" },
    base: { type: "string", default: "/" },
    dir: { type: "string", default: "dist" },
  },
});
const dir = resolve(values.dir);
if (!existsSync(`${dir}/index.html`)) {
  console.error(
    `${values.dir}/index.html does not exist: run \`npm run build\` first (or \`npm start\`, which builds).`,
  );
  process.exit(1);
}
const server = await startStaticServer(dir, { port: Number(values.port), base: values.base });
console.log(`serving ${values.dir}/ at ${server.url} (Ctrl-C stops)`);
