import type { ChartInputs } from "../charts/index.ts";
import type { StoryStep } from "./loadStory.ts";

/**
 * The chart data the story page draws: only the claims the story cites or a step's state names.
 * The ledger can grow (a newsroom keeps adding claims: `npm run bench:scale` copies each one
 * ten times), but a claim the story never mentions is never revealed or highlighted, so on the
 * story it would only be weight: hidden rows in every chart, rows in the boot data and the data
 * tables. Its embed pages, data files and the sources page still carry the whole ledger.
 */
export function storyChartInputs(
  ledger: ChartInputs,
  steps: readonly StoryStep[],
  notes: readonly string[],
): ChartInputs {
  const named = new Set(notes);
  for (const step of steps) {
    const state = step.state as { reveal?: string[]; highlight?: string[] };
    for (const id of [...(state.reveal ?? []), ...(state.highlight ?? [])]) named.add(id);
  }
  const keep = <T extends { claim: string }>(items: readonly T[]) => items.filter((item) => named.has(item.claim));
  return {
    ...ledger,
    "export-declines": { ...ledger["export-declines"], rows: keep(ledger["export-declines"].rows) },
    "other-ledger": { ...ledger["other-ledger"], rows: keep(ledger["other-ledger"].rows) },
    timeline: { ...ledger.timeline, events: keep(ledger.timeline.events) },
  };
}
