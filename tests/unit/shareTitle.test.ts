import { describe, expect, it } from "vitest";
import { shareTitle } from "../../src/embed/shareTitle.ts";

describe("shareTitle", () => {
  it("gives every kind of page title the one card pattern", () => {
    expect(shareTitle("Quiet exit: how China's tech giants left Russia", "Quiet Exit")).toBe(
      "How China's tech giants left Russia · Quiet Exit",
    );
    expect(shareTitle("Article 000, verbatim · Quiet Exit sources", "Quiet Exit")).toBe(
      "Article 000, verbatim · Quiet Exit",
    );
    expect(shareTitle("The other side of the ledger · Quiet Exit", "Quiet Exit")).toBe(
      "The other side of the ledger · Quiet Exit",
    );
    expect(shareTitle("China's exports to Russia, March 2022 against February", "Quiet Exit")).toBe(
      "China's exports to Russia, March 2022 against February · Quiet Exit",
    );
  });
});
