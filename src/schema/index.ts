// One schema for claims and sources, shared by the compiler, the pages and the tests.
export * from "./actor.ts";
export * from "./chart.ts";
export * from "./citation.ts";
export * from "./claim.ts";
export * from "./compiled.ts";
export * from "./date.ts";
export * from "./exclusion.ts";
export * from "./ids.ts";
export * from "./source.ts";
export * from "./value.ts";
