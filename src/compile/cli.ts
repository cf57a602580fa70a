// `npm run compile`: seeds/ -> data/. Exits non-zero, writing nothing, on any problem.
// Options: --root <dir> (where seeds/ is; default: cwd), --out <dir> (default: <root>/data).
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { formatReport } from "./buildReport.ts";
import { compile } from "./compile.ts";
import { recoverFolder } from "./atomicSwap.ts";
import { CompileFailure } from "../io/CompileError.ts";
import { writeOutputs } from "./writeOutputs.ts";

const started = performance.now();
let out = resolve("data");
try {
  const { values } = parseArgs({ options: { root: { type: "string" }, out: { type: "string" } } });
  const root = resolve(values.root ?? ".");
  out = resolve(values.out ?? `${root}/data`);
  // First undo what a killed run left, so even a failing run leaves a whole data/ behind.
  for (const line of await recoverFolder(out)) console.error(line);
  const result = await compile(root);
  await writeOutputs(out, result.files);
  console.log(formatReport(result.report, performance.now() - started));
} catch (error) {
  // Users get one message, never a stack trace; QUIET_EXIT_DEBUG=1 shows it for a bug report.
  const message = error instanceof CompileFailure ? error.message : `unexpected error: ${(error as Error).message}`;
  console.error(`compile failed; ${out} was left as it was.\n${message}`);
  if (process.env.QUIET_EXIT_DEBUG && !(error instanceof CompileFailure)) console.error(error);
  process.exitCode = 1;
}
