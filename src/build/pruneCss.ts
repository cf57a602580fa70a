// Keeps the rules of a stylesheet that can apply to a set of pages, so that a page that uses a
// small part of the site's CSS (an embed) does not download and parse all of it.

/** A rule can apply when every class and id its selector names is in `tokens` (".x", "#y"). */
function canApply(selector: string, tokens: Set<string>): boolean {
  // Attribute selectors and pseudo-classes may change at run time (data-theme, [open], :hover):
  // they never rule a selector out, only the classes and ids around them do.
  const bare = selector.replace(/\[[^\]]*\]/g, "").replace(/::?[\w-]+(\((?:[^()]|\([^()]*\))*\))?/g, "");
  return (bare.match(/[.#][\w-]+/g) ?? []).every((t) => tokens.has(t));
}

function splitSelectors(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    if (list[i] === "(") depth++;
    else if (list[i] === ")") depth--;
    else if (list[i] === "," && depth === 0) {
      out.push(list.slice(start, i));
      start = i + 1;
    }
  }
  return [...out, list.slice(start)];
}

/** The blocks of `css` at one nesting level: [prelude, body] pairs, or [statement, null]. */
function blocks(css: string): [string, string | null][] {
  const out: [string, string | null][] = [];
  let depth = 0;
  let start = 0;
  let open = -1;
  for (let i = 0; i < css.length; i++) {
    const c = css[i];
    if (c === '"' || c === "'")
      i = css.indexOf(c, i + 1); // strings hold no braces for us
    else if (c === ";" && depth === 0) {
      out.push([css.slice(start, i + 1).trim(), null]);
      start = i + 1;
    } else if (c === "{" && depth++ === 0) open = i;
    else if (c === "}" && --depth === 0) {
      out.push([css.slice(start, open).trim(), css.slice(open + 1, i)]);
      start = i + 1;
    }
  }
  return out;
}

/**
 * The rules of `css` that can apply to pages whose classes and ids are `tokens`. Grouping
 * rules (@media, @supports, @layer) keep what they hold that applies; other at-rules stay.
 */
export function pruneCss(css: string, tokens: Set<string>): string {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, "");
  return blocks(text)
    .map(([prelude, body]) => {
      if (body === null) return prelude;
      if (/^@(media|supports|layer|container)\b/.test(prelude)) {
        const inner = pruneCss(body, tokens);
        return inner ? `${prelude}{${inner}}` : "";
      }
      if (prelude.startsWith("@")) return `${prelude}{${body}}`;
      const kept = splitSelectors(prelude).filter((s) => canApply(s, tokens));
      return kept.length ? `${kept.join(",")}{${body}}` : "";
    })
    .join("");
}

/** Every class (".x") and id ("#y") in some HTML, and class names a script may add (`extra`). */
export function htmlTokens(html: string, extra: readonly string[] = []): Set<string> {
  const tokens = new Set(extra.map((c) => `.${c}`));
  for (const [, names] of html.matchAll(/\sclass="([^"]*)"/g))
    for (const name of names!.split(/\s+/)) if (name) tokens.add(`.${name}`);
  for (const [, id] of html.matchAll(/\sid="([^"]*)"/g)) tokens.add(`#${id}`);
  return tokens;
}
