// Prettier formats every file the same way, so diffs show changes, not style. Lines stay
// within 120 characters (ESLint's max-len catches the comments Prettier cannot wrap).
export default {
  printWidth: 120,
  plugins: ["prettier-plugin-astro"],
  overrides: [{ files: "*.astro", options: { parser: "astro" } }],
};
