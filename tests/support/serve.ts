// Serves dist/ for the browser tests (Astro's preview allows one instance per machine).
// Usage: node tests/support/serve.ts --port 4329 [--base /news/2022/quiet-exit/] [--dir dist]
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { startStaticServer } from "../../scripts/staticServer.ts";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "4329" },
    base: { type: "string", default: "/" },
    dir: { type: "string" },
  },
});
const dir = values.dir ?? fileURLToPath(new URL("../../dist", import.meta.url));
const server = await startStaticServer(dir, { port: Number(values.port), base: values.base });
console.log(`serving ${dir} at ${server.url}`);
