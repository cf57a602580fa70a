// Runs inside an embed's iframe: applies the theme and plain-mode parameters, and tells the
// host page the content's height whenever it changes (growing or shrinking), in the formats
// of Pym.js, Datawrapper, AMP and our own loader. It never touches the parent page itself.
import {
  ampMessage,
  datawrapperKey,
  datawrapperMessage,
  isAskHeightMessage,
  ownMessage,
  pymMessage,
} from "./messages.ts";
import { wireCopyButtons } from "./copyButtons.ts";
import { parseEmbedParams } from "./params.ts";

const root = document.documentElement;
const content = document.querySelector<HTMLElement>(".embed")!;
const chart = root.dataset.chart!;
const states = (root.dataset.states ?? "").split(" ").filter(Boolean);
const params = parseEmbedParams(location.search, states);

if (params.theme !== "auto") root.dataset.theme = params.theme;
if (params.plain) root.dataset.plain = "";
if (params.state && params.state !== root.dataset.state) {
  // Each state is its own static page under the chart's folder; the query only picks one.
  location.replace(`${root.dataset.chartRoot}${params.state}/${location.search}`);
}

let sent = 0;
function sendHeight(): void {
  const height = Math.ceil(content.getBoundingClientRect().height);
  if (height === sent || window.parent === window) return;
  sent = height;
  const post = (message: unknown) => window.parent.postMessage(message, "*");
  post(ownMessage(chart, height));
  post(datawrapperMessage(datawrapperKey(chart), height));
  post(ampMessage(height));
  if (params.childId) post(pymMessage(params.childId, height));
}

new ResizeObserver(sendHeight).observe(content);
addEventListener("load", sendHeight);
// Our loader asks when it starts, in case it missed the first report: send it again.
addEventListener("message", (event: MessageEvent) => {
  if (event.source !== window.parent || !isAskHeightMessage(event.data)) return;
  sent = 0;
  sendHeight();
});

wireCopyButtons(document);
