// Usage: npm run export:single  (builds, then writes export/quiet-exit.html)
import { join } from "node:path";
import { exportSingle } from "./exportSingle.ts";

const root = process.cwd();
const out = join(root, "export/quiet-exit.html");
const { bytes } = await exportSingle(join(root, "dist"), out, process.env.SITE_URL ?? "https://quiet-exit.example/");
console.log(`wrote ${out}: ${(bytes / 1024).toFixed(0)} KB, one file, no external requests`);
