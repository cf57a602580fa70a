import { articleList } from "../../lib/credit.ts";
import { fillIn, joinList, words } from "../../lib/words.ts";
import type { ExportDeclineRow } from "../../schema/index.ts";

/** "Smartphones: down 60% or almost two-thirds", in the sources' words, never a new figure. */
export function rowLabel(row: ExportDeclineRow): string {
  const versions = [...new Set(row.variants.map((v) => v.display))];
  return fillIn(words().charts.exportDeclines.row, { label: row.label, versions: joinList(versions, "disjunction") });
}

/** Who gives which version, and how articles that word the row differently put it. */
export function rowNotes(row: ExportDeclineRow): string[] {
  const notes: string[] = [];
  if (new Set(row.variants.map((v) => v.display)).size > 1)
    notes.push(
      row.variants
        .map((v) =>
          fillIn(words().charts.exportDeclines.version, { display: v.display, articles: articleList(v.seeds) }),
        )
        .join("; "),
    );
  for (const other of row.otherWordings)
    notes.push(fillIn(words().charts.exportDeclines.wordsIt, { seed: other.seed, quote: other.quote }));
  return notes;
}
