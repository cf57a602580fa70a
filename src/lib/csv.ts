import { csvFormat } from "d3-dsv";

/** A CSV field: an empty cell for null, a figure the articles give only in words. */
export type CsvCell = string | number | null;

/**
 * CSV with a header row, written by d3-dsv (fields with commas, quotes or line breaks are
 * quoted, RFC 4180 style), ending in a newline. Used for data/charts/*.csv and each embed's
 * data.csv, so both quote alike.
 */
export function toCsv(columns: string[], rows: Record<string, CsvCell>[]): string {
  return csvFormat(rows, columns) + "\n";
}
