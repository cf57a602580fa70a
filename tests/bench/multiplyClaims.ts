// For `npm run bench:scale`: makes a project's claims `factor` times as many, as a newsroom's
// growing ledger would, while the story (src/content/story.yaml) stays as it is.
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parse, stringify } from "yaml";

type Claim = { id: string } & Record<string, unknown>;

/** References to the claim `id` inside text: {value:id/value-id}, {date:id}, {period:id/…}. */
function referencePattern(id: string): RegExp {
  return new RegExp(`(\\{[a-z]+:)${id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?=[/}])`, "g");
}

/**
 * A copy of the claim under a new id. References to the claim itself (its statement's
 * {value:id/…}) follow it; references to other claims keep pointing at the originals.
 */
function copyClaim(claim: Claim, n: number): Claim {
  const id = `${claim.id}-copy-${n}`;
  const copy = JSON.parse(JSON.stringify(claim).replace(referencePattern(claim.id), `$1${id}`)) as Claim;
  return { ...copy, id };
}

/**
 * Rewrites every seeds/claims/*.yaml under `root` with each claim followed by factor - 1 copies.
 * The story's steps stay as they are; the copies are listed under the story's `background`,
 * which the compile asks of every claim the story does not cite.
 */
export async function multiplyClaims(root: string, factor: number): Promise<{ before: number; after: number }> {
  const dir = join(root, "seeds/claims");
  const copies: string[] = [];
  let before = 0;
  let after = 0;
  for (const name of (await readdir(dir)).filter((f) => f.endsWith(".yaml"))) {
    const claims = parse(await readFile(join(dir, name), "utf8")) as Claim[];
    const grown = claims.flatMap((claim) => [
      claim,
      ...Array.from({ length: factor - 1 }, (_, i) => copyClaim(claim, i + 2)),
    ]);
    copies.push(...grown.filter((c) => !claims.includes(c)).map((c) => c.id));
    before += claims.length;
    after += grown.length;
    await writeFile(join(dir, name), stringify(grown, { lineWidth: 0 }));
  }
  const story = join(root, "src/content/story.yaml");
  const background = copies
    .map((id) => `  - { claim: ${id}, reason: "A copy made by npm run bench:scale." }`)
    .join("\n");
  if (copies.length) await writeFile(story, `${await readFile(story, "utf8")}\nbackground:\n${background}\n`);
  return { before, after };
}
