// `npm run compile`: seeds/ -> data/. Exits non-zero, writing nothing, on any problem.
// Options: --root <dir> (where seeds/ is; default: cwd), --out <dir> (default: <root>/data).
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { formatReport } from "./buildReport.ts";
import { compile } from "./compile.ts";
import { CompileFailure } from "./CompileError.ts";
import { writeOutputs } from "./writeOutputs.ts";

const { values } = parseArgs({ options: { root: { type: "string" }, out: { type: "string" } } });
const root = resolve(values.root ?? ".");
const out = resolve(values.out ?? `${root}/data`);

const started = performance.now();
try {
  const result = await compile(root);
  await writeOutputs(out, result.files);
  console.log(formatReport(result.report, performance.now() - started));
} catch (error) {
  if (!(error instanceof CompileFailure)) throw error;
  console.error(`compile failed; ${out} was left as it was.\n${error.message}`);
  process.exitCode = 1;
}
