import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import sirv from "sirv";

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves `dir` as a plain static host would, under `base` ("/" or "/news/2022/quiet-exit/"),
 * on 127.0.0.1. Port 0 picks a free port. Like nginx with gzip_static and brotli_static, it
 * sends the build's precompressed `.br`/`.gz` files (src/build/precompress.ts) to browsers
 * that accept them; `encodings` narrows that (`["gzip"]`, or `[]` to serve every file as it is).
 * Used by `npm start` (scripts/serve.ts), the browser tests and the benchmarks alike.
 */
export function startStaticServer(
  dir: string,
  options: { port?: number; base?: string; encodings?: ("br" | "gzip")[] } = {},
): Promise<StaticServer> {
  const base = (options.base ?? "/").replace(/\/?$/, "/");
  const encodings = options.encodings ?? ["br", "gzip"];
  const files = sirv(dir, {
    dev: false,
    etag: true,
    gzip: encodings.includes("gzip"),
    brotli: encodings.includes("br"),
  });
  const server: Server = createServer((req, res) => {
    const url = req.url ?? "/";
    if (!url.startsWith(base)) {
      res.writeHead(404, { "content-type": "text/plain" }).end("Not found");
      return;
    }
    req.url = `/${url.slice(base.length)}`;
    files(req, res, () => {
      res.writeHead(404, { "content-type": "text/plain" }).end("Not found");
    });
  });
  return new Promise((resolve) => {
    server.listen(options.port ?? 0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}${base}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
