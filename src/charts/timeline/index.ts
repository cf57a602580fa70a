// The timeline: its drawing (draw.ts) and its build half (build.ts).
import { defineChart } from "../chart.ts";
import build from "./build.ts";
import draw from "./draw.ts";

export default defineChart(draw, build);
