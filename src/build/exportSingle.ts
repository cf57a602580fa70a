// `npm run export:single`: the built story, its notes, the sources page and the five articles
// as one self-contained HTML file that works from disk and can be e-mailed or archived. CSS
// and the story's script are inlined (allowed by their hashes in the page's policy); links
// between the included pages become in-page anchors, other links point at the public site.
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { parseHTML } from "linkedom";

const hash = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
const ORIGIN = "http://single.invalid/";
/** Width buckets (src/scrolly/sceneSet.ts) the single file carries: the rest scale from these. */
const SINGLE_FILE_SCENE_WIDTHS = [320, 420, 600];
const REFERENCING = ["for", "aria-labelledby", "aria-describedby", "aria-controls", "headers"];

interface Part {
  /** The page's path from the site root ("", "sources/", "sources/articles/000/"). */
  path: string;
  key: string;
  document: Document;
  /** Ids renamed to stay unique in the single file. */
  ids: Map<string, string>;
}

async function load(dist: string, path: string): Promise<Document> {
  return parseHTML(await readFile(join(dist, path, "index.html"), "utf8")).document as unknown as Document;
}

/** Writes the single file for the built folder `dist` to `out`; `site` is where other links point. */
export async function exportSingle(dist: string, out: string, site: string): Promise<{ bytes: number }> {
  const articles = (await readdir(join(dist, "sources/articles"))).sort().map((id) => `sources/articles/${id}/`);
  const parts: Part[] = [];
  for (const path of ["", "sources/", ...articles]) {
    parts.push({
      path,
      key: path ? `page-${path.replace(/\/$/, "").replaceAll("/", "-")}` : "",
      document: await load(dist, path),
      ids: new Map(),
    });
  }
  const [story, ...rest] = parts;
  const doc = story!.document;
  const taken = new Set([...doc.querySelectorAll("[id]")].map((e) => e.id));
  // Ids of the appended pages that clash get the page's key in front.
  for (const part of rest) {
    taken.add(part.key);
    for (const element of part.document.querySelectorAll("[id]")) {
      const id = taken.has(element.id) ? `${part.key}-${element.id}` : element.id;
      part.ids.set(element.id, id);
      taken.add(id);
    }
  }
  const target = (url: URL): string | undefined => {
    const part = parts.find((p) => new URL(p.path, ORIGIN).pathname === url.pathname);
    if (!part) return undefined;
    const [anchor = "", directive] = url.hash.slice(1).split(":~:");
    const id = anchor ? (part.ids.get(decodeURIComponent(anchor)) ?? decodeURIComponent(anchor)) : part.key || "top";
    return `#${encodeURIComponent(id)}${directive ? `:~:${directive}` : ""}`;
  };
  for (const part of parts) {
    const base = new URL(part.path, ORIGIN);
    for (const element of part.document.querySelectorAll("[id]")) element.id = part.ids.get(element.id) ?? element.id;
    for (const name of REFERENCING) {
      for (const element of part.document.querySelectorAll(`[${name}]`)) {
        element.setAttribute(
          name,
          element
            .getAttribute(name)!
            .split(/\s+/)
            .map((id) => part.ids.get(id) ?? id)
            .join(" "),
        );
      }
    }
    for (const link of part.document.querySelectorAll("a[href]")) {
      const url = new URL(link.getAttribute("href")!, base);
      if (url.origin !== new URL(ORIGIN).origin) continue;
      link.setAttribute("href", target(url) ?? new URL(url.pathname.slice(1) + url.search + url.hash, site).href);
    }
  }
  const end = doc.querySelector("footer.story-footer")!;
  for (const part of rest.reverse()) {
    const main = part.document.querySelector("main")!;
    const section = doc.createElement("section");
    section.id = part.key;
    section.className = `${main.className} single-page`;
    section.innerHTML = main.innerHTML;
    end.after(section);
  }
  doc.body.id ||= "top";

  // Inline what the page loads: the stylesheet, the story's script, the no-script styles, the icon.
  const styles: string[] = [];
  for (const link of doc.querySelectorAll('link[rel="stylesheet"]')) {
    const css = await readFile(join(dist, link.getAttribute("href")!), "utf8");
    styles.push(css);
    const style = doc.createElement("style");
    style.textContent = css;
    if (link.parentElement?.tagName === "NOSCRIPT")
      link.parentElement.replaceWith(
        Object.assign(doc.createElement("noscript"), { innerHTML: `<style>${css}</style>` }),
      );
    else link.replaceWith(style);
  }
  // The story's script fetches its chart states (scenes/) and a single file cannot: it carries
  // a phone's and a desktop's as JSON before the script, which reads them (src/scrolly/loadScenes.ts).
  const sceneSets = await Promise.all(
    SINGLE_FILE_SCENE_WIDTHS.map((w) => readFile(join(dist, `scenes/${w}.json`), "utf8")),
  );
  const scenes = doc.createElement("script");
  scenes.setAttribute("type", "application/json");
  scenes.id = "story-scenes";
  scenes.textContent = `[${sceneSets.join(",")}]`;
  const scripts: string[] = [];
  for (const script of doc.querySelectorAll("script[src]")) {
    const file = script.getAttribute("src")!;
    if (file.endsWith("file-links.js")) {
      script.remove();
      continue;
    }
    const code = (await readFile(join(dist, file), "utf8")).replace(/<\/script/gi, "<\\/script");
    scripts.push(code);
    const inline = doc.createElement("script");
    inline.textContent = code;
    script.replaceWith(inline);
    if (file.endsWith("story.js")) inline.before(scenes);
  }
  // The steps' own charts are image files (src/pages/steps/); the file carries them as data.
  for (const img of doc.querySelectorAll('img[src$=".svg"]')) {
    const file = img.getAttribute("src")!;
    if (!/^(data|https?):/.test(file))
      img.setAttribute("src", `data:image/svg+xml;base64,${(await readFile(join(dist, file))).toString("base64")}`);
  }
  const icon = doc.querySelector('link[rel="icon"]');
  // The build inlines it already (inlineFavicon.ts); a page that still names a file gets it inlined here.
  if (icon && !icon.getAttribute("href")!.startsWith("data:"))
    icon.setAttribute(
      "href",
      `data:image/svg+xml;base64,${(await readFile(join(dist, icon.getAttribute("href")!))).toString("base64")}`,
    );
  doc.querySelector('link[type="application/json+oembed"]')?.remove();
  const policy = doc.querySelector('meta[http-equiv="content-security-policy"]')!;
  policy.setAttribute(
    "content",
    policy
      .getAttribute("content")!
      .replace("script-src 'self'", `script-src ${scripts.map(hash).join(" ")}`)
      .replace("style-src 'self'", `style-src ${styles.map(hash).join(" ")}`)
      .replace("default-src 'self'", "default-src 'none'"),
  );
  const html = `<!doctype html>\n${doc.documentElement.outerHTML}`;
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, html);
  return { bytes: Buffer.byteLength(html) };
}
