// The hosts' copies of the pages' Content-Security-Policy (public/_headers, the README's nginx
// and Apache blocks) must be the policy the pages carry: a stale inline-style hash there would
// make every host that sends the header refuse the first screen's CSS.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CONTENT_SECURITY_POLICY } from "../../src/lib/contentSecurityPolicy.ts";
import { criticalCss } from "../../src/build/criticalCss.ts";
import { POLICY_COPIES } from "../../scripts/csp.ts";

const HOW = "run `npm run csp -- --write` after editing src/styles/critical.css";

/** Every Content-Security-Policy value written in `text`, as a _headers line or a server directive. */
function policiesIn(text: string): string[] {
  return [...text.matchAll(/Content-Security-Policy:? "?(default-src[^"\n]*)"?/g)].map((m) => m[1]!.trim());
}

describe("the hosts' copies of the policy", () => {
  for (const file of POLICY_COPIES) {
    it(`${file} gives the pages' policy, inline-style hash included`, () => {
      const policies = policiesIn(readFileSync(file, "utf8"));
      expect(policies.length, `${file}: no policy found`).toBeGreaterThanOrEqual(2);
      for (const policy of policies) {
        const framing = /; frame-ancestors (?:'self'|\*)$/.exec(policy)?.[0];
        expect(framing, `${file}: a policy without frame-ancestors: ${policy}`).toBeDefined();
        expect(policy.slice(0, -framing!.length), `${file} is behind: ${HOW}`).toBe(CONTENT_SECURITY_POLICY);
      }
    });
  }

  it("allows exactly the inline style the pages carry", () => {
    const { css, source } = criticalCss();
    expect(css.length).toBeGreaterThan(1000);
    expect(CONTENT_SECURITY_POLICY).toContain(`style-src 'self' ${source}`);
    expect(CONTENT_SECURITY_POLICY).not.toContain("unsafe-inline");
  });
});
