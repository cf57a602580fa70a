import { criticalCss } from "../build/criticalCss.ts";

/**
 * The pages' Content-Security-Policy: everything from the site itself, no inline script,
 * one inline style (the first screen's CSS, allowed by its hash), nothing from any other host.
 * The JSON data blocks in the pages are not executed, so they need no exception. Sent as a
 * <meta> tag (so it holds on any static host) and, where the host reads it, in public/_headers
 * and the README's server blocks together with frame-ancestors (`npm run csp` prints it).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  `style-src 'self' ${criticalCss().source}`,
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  // No script of ours writes HTML from a string (innerHTML, document.write…): the browser
  // refuses any such write, so an injection bug cannot turn into script.
  "require-trusted-types-for 'script'",
].join("; ");
