// Reads a Netlify / Cloudflare Pages `_headers` file and works out the headers a host that
// follows it sends for a path: every matching rule applies in order, `! Name` detaches a
// header set by an earlier rule, and a header set twice is joined with ", " (as those hosts do).

interface Rule {
  pattern: string;
  ops: { name: string; value?: string }[];
}

export function parseHeadersFile(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), ops: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers: header line before any path: ${line}`);
    const detach = /^\s*!\s*(\S+)\s*$/.exec(line);
    const set = /^\s*([^:\s]+):\s*(.*)$/.exec(line);
    if (detach) rule.ops.push({ name: detach[1]!.toLowerCase() });
    else if (set) rule.ops.push({ name: set[1]!.toLowerCase(), value: set[2]!.trim() });
    else throw new Error(`_headers: cannot read line: ${line}`);
  }
  return rules;
}

/** The headers `rules` give `path` (from the site root, starting with "/"), names in lower case. */
export function headersFor(rules: Rule[], path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    const matches = rule.pattern.endsWith("*") ? path.startsWith(rule.pattern.slice(0, -1)) : path === rule.pattern;
    if (!matches) continue;
    for (const { name, value } of rule.ops) {
      if (value === undefined) delete headers[name];
      else headers[name] = headers[name] ? `${headers[name]}, ${value}` : value;
    }
  }
  return headers;
}
