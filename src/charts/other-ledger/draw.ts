import { drawing } from "../chart.ts";
import { describeOtherLedger } from "./describe.ts";
import { otherLedger } from "./render.ts";

/** The other side of the ledger: exports fell, imports rose, and Russia's share of China's trade. */
export default drawing({ id: "other-ledger", role: "img", render: otherLedger, describe: describeOtherLedger });
