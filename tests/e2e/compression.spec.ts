// `npm start` and the test server send the build's precompressed files, as nginx's gzip_static
// and brotli_static would: a browser that accepts brotli gets brotli, and it unpacks to exactly
// the file in dist/. Raw sockets (node:http) are used so that nothing decodes the body for us.
import { readdir, readFile } from "node:fs/promises";
import { get } from "node:http";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { expect, test } from "./fixtures.ts";

const dist = fileURLToPath(new URL("../../dist", import.meta.url));

function fetchRaw(
  url: string,
  acceptEncoding: string,
): Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { "accept-encoding": acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    }).on("error", reject);
  });
}

test("the story page and its scripts come brotli-compressed and unpack to the built files", async ({ baseURL }) => {
  const story = await readFile(join(dist, "index.html"), "utf8");
  const scripts = [...story.matchAll(/<script[^>]*\ssrc="([^"]+\.js)"/g)].map((m) => m[1]!.replace(/^\.\//, ""));
  expect(scripts.length, "the story page loads at least one script").toBeGreaterThan(0);
  for (const path of ["", ...scripts]) {
    const url = new URL(path, `${baseURL}/`).href;
    const plain = await fetchRaw(url, "identity");
    expect(plain.headers["content-encoding"], path).toBeUndefined();
    expect(
      plain.body.equals(await readFile(join(dist, path || "index.html"))),
      `${path}: the plain response is the built file`,
    ).toBe(true);
    const br = await fetchRaw(url, "gzip, deflate, br");
    expect(br.headers["content-encoding"], path).toBe("br");
    expect(br.headers["vary"], path).toMatch(/accept-encoding/i);
    expect(br.body.length, `${path}: brotli is smaller`).toBeLessThan(plain.body.length);
    expect(brotliDecompressSync(br.body).equals(plain.body), `${path}: brotli unpacks to the same bytes`).toBe(true);
    const gz = await fetchRaw(url, "gzip");
    expect(gz.headers["content-encoding"], path).toBe("gzip");
    expect(gunzipSync(gz.body).equals(plain.body), `${path}: gzip unpacks to the same bytes`).toBe(true);
  }
});

test("the build wrote a .br and a .gz beside every text file, each unpacking to it", async () => {
  const files = (await readdir(dist, { recursive: true })).filter((f) =>
    /\.(html|css|js|json|svg|csv|txt|xml)$/.test(f),
  );
  expect(files.length).toBeGreaterThan(30);
  for (const file of files) {
    const body = await readFile(join(dist, file));
    expect(brotliDecompressSync(await readFile(join(dist, `${file}.br`))).equals(body), `${file}.br`).toBe(true);
    expect(gunzipSync(await readFile(join(dist, `${file}.gz`))).equals(body), `${file}.gz`).toBe(true);
  }
});

test("a browser is sent the compressed story", async ({ page }) => {
  const response = await page.goto("/");
  expect(["br", "gzip"]).toContain((await response!.allHeaders())["content-encoding"]);
});
