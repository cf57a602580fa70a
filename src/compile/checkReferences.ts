import { untypedCharts } from "../charts/registry.ts";
import { CompileError, type ErrorLocation } from "../io/CompileError.ts";
import { ACTORS_FILE, CHARTS_FILE, EXCLUSIONS_FILE, SOURCES_FILE, type Inputs } from "./readInputs.ts";

type Kind = ErrorLocation["kind"];

/** Reports every id that appears more than once, naming where it appears again. */
function checkUnique(items: { id: string; file: string }[], kind: Kind, errors: CompileError[]): void {
  const firstFile = new Map<string, string>();
  for (const { id, file } of items) {
    const seen = firstFile.get(id);
    if (seen === undefined) firstFile.set(id, file);
    else
      errors.push(
        new CompileError({ file, kind, id, field: "id" }, `duplicate id: "${id}" is already used in ${seen}`),
      );
  }
}

function checkRef(
  known: Set<string>,
  ref: string,
  what: string,
  location: ErrorLocation,
  errors: CompileError[],
): void {
  if (!known.has(ref)) errors.push(new CompileError(location, `unknown ${what} "${ref}"`));
}

/** Checks that ids are unique and that every reference between inputs resolves. */
export function checkReferences(inputs: Inputs, errors: CompileError[]): void {
  const { claims, reports, actors, charts, exclusions, seedList } = inputs;
  checkUnique(
    claims.map(({ claim, file }) => ({ id: claim.id, file })),
    "claim",
    errors,
  );
  checkUnique(
    reports.map((r) => ({ id: r.id, file: SOURCES_FILE })),
    "report",
    errors,
  );
  checkUnique(
    seedList.map((s) => ({ id: s.id, file: SOURCES_FILE })),
    "seed",
    errors,
  );
  checkUnique(
    actors.map((a) => ({ id: a.id, file: ACTORS_FILE })),
    "actor",
    errors,
  );
  checkUnique(
    charts.map((c) => ({ id: c.id, file: CHARTS_FILE })),
    "chart",
    errors,
  );

  const reportIds = new Set(reports.map((r) => r.id));
  const actorIds = new Set(actors.map((a) => a.id));
  const claimIds = new Set(claims.map(({ claim }) => claim.id));
  const seedIds = new Set(seedList.map((s) => s.id));
  const chartSpecIds = new Set<string>(charts.map((c) => c.id));
  const registered = new Set<string>(untypedCharts.map((c) => c.id));
  const charted = "chart (see src/charts/registry.ts)";

  for (const { claim, file } of claims) {
    const valueIds = claim.values.map((v) => v.id);
    valueIds.forEach((id, i) => {
      if (valueIds.indexOf(id) !== i)
        errors.push(new CompileError({ file, id: claim.id, field: `values[${i}].id` }, `duplicate value id "${id}"`));
    });
    claim.actors.forEach((a, i) =>
      checkRef(actorIds, a, "actor (see seeds/actors.yaml)", { file, id: claim.id, field: `actors[${i}]` }, errors),
    );
    claim.charts.forEach((c, i) =>
      checkRef(registered, c.chart, charted, { file, id: claim.id, field: `charts[${i}].chart` }, errors),
    );
  }
  for (const seed of seedList) {
    seed.relays.forEach((relay, i) =>
      checkRef(
        reportIds,
        relay.report,
        "report",
        { file: SOURCES_FILE, kind: "seed", id: seed.id, field: `relays[${i}].report` },
        errors,
      ),
    );
  }
  for (const chart of charts) {
    checkRef(registered, chart.id, charted, { file: CHARTS_FILE, kind: "chart", id: chart.id, field: "id" }, errors);
    chart.caveats.forEach((c, i) =>
      checkRef(
        claimIds,
        c,
        "claim",
        { file: CHARTS_FILE, kind: "chart", id: chart.id, field: `caveats[${i}]` },
        errors,
      ),
    );
  }
  // A chart takes its title, caveats and axis words from seeds/charts.yaml unless it has words of its own.
  for (const { id, words } of untypedCharts) {
    if (!words && !chartSpecIds.has(id))
      errors.push(new CompileError({ file: CHARTS_FILE }, `chart "${id}" has no entry`));
  }
  exclusions.forEach((ex, i) =>
    checkRef(
      seedIds,
      ex.seed,
      "seed",
      { file: EXCLUSIONS_FILE, kind: "exclusion", id: `#${i + 1}`, field: "seed" },
      errors,
    ),
  );
}
