import { buildFiles, type Shaped } from "./buildFiles.ts";
import { buildReport } from "./buildReport.ts";
import { checkChartBases } from "./checkChartBases.ts";
import { checkContentText } from "./checkContentText.ts";
import { checkReferences } from "./checkReferences.ts";
import { checkStory } from "./checkStory.ts";
import { CompileError, CompileFailure } from "../io/CompileError.ts";
import { coverage } from "./coverage.ts";
import { readInputs } from "./readInputs.ts";
import { resolveSeedSpans } from "./resolveSeedSpans.ts";
import { shapeArticles } from "./shapeArticles.ts";
import { shapeCharts } from "./shapeCharts.ts";
import { shapeClaims } from "./shapeClaims.ts";
import { shapeSources } from "./shapeSources.ts";
import { untypedCharts } from "../charts/registry.ts";
import { verifyClaims } from "./verifyClaims.ts";

export interface CompileResult extends Shaped {
  /** Output files keyed by path under data/. */
  files: Map<string, string>;
}

/**
 * Reads seeds/ under `root`, verifies every quote and reference, and returns the files for
 * data/ without writing them. Throws a CompileFailure that lists every problem found.
 */
export async function compile(root: string): Promise<CompileResult> {
  const errors: CompileError[] = [];
  const inputs = await readInputs(root, errors);
  if (!inputs) throw new CompileFailure(errors);

  checkReferences(inputs, errors);
  const spans = resolveSeedSpans(inputs, errors);
  const verified = verifyClaims(inputs, spans, errors);
  checkContentText(inputs, errors);
  const mentions = coverage(inputs, verified, spans, errors);
  if (errors.length > 0) throw new CompileFailure(errors);

  const claims = shapeClaims(inputs, verified, spans);
  const order = inputs.claims.map(({ claim }) => claim.id);
  const charts = shapeCharts(inputs.charts, claims, order);
  checkChartBases(charts, errors);
  if (errors.length > 0) throw new CompileFailure(errors);
  const sources = shapeSources(inputs, spans, claims);
  const shaped: Shaped = {
    claims,
    sources,
    articles: shapeArticles(inputs.seeds, sources.seeds, claims),
    charts,
    report: buildReport(
      claims,
      mentions,
      inputs.seeds.size,
      untypedCharts.flatMap((chart) => chart.namings?.(charts[chart.id as keyof typeof charts]) ?? []),
    ),
    mentions,
  };
  checkStory(root, shaped, errors);
  if (errors.length > 0) throw new CompileFailure(errors);
  return { ...shaped, files: buildFiles(shaped) };
}
