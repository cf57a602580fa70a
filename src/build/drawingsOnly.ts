import type { Plugin } from "esbuild";

/**
 * Each chart folder's build half (src/charts/<id>/build.ts: its zod schemas, its table, the
 * compile step's shaping) is for the build only; zod alone would weigh more than the story's
 * whole script. In the browser it is an empty object, and the registry carries the drawings.
 */
export const drawingsOnly: Plugin = {
  name: "chart-drawings-only",
  setup(b) {
    b.onResolve({ filter: /^\.\/build\.ts$/ }, (args) =>
      /[\\/]src[\\/]charts[\\/][^\\/]+$/.test(args.resolveDir)
        ? { path: args.importer, namespace: "chart-build" }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "chart-build" }, () => ({ contents: "export default {};", loader: "js" }));
  },
};
