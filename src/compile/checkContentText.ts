import { parseText } from "../story/parseText.ts";
import { checkProse, evidenceOf, type Evidence, type ProseContext } from "../truth/checkProse.ts";
import { CompileError, type ErrorLocation } from "../io/CompileError.ts";
import { wordsMissing } from "./labelWording.ts";
import { CHARTS_FILE, SOURCES_FILE, type Inputs } from "./readInputs.ts";

type Check = (location: ErrorLocation, text: string, options?: Omit<ProseContext, "claims">) => void;

function checker(claims: ReadonlyMap<string, Evidence>, errors: CompileError[]): Check {
  return (location, text, options = {}) => {
    try {
      const problems = checkProse(parseText(text, location.field ?? ""), { claims, ...options });
      for (const problem of problems) errors.push(new CompileError(location, `the truth check refuses ${problem}`));
    } catch (error) {
      errors.push(new CompileError(location, (error as Error).message));
    }
  };
}

/**
 * The truth check over the reader-facing words of the inputs: each claim's title and statement
 * (which may use the words of the claim's own quotes), each chart's title and description (the
 * words of the claims it draws), and each report's name and description. Titles and names are
 * labels, so only the word rules apply to them; statements must also keep their hedges.
 */
export function checkContentText(inputs: Inputs, errors: CompileError[]): void {
  const claims = new Map(inputs.claims.map(({ claim }) => [claim.id, evidenceOf(claim)]));
  const check = checker(claims, errors);
  const label = { hedges: false } as const;
  for (const { claim, file } of inputs.claims) {
    check({ file, id: claim.id, field: "title" }, claim.title, { implicit: [claim.id], ...label });
    check({ file, id: claim.id, field: "statement" }, claim.statement, { implicit: [claim.id] });
    const quotes = claim.values.flatMap((v) => v.citations.map((c) => c.quote));
    claim.charts.forEach((entry, i) => {
      const location = { file, id: claim.id, field: `charts[${i}].label` };
      check(location, entry.label, { implicit: [claim.id], ...label });
      if (quotes.length > 0 && quotes.every((q) => wordsMissing(entry.label, q).length > 0)) {
        errors.push(
          new CompileError(location, `no cited quote names it "${entry.label}"; a chart label uses the sources' words`),
        );
      }
    });
  }
  inputs.charts.forEach((chart) => {
    const drawn = inputs.claims
      .filter(({ claim }) => claim.charts.some((c) => c.chart === chart.id))
      .map(({ claim }) => claim.id);
    const implicit = [...drawn, ...chart.caveats];
    check({ file: CHARTS_FILE, kind: "chart", id: chart.id, field: "title" }, chart.title, { implicit, ...label });
    check({ file: CHARTS_FILE, kind: "chart", id: chart.id, field: "description" }, chart.description, {
      implicit,
      ...label,
    });
    for (const [scale, text] of Object.entries(chart.axes)) {
      check({ file: CHARTS_FILE, kind: "chart", id: chart.id, field: `axes.${scale}` }, text, { implicit, ...label });
    }
  });
  for (const report of inputs.reports) {
    const location = { file: SOURCES_FILE, kind: "report", id: report.id } as const;
    check({ ...location, field: "name" }, report.name, label);
    check({ ...location, field: "description" }, report.description, label);
  }
}
