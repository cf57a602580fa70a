// The embed loader for host pages with no resizer of their own. Add once per page:
//   <script src="https://…/embed/loader.js" async></script>
// and it sizes every <iframe data-quiet-exit> to the height its embed reports.
import { ASK_TYPE, isOwnHeightMessage } from "./messages.ts";

addEventListener("message", (event: MessageEvent) => {
  if (!isOwnHeightMessage(event.data)) return;
  for (const iframe of document.querySelectorAll<HTMLIFrameElement>("iframe[data-quiet-exit]")) {
    // Only the iframe that sent the message is resized; messages from anywhere else are ignored.
    if (iframe.contentWindow === event.source) iframe.style.height = `${event.data.height}px`;
  }
});

// The script is async, so a frame may have reported its height before this listener existed;
// ask every frame to report again (a frame still loading reports on its own when it loads).
for (const iframe of document.querySelectorAll<HTMLIFrameElement>("iframe[data-quiet-exit]")) {
  iframe.contentWindow?.postMessage({ type: ASK_TYPE }, "*");
}
