import { describe, expect, it } from "vitest";
import { fileHref } from "../../src/offline/fileLinks.ts";

describe("fileHref", () => {
  it("points links to folders at their index.html, keeping the query and anchor", () => {
    expect(fileHref("sources/")).toBe("sources/index.html");
    expect(fileHref("../../#dji")).toBe("../../index.html#dji");
    expect(fileHref("./")).toBe("./index.html");
    expect(fileHref("articles/003/#quote-1:~:text=a")).toBe("articles/003/index.html#quote-1:~:text=a");
    expect(fileHref("..")).toBe("../index.html");
    expect(fileHref("")).toBe("index.html");
  });
  it("leaves files, other sites and same-page anchors alone", () => {
    for (const href of [
      "data/claims.json",
      "https://example.org/",
      "//example.org/a/",
      "#note-1",
      "mailto:a@b.c",
      "?x=1",
    ])
      expect(fileHref(href), href).toBeUndefined();
  });
});
