/**
 * The pages' Content-Security-Policy: everything from the site itself, no inline script or
 * style, nothing from any other host. The JSON data blocks in the pages are not executed, so
 * they need no exception. Sent as a <meta> tag (so it holds on any static host) and, where
 * the host reads it, in public/_headers together with frame-ancestors.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
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
