import { describe, expect, test } from "vitest";
import { chartInputs } from "../../src/data/chartInputs.ts";
import { storyChartInputs } from "../../src/story/storyChartInputs.ts";
import { storyModel } from "../support/story.ts";

describe("storyChartInputs(ledger, steps, notes)", () => {
  const ledger = chartInputs();
  const { steps, notes } = storyModel;

  test("today the story cites every claim its charts draw, so it drops nothing", () => {
    expect(storyChartInputs(ledger, steps, notes)).toEqual(ledger);
  });

  test("a claim the story never cites or names stays out of the story's charts", () => {
    const row = ledger["export-declines"].rows[0]!;
    const event = ledger.timeline.events[0]!;
    const grown = {
      ...ledger,
      "export-declines": {
        ...ledger["export-declines"],
        rows: [...ledger["export-declines"].rows, { ...row, claim: `${row.claim}-copy-2` }],
      },
      timeline: {
        ...ledger.timeline,
        events: [...ledger.timeline.events, { ...event, claim: `${event.claim}-copy-2` }],
      },
    };
    const drawn = storyChartInputs(grown, steps, notes);
    expect(drawn["export-declines"].rows.map((r) => r.claim)).toEqual(
      ledger["export-declines"].rows.map((r) => r.claim),
    );
    expect(drawn.timeline.events.map((e) => e.claim)).toEqual(ledger.timeline.events.map((e) => e.claim));
  });

  test("a claim a step's state names is kept even when no sentence cites it", () => {
    const highlighted = steps.flatMap((s) => (s.state as { highlight?: string[] }).highlight ?? []);
    const kept = storyChartInputs(ledger, steps, []);
    expect(kept.timeline.events.map((e) => e.claim).sort()).toEqual(
      ledger.timeline.events
        .map((e) => e.claim)
        .filter((c) => highlighted.includes(c))
        .sort(),
    );
  });
});
