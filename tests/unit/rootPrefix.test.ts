import { expect, test } from "vitest";
import { rootPrefix } from "../../src/lib/rootPrefix.ts";

test("rootPrefix(pathname) climbs one level per folder, so the site works under any path", () => {
  expect(rootPrefix("/")).toBe("./");
  expect(rootPrefix("/sources/")).toBe("../");
  expect(rootPrefix("/embed/timeline/")).toBe("../../");
  expect(rootPrefix("/sources/index.html")).toBe("../");
});
