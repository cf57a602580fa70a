import { createHash } from "node:crypto";
import { readdir } from "node:fs/promises";
import {
  actor,
  chartSpec,
  claim,
  exclusion,
  report,
  seed,
  type Actor,
  type ChartSpec,
  type Claim,
  type Exclusion,
  type Report,
  type Seed,
} from "../schema/index.ts";
import type { z } from "zod";
import { CompileError, type ErrorLocation } from "../io/CompileError.ts";
import { parseList, readYaml } from "./loadYaml.ts";
import { normalize, type NormalizedText } from "./normalize.ts";
import { decodeText, MAX_SEED_BYTES, NOT_FOUND, readLimited } from "../io/safeRead.ts";

export const SOURCES_FILE = "seeds/sources.yaml";
export const ACTORS_FILE = "seeds/actors.yaml";
export const CHARTS_FILE = "seeds/charts.yaml";
export const EXCLUSIONS_FILE = "seeds/exclusions.yaml";
export const CLAIMS_DIR = "seeds/claims";

/** A seed's metadata with its verbatim text, or null text when the file is missing. */
export interface LoadedSeed {
  meta: Seed;
  path: string;
  text: string | null;
  normalized: NormalizedText | null;
}

export interface LocatedClaim {
  claim: Claim;
  file: string;
}

export interface Inputs {
  reports: Report[];
  /** Seed metadata in file order, duplicates included, for the uniqueness check. */
  seedList: Seed[];
  seeds: Map<string, LoadedSeed>;
  actors: Actor[];
  charts: ChartSpec[];
  exclusions: Exclusion[];
  claims: LocatedClaim[];
}

/** Reads a YAML file, turning a read or syntax error into an entry in `errors`. */
async function tryReadYaml(root: string, file: string, errors: CompileError[]): Promise<unknown> {
  try {
    return await readYaml(root, file);
  } catch (error) {
    if (error instanceof CompileError) errors.push(error);
    else throw error;
    return undefined;
  }
}

/**
 * A seed's verbatim text. A missing file is reported and its claims are still checked (each
 * names the missing file); a file over the size limit, no longer matching its recorded hash,
 * or not UTF-8 text returns "stop": nothing is verified against it.
 */
async function loadSeedText(root: string, meta: Seed, errors: CompileError[]): Promise<LoadedSeed | "stop"> {
  const path = `seeds/${meta.file}`;
  const where = { file: SOURCES_FILE, kind: "seed" as const, id: meta.id };
  let bytes: Uint8Array;
  try {
    bytes = await readLimited(`${root}/${path}`, path, MAX_SEED_BYTES);
  } catch (error) {
    if (!(error instanceof CompileError)) throw error;
    if (error.message !== NOT_FOUND) {
      errors.push(error);
      return "stop";
    }
    errors.push(new CompileError({ ...where, field: "file" }, `${path} is missing`));
    return { meta, path, text: null, normalized: null };
  }
  const actual = createHash("sha256").update(bytes).digest("hex");
  if (actual !== meta.sha256) {
    errors.push(
      new CompileError(
        { ...where, field: "sha256" },
        `${path} is no longer the recorded verbatim text (its sha256 is now ${actual}), so no quote was checked against it. ` +
          "Seeds are kept verbatim; restore the file, or record the new hash if the change is deliberate.",
      ),
    );
    return "stop";
  }
  try {
    const text = decodeText(bytes, path);
    return { meta, path, text, normalized: normalize(text) };
  } catch (error) {
    if (!(error instanceof CompileError)) throw error;
    errors.push(error);
    return "stop";
  }
}

/**
 * Reads and validates every input under `root/seeds`, adding each problem to `errors`.
 * Returns null when the inputs are too broken to check further (bad YAML or schema).
 */
export async function readInputs(root: string, errors: CompileError[]): Promise<Inputs | null> {
  const before = errors.length;
  const sourcesRaw = (await tryReadYaml(root, SOURCES_FILE, errors)) as
    { reports?: unknown; seeds?: unknown } | undefined;
  // A file that could not be read is already reported; its items are not checked as well.
  const listOf = <T extends z.ZodType>(
    file: string,
    raw: unknown,
    schema: T,
    kind: ErrorLocation["kind"],
    read = raw !== undefined,
  ) => (read ? parseList(file, raw, schema, errors, kind) : []);
  const reports = listOf(SOURCES_FILE, sourcesRaw?.reports, report, "report", sourcesRaw !== undefined);
  const seedMetas = listOf(SOURCES_FILE, sourcesRaw?.seeds, seed, "seed", sourcesRaw !== undefined);
  const actors = listOf(ACTORS_FILE, await tryReadYaml(root, ACTORS_FILE, errors), actor, "actor");
  const charts = listOf(CHARTS_FILE, await tryReadYaml(root, CHARTS_FILE, errors), chartSpec, "chart");
  const exclusionsRaw = (await tryReadYaml(root, EXCLUSIONS_FILE, errors)) ?? [];
  const exclusions = parseList(EXCLUSIONS_FILE, exclusionsRaw, exclusion, errors, "exclusion");

  const claimFiles = (await readdir(`${root}/${CLAIMS_DIR}`)).filter((f) => f.endsWith(".yaml")).sort();
  const claims: LocatedClaim[] = [];
  for (const name of claimFiles) {
    const file = `${CLAIMS_DIR}/${name}`;
    const raw = await tryReadYaml(root, file, errors);
    if (raw === undefined) continue;
    for (const parsed of parseList(file, raw, claim, errors)) claims.push({ claim: parsed, file });
  }

  if (errors.length > before) return null;

  // A missing seed is reported, but its claims are still checked so every broken quote is
  // listed in the same run. A changed or unreadable one stops the run at the first such seed.
  const seeds = new Map<string, LoadedSeed>();
  for (const meta of seedMetas) {
    const loaded = await loadSeedText(root, meta, errors);
    if (loaded === "stop") return null;
    seeds.set(meta.id, loaded);
  }
  return { reports, seedList: seedMetas, seeds, actors, charts, exclusions, claims };
}
