// One pattern for every page's share-card title (og:title, twitter:title): "<what the page
// shows> · Quiet Exit", whatever shape the page's own <title> has.

/**
 * @example shareTitle("Quiet exit: how China's tech giants left Russia", "Quiet Exit")
 *   === "How China's tech giants left Russia · Quiet Exit"
 * @example shareTitle("Article 000, verbatim · Quiet Exit sources", "Quiet Exit")
 *   === "Article 000, verbatim · Quiet Exit"
 */
export function shareTitle(pageTitle: string, site: string): string {
  const subject = pageTitle
    .replace(new RegExp(`\\s+·\\s+${site.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}.*$`, "i"), "")
    .replace(/^Quiet exit:\s*/i, "")
    .trim();
  return `${subject.charAt(0).toUpperCase()}${subject.slice(1)} · ${site}`;
}
