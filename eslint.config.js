// ESLint: correctness rules for TypeScript and .astro files, and the import boundaries that
// keep the data flowing one way: seeds → compile → data → charts → pages/embeds.
// Formatting is Prettier's job (prettier.config.js); max-len only catches what Prettier cannot
// wrap, such as long comments.
import js from "@eslint/js";
import astro from "eslint-plugin-astro";
import tseslint from "typescript-eslint";

/** Patterns for the folders a layer may not import, with the reason shown in the error. */
const compileOrSeeds = [
  {
    group: ["**/compile/*", "**/seeds/*"],
    message: "Pages, components, charts and embeds read data/ through src/data, never seeds/ or the compiler.",
  },
];
const pagesOrComponents = {
  group: ["**/pages/*", "**/components/*", "**/layouts/*"],
  message: "The compiler and the charts must not depend on pages or components (the flow runs the other way).",
};
const restrict = (patterns) => ["error", { patterns }];

export default tseslint.config(
  {
    ignores: [
      "dist/",
      "dist.*/",
      "data/",
      "export/",
      ".astro/",
      "node_modules/",
      "test-results/",
      "public/",
      // npm run mutation: its report and the sandbox a stopped run can leave.
      "reports/",
      ".stryker-tmp/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    // Node runs the config files.
    files: ["*.config.{js,mjs}"],
    languageOptions: { globals: { process: "readonly" } },
  },
  {
    rules: {
      "max-len": [
        "error",
        {
          code: 120,
          // Code lines are Prettier's (printWidth 120); this checks the comments it cannot wrap.
          ignorePattern: "^(?!\\s*(//|/\\*|\\*)).*",
          ignoreUrls: true,
          ignoreStrings: true,
          ignoreTemplateLiterals: true,
          ignoreRegExpLiterals: true,
        },
      ],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: [
      "src/pages/**",
      "src/components/**",
      "src/layouts/**",
      "src/embed/**",
      "src/scrolly/**",
      "src/data/**",
      "src/sources/**",
      "src/story/**",
    ],
    rules: { "no-restricted-imports": restrict(compileOrSeeds) },
  },
  {
    // The browser's scripts move between chart states the build drew (scenes/): they may name
    // the charts' types, never run chart code, which would bring d3 and zod into the bundle.
    files: [
      "src/scrolly/**",
      "src/offline/**",
      "src/embed/client.ts",
      "src/embed/loader.ts",
      "src/embed/messages.ts",
      "src/embed/params.ts",
      "src/embed/copyButtons.ts",
    ],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/charts/*", "**/charts/*/*", "d3-*", "zod"],
              allowTypeImports: true,
              message: "Browser scripts draw no chart: the build draws every state (src/build/storyScenes.ts).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["src/charts/**"],
    rules: { "no-restricted-imports": restrict([...compileOrSeeds, pagesOrComponents]) },
  },
  {
    files: ["src/compile/**"],
    rules: { "no-restricted-imports": restrict([pagesOrComponents]) },
  },
);
