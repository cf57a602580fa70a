import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import type { CompiledClaim } from "../schema/index.ts";

/** The letter printed in a cell: which earlier report the article credits, if any. */
export const VIA_LETTERS: Record<string, string> = {
  wsj: "W",
  "official-trade-data": "O",
  "raimondo-speech": "R",
  tass: "T",
  "apollo-news": "A",
  "liberty-times-net": "L",
};
export const DIRECT = "•";

export interface MatrixCell {
  claim: string;
  title: string;
  seed: string;
  via: string;
  letter: string;
}

/** One cell per (claim, article) that reports it, with the report the article credits. */
export function matrixCells(claims: CompiledClaim[]): MatrixCell[] {
  return claims.flatMap((claim) => {
    const citations = [...claim.citations, ...claim.values.flatMap((v) => v.citations)];
    return claim.corroboration.seeds.map((seed) => {
      // Every report the article credits for this claim, so a double credit (Liberty Times Net
      // citing official data) shows as both letters.
      const reports = [
        ...new Set(citations.filter((c) => c.seed === seed).flatMap((c) => c.credits.map((k) => k.report))),
      ].sort();
      const letter = reports.map((r) => VIA_LETTERS[r] ?? "?").join("") || DIRECT;
      return { claim: claim.id, title: claim.title, seed, via: reports.join(" ") || "none", letter };
    });
  });
}

/**
 * The corroboration matrix (claims against articles) as SVG markup, drawn with Plot at build
 * time so it needs no JavaScript in the browser. Plot's inline <style> is dropped; the same
 * rules live in global.css, so the page needs no inline styles.
 */
export function corroborationPlot(
  claims: CompiledClaim[],
  seeds: string[],
  words: { article: string; label: string; description: string },
): string {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const order = [...claims].sort(
    (a, b) => b.corroboration.count - a.corroboration.count || a.title.localeCompare(b.title),
  );
  const cells = matrixCells(claims);
  const svg = Plot.plot({
    document: document as unknown as Document,
    className: "corroboration-plot",
    width: 600,
    height: 30 + order.length * 22,
    marginLeft: 270,
    marginTop: 30,
    x: { domain: seeds, label: null, axis: "top", tickFormat: (s: string) => words.article.replace("{seed}", s) },
    y: { domain: order.map((c) => c.title), label: null, tickSize: 0 },
    marks: [
      Plot.cell(cells, {
        x: "seed",
        y: "title",
        fill: "currentColor",
        fillOpacity: 0.16,
        inset: 1.5,
        ariaHidden: "true",
      }),
      Plot.text(cells, { x: "seed", y: "title", text: "letter", fontWeight: "bold", fontSize: 12, ariaHidden: "true" }),
    ],
    ariaLabel: words.label,
    ariaDescription: words.description,
  }) as unknown as Element;
  svg.querySelector("style")?.remove();
  // One image with a label and a description; every claim's sources are also listed as text.
  svg.setAttribute("role", "img");
  // Inside an image, Plot's own labels for its parts ("x-axis tick", "cell") are never read out.
  for (const part of svg.querySelectorAll("[aria-label]")) if (part !== svg) part.removeAttribute("aria-label");
  return svg.outerHTML;
}
