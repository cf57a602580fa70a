import { articleList } from "../../lib/credit.ts";
import { fillIn, joinList, words } from "../../lib/words.ts";
import type { ExportDeclineRow } from "../../schema/index.ts";

const wordingsOf = (row: ExportDeclineRow) => row.variants.flatMap((v) => v.worded);

/** "Smartphones: down 60%, almost two-thirds or nearly two-thirds", in the sources' words, never a new figure. */
export function rowLabel(row: ExportDeclineRow): string {
  const versions = [...new Set(wordingsOf(row).map((w) => w.display))];
  return fillIn(words().charts.exportDeclines.row, { label: row.label, versions: joinList(versions, "disjunction") });
}

/** Who gives which version, and how articles that word the row differently put it. */
export function rowNotes(row: ExportDeclineRow): string[] {
  const notes: string[] = [];
  const worded = wordingsOf(row);
  if (worded.length > 1)
    notes.push(
      worded
        .map((w) =>
          fillIn(words().charts.exportDeclines.version, { display: w.display, articles: articleList(w.seeds) }),
        )
        .join("; "),
    );
  return [...notes, ...wordedOtherwise(row)];
}

/** "Article 000 words it: “…”", for each article that names the row in other words. */
export function wordedOtherwise(row: ExportDeclineRow): string[] {
  return row.otherWordings.map((o) => fillIn(words().charts.exportDeclines.wordsIt, { seed: o.seed, quote: o.quote }));
}
