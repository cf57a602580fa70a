// The build half of the chart (see ../chart.ts): never in the browser.
import { exportDeclinesFile } from "../../schema/index.ts";
import type { z } from "zod";
import { onlyRows, type ChartBuild } from "../chart.ts";
import type { ExportDeclinesData } from "./data.ts";
import { rows } from "./rows.ts";
import { shape } from "./shape.ts";
import { state, type ExportDeclinesState } from "./state.ts";

type File = z.infer<typeof exportDeclinesFile>;

export default {
  state,
  file: exportDeclinesFile,
  shape,
  inputs: (file) => ({ rows: file.rows, caveats: file.caveats, axes: file.axes }),
  rows,
  caveats: (data) => data.caveats,
  refs: (s, data) => ({ field: "reveal", ids: s.reveal, known: data.rows.map((r) => r.claim) }),
  only: (data, claims) => onlyRows(data, claims),
  namings: (file) =>
    file.rows
      .filter((r) => r.otherWordings.length > 0)
      .map((r) => ({ claim: r.claim, label: r.label, wordings: r.otherWordings })),
  scales: (file) => ({ rows: file.rows, axes: file.axes }),
} satisfies ChartBuild<ExportDeclinesData, ExportDeclinesState, File>;
