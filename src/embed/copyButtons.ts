/** Shows the "Copy" buttons beside the embed code (they need JavaScript) and makes them work;
 * each says "Copied" in the words of its `data-copied`. */
export function wireCopyButtons(doc: Document): void {
  for (const button of doc.querySelectorAll<HTMLButtonElement>("button[data-copy]")) {
    button.hidden = false;
    button.addEventListener("click", () => {
      const source = doc.getElementById(button.dataset.copy!) as HTMLTextAreaElement | null;
      if (!source) return;
      void navigator.clipboard?.writeText(source.value).then(
        () => (button.textContent = button.dataset.copied ?? button.textContent),
        () => source.select(),
      );
    });
  }
}
