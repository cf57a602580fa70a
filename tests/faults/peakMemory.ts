// Loaded with `node --import` by `npm run faults`: writes the process's peak resident memory
// (kilobytes) to QUIET_EXIT_PEAK_FILE as it exits, so the parent can report it.
import { writeFileSync } from "node:fs";

process.on("exit", () => {
  const file = process.env.QUIET_EXIT_PEAK_FILE;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS));
});
