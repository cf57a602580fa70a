// `npm run csp`: prints the Content-Security-Policy the pages carry, and with --write puts its
// inline-style hash into public/_headers and the README's nginx and Apache blocks. The hash
// changes whenever src/styles/critical.css does; tests/unit/serverPolicies.test.ts says when
// those copies have fallen behind.
import { readFile, writeFile } from "node:fs/promises";
import { CONTENT_SECURITY_POLICY } from "../src/lib/contentSecurityPolicy.ts";
import { criticalCss } from "../src/build/criticalCss.ts";

/** The files that spell the policy out for hosts, which cannot import it. */
export const POLICY_COPIES = ["public/_headers", "README.md"];

/** `text` with every style-src of a policy set to the pages' own. */
export function withCurrentStyleSource(text: string): string {
  return text.replace(/style-src 'self'(?: 'sha256-[A-Za-z0-9+/=]+')?/g, `style-src 'self' ${criticalCss().source}`);
}

if (import.meta.main) {
  if (process.argv.includes("--write")) {
    for (const file of POLICY_COPIES) {
      const text = await readFile(file, "utf8");
      const updated = withCurrentStyleSource(text);
      await writeFile(file, updated);
      console.log(`${file}: ${updated === text ? "already current" : "updated"}`);
    }
  }
  console.log(`pages:  ${CONTENT_SECURITY_POLICY}; frame-ancestors 'self'`);
  console.log(`embeds: ${CONTENT_SECURITY_POLICY}; frame-ancestors *`);
}
