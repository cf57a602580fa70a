// What a reader of a built page sees, for the pseudo-locale test: every text node and every
// text attribute, and every place where text is cut off or runs out of its box.
import type { Page } from "@playwright/test";
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";

// Verbatim words of the articles (quotes, the article pages) and code for editors to paste.
const VERBATIM = "script, style, textarea, code, q, .article-text";

/** The text of every text node and of every label, title and alt attribute on the page, and its <title>. */
export function readerTexts(page: Page): Promise<string[]> {
  return page.evaluate((skip) => {
    const texts = [document.title, document.querySelector('meta[name="description"]')?.getAttribute("content") ?? ""];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const blocks = new Set<Element>();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest(skip)) continue;
      // A chart's wrapped text is one <text> of <tspan> lines: read it whole, lines joined.
      const block = node.parentElement?.closest("svg text");
      if (!block) texts.push(node.textContent ?? "");
      else if (!blocks.has(block)) {
        blocks.add(block);
        const lines = [...block.querySelectorAll("tspan")].map((t) => t.textContent);
        texts.push(lines.length ? lines.join(" ") : (block.textContent ?? ""));
      }
    }
    for (const el of document.querySelectorAll(
      "[aria-label], [title], [alt], [placeholder], [data-template], [data-copied]",
    )) {
      if (el.closest(skip)) continue;
      for (const name of ["aria-label", "title", "alt", "placeholder", "data-template", "data-copied"])
        texts.push(el.getAttribute(name) ?? "");
    }
    return texts.map((t) => t.replace(/\s+/g, " ").trim()).filter((t) => /[A-Za-zÀ-ž]/.test(t));
  }, VERBATIM);
}

/**
 * Every element whose text is cut off or runs past the screen: a box that hides overflow with
 * content wider or taller than itself, text that ends beyond the viewport's right edge outside a
 * scroll region, and chart text outside its SVG's drawing. Visually hidden text (1 px boxes for
 * screen readers) and scroll regions the reader can scroll are not clipping.
 */
export function clippedText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.classList.length ? `.${[...el.classList].join(".")}` : ""} "${(el.textContent ?? "").trim().slice(0, 50)}"`;
    const width = document.documentElement.clientWidth;
    for (const el of document.body.querySelectorAll<HTMLElement>("*")) {
      if (el instanceof SVGElement || !el.checkVisibility() || !(el.textContent ?? "").trim()) continue;
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) continue; // visually hidden, for screen readers
      const scrolls = (v: string) => v === "auto" || v === "scroll";
      const hides = (v: string) => v === "hidden" || v === "clip";
      if (hides(style.overflowX) && el.scrollWidth > el.clientWidth + 1)
        found.push(`${name(el)}: ${el.scrollWidth}px of text in ${el.clientWidth}px, overflow hidden`);
      if (hides(style.overflowY) && el.scrollHeight > el.clientHeight + 1)
        found.push(`${name(el)}: ${el.scrollHeight}px tall in ${el.clientHeight}px, overflow hidden`);
      const inScroller = (() => {
        for (let p = el.parentElement; p; p = p.parentElement) if (scrolls(getComputedStyle(p).overflowX)) return true;
        return false;
      })();
      const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
      if (ownText && !inScroller && (box.right > width + 1 || box.left < -1))
        found.push(`${name(el)}: from ${Math.round(box.left)} to ${Math.round(box.right)} px on a ${width} px screen`);
    }
    for (const svg of document.querySelectorAll<SVGSVGElement>("svg.chart-svg")) {
      if (!svg.checkVisibility() || svg.getBoundingClientRect().width === 0) continue;
      const view = svg.viewBox.baseVal;
      for (const text of svg.querySelectorAll<SVGTextElement>("text")) {
        const b = text.getBBox();
        // Marks of parts a state does not show are drawn at opacity 0, outside the scene's height.
        const hidden = (() => {
          for (let el: Element | null = text; el && el !== svg; el = el.parentElement)
            if (getComputedStyle(el).opacity === "0") return true;
          return false;
        })();
        if (b.width === 0 || hidden) continue;
        if (
          b.x < view.x - 0.5 ||
          b.y < view.y - 0.5 ||
          b.x + b.width > view.x + view.width + 0.5 ||
          b.y + b.height > view.y + view.height + 0.5
        ) {
          found.push(
            `chart text "${text.textContent}" is ${Math.round(b.width)}×${Math.round(b.height)} at ${Math.round(b.x)},${Math.round(b.y)} in ${view.width}×${view.height}`,
          );
        }
      }
    }
    if (document.documentElement.scrollWidth > width + 1)
      found.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px on a ${width} px screen`);
    return found;
  });
}

const SHOWN = new Set(["display", "label", "title", "statement", "quote", "text", "phrase", "name", "as"]);

/** Every reader-facing string in data/ (titles, statements, labels, dates, quotes, names):
 * text that is data, not interface. */
export async function dataStrings(root: string): Promise<string[]> {
  // The articles' verbatim segments (articles.json) are cut at every quote, down to single
  // letters; the pages show them only in .article-text, which readerTexts skips anyway.
  const files = (await readdir(join(root, "data"), { recursive: true })).filter(
    (f) => f.endsWith(".json") && f !== "articles.json",
  );
  const out = new Set<string>();
  // Ids and enum values (lowercase single words such as "month" or "dji") are not shown as they
  // are; allowing them would hide an interface word that happens to match one. Fields a page
  // prints are allowed whatever their form (a rank's display, "second").
  const walk = (v: unknown, key = ""): void => {
    if (typeof v === "string") {
      if (/[\sA-Z0-9“”]/.test(v.trim()) || SHOWN.has(key)) out.add(v.trim());
    } else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (v && typeof v === "object") Object.entries(v).forEach(([k, x]) => walk(x, k));
  };
  for (const file of files) walk(JSON.parse(await readFile(join(root, "data", file), "utf8")));
  return [...out].sort((a, b) => b.length - a.length);
}
