// What the browser imports: renderChart and the types the story's script needs. The charts
// themselves are listed in registry.ts.
export { DEFAULT_SIZE, renderChart, type ChartKey } from "./registry.ts";
