import { createHash } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { AstroIntegration } from "astro";
import { BUNDLED_STYLESHEET as STYLESHEET, builtFiles, postBuildStep } from "./postBuildStep.ts";
import { htmlTokens, pruneCss } from "./pruneCss.ts";

/**
 * The embed pages import the site's stylesheet, which is mostly the story's and the sources
 * page's. After the build, this gives them one stylesheet of their own: the rules that can
 * apply to an embed page (src/build/pruneCss.ts), in `_astro/` under a content hash, so hosts
 * cache it for good. The rules themselves stay where they are written, in src/styles/.
 */
export function embedStylesheet(): AstroIntegration {
  return postBuildStep("embed-stylesheet", async (root) => {
    const pages = await builtFiles(root, /^embed[/\\].*index\.html$/);
    const html = await Promise.all(pages.map((p) => readFile(p, "utf8")));
    const sheets = [...new Set(html.flatMap((h) => [...h.matchAll(STYLESHEET)].map((m) => m[2]!)))].sort();
    if (!sheets.length) return "no embed page links a stylesheet";
    const full = (await Promise.all(sheets.map((s) => readFile(join(root, "_astro", s), "utf8")))).join("\n");
    const css = pruneCss(full, htmlTokens(html.join("\n")));
    const name = `embed.${createHash("sha256").update(css).digest("base64url").slice(0, 8)}.css`;
    await writeFile(join(root, "_astro", name), css);
    await Promise.all(
      pages.map((page, i) => {
        let first = true;
        const out = html[i]!.replace(STYLESHEET, (_, prefix: string) =>
          first ? ((first = false), `<link rel="stylesheet" href="${prefix}_astro/${name}">`) : "",
        );
        return writeFile(page, out);
      }),
    );
    return `gave ${pages.length} embed pages their own stylesheet: ${css.length} of ${full.length} bytes`;
  });
}
