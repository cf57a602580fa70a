// The build half of the chart (see ../chart.ts): never in the browser.
import { otherLedgerFile } from "../../schema/index.ts";
import type { z } from "zod";
import { onlyRows, type ChartBuild } from "../chart.ts";
import type { OtherLedgerData } from "./data.ts";
import { rows } from "./rows.ts";
import { shape } from "./shape.ts";
import { state, type OtherLedgerState } from "./state.ts";

type File = z.infer<typeof otherLedgerFile>;

export default {
  state,
  file: otherLedgerFile,
  shape,
  inputs: (file) => ({ rows: file.rows, caveats: file.caveats, axes: file.axes }),
  rows,
  caveats: (data) => data.caveats,
  only: (data, claims) => onlyRows(data, claims),
  scales: (file) => ({ rows: file.rows, axes: file.axes }),
} satisfies ChartBuild<OtherLedgerData, OtherLedgerState, File>;
