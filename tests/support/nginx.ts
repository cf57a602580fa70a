// Runs Debian's nginx as a throwaway server: its own prefix, pid, logs and temp paths in a
// temporary folder, in the foreground (`daemon off`), on a free loopback port.
import { spawn, type ChildProcess } from "node:child_process";
import { chmod, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export const NGINX_PATH = process.env.NGINX_PATH ?? "/usr/sbin/nginx";

export interface Nginx {
  origin: string;
  close(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on("error", reject);
  });
}

/**
 * Serves `dist` with `locations` (a README block of `location` directives whose `root` is
 * `/var/www`) as the whole of a server block. The folder is linked at `/var/www` + `subpath`.
 */
export async function startNginx(dist: string, locations: string, subpath: string): Promise<Nginx> {
  const dir = await mkdtemp(join(tmpdir(), "quiet-exit-nginx-"));
  // Readable by nginx's workers if they run as another user (tests not run as root).
  await chmod(dir, 0o755);
  const www = join(dir, "www");
  await mkdir(dirname(join(www, subpath)), { recursive: true });
  await symlink(dist, join(www, subpath.replace(/\/$/, "")));
  const port = await freePort();
  const server = locations.replaceAll("root /var/www;", `root ${www};`);
  if (server === locations) throw new Error("README.md nginx block: no `root /var/www;` to point at the built folder");
  const temp = (name: string) => `${name}_temp_path ${join(dir, name)};`;
  await writeFile(
    join(dir, "nginx.conf"),
    // As root, workers keep root's rights: the checkout may sit in a folder only its owner can
    // read (mktemp makes them 0700), and this is a loopback server for one test.
    `${process.getuid?.() === 0 ? "user root;\n" : ""}daemon off;\nworker_processes 1;\npid ${join(dir, "nginx.pid")};\nerror_log ${join(dir, "error.log")};\nevents {}\n` +
      `http {\n include /etc/nginx/mime.types;\n access_log off;\n` +
      ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map(temp).join("\n") +
      `\n server {\n  listen 127.0.0.1:${port};\n${server}\n }\n}\n`,
  );
  const child: ChildProcess = spawn(
    NGINX_PATH,
    ["-p", dir, "-e", join(dir, "error.log"), "-c", join(dir, "nginx.conf")],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  let stderr = "";
  child.stderr!.on("data", (d) => (stderr += d));
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null)
      throw new Error(`nginx exited: ${stderr}${await readFile(join(dir, "error.log"), "utf8").catch(() => "")}`);
    const up = await fetch(`${origin}/`).then(
      () => true,
      () => false,
    );
    if (up) break;
    if (i > 100) throw new Error(`nginx did not answer on ${origin}: ${stderr}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    origin,
    close: async () => {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
}
