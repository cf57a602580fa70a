import { drawing } from "../chart.ts";
import { describeExportDeclines } from "./describe.ts";
import { exportDeclines } from "./render.ts";

/** The fall in China's exports to Russia by product, revealed row by row. */
export default drawing({
  id: "export-declines",
  role: "img",
  render: exportDeclines,
  describe: describeExportDeclines,
});
