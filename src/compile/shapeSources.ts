import type { CompiledClaim, CompiledSeed, Report } from "../schema/index.ts";
import type { Inputs } from "./readInputs.ts";
import type { SeedSpans } from "./resolveSeedSpans.ts";

export interface SourcesData {
  reports: Report[];
  seeds: CompiledSeed[];
}

/** The five articles' metadata with located spans, and the claims each one supports. */
export function shapeSources(inputs: Inputs, spans: Map<string, SeedSpans>, claims: CompiledClaim[]): SourcesData {
  const seeds = [...inputs.seeds.values()]
    .map(({ meta }) => {
      const located = spans.get(meta.id);
      return {
        id: meta.id,
        file: meta.file,
        sha256: meta.sha256,
        headline: meta.headline ?? null,
        outlet: { name: meta.outlet.name, basis: meta.outlet.basis, credit: meta.outlet.credit ?? meta.outlet.name },
        language: meta.language,
        published: meta.published,
        relays: located?.relays ?? [],
        notes: located?.notes ?? [],
        ignore: located?.ignore ?? [],
        leftOut: located?.leftOut ?? [],
        claims: claims.filter((c) => c.corroboration.seeds.includes(meta.id)).map((c) => c.id),
      };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
  return { reports: inputs.reports, seeds };
}
