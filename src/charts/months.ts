const NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "2022-03" → "March 2022"; month names come from the data's dates, never typed into copy. */
export function monthLabel(yyyyMm: string, withYear = true): string {
  const [year, month] = yyyyMm.split("-").map(Number) as [number, number];
  return withYear ? `${NAMES[month - 1]} ${year}` : NAMES[month - 1]!;
}

/** Short month name for axis ticks: "Feb". */
export function shortMonth(date: Date): string {
  return NAMES[date.getUTCMonth()]!.slice(0, 3);
}
