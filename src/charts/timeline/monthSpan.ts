import { utcDay, utcMonth } from "d3-time";
import type { TimelineEvent } from "../../schema/index.ts";

/** An ISO date as midnight UTC, so no time zone moves it to the day before. */
export const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * The whole months the dated events cover: from the start of the earliest event's month to the
 * end of the month of the latest end, so the axis starts and ends on month ticks. Both timeline
 * layouts (across the page and down it) draw time over this span.
 */
export function monthSpan(dated: TimelineEvent[]): [Date, Date] {
  const starts = dated.map((e) => e.date.start!).sort();
  const ends = dated.map((e) => e.date.end!).sort();
  return [utcMonth.floor(day(starts[0]!)), utcMonth.ceil(utcDay.offset(day(ends.at(-1)!), 1))];
}
