import type { Cell } from "../charts/table.ts";

function cell(value: Cell): string {
  if (value === null) return "";
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 CSV with a header row and CRLF line ends, as spreadsheets expect. */
export function toCsv(columns: string[], rows: Record<string, Cell>[]): string {
  const lines = [columns.join(","), ...rows.map((row) => columns.map((c) => cell(row[c] ?? null)).join(","))];
  return lines.join("\r\n") + "\r\n";
}
