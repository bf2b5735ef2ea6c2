import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Child processes of the proxy benchmark: started on 127.0.0.1 only, waited for until they say they
 * listen, and always stopped (`stopAll`, also on exit and on SIGINT/SIGTERM of the benchmark).
 */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));

export type Child = { name: string; process: ChildProcess; pid: number; output: () => string };

const children = new Set<Child>();

function killNow(child: Child): void {
  if (child.process.exitCode === null && child.process.signalCode === null) child.process.kill('SIGKILL');
}
process.once('exit', () => {
  for (const child of children) killNow(child);
});

/** Stops one child: SIGTERM, then SIGKILL after `graceMs`. */
export async function stop(child: Child, graceMs = 2_000): Promise<void> {
  children.delete(child);
  const proc = child.process;
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  proc.kill('SIGTERM');
  const timer = setTimeout(() => killNow(child), graceMs);
  await exited;
  clearTimeout(timer);
}

export async function stopAll(): Promise<void> {
  await Promise.all([...children].map((child) => stop(child)));
}

/**
 * Spawns a process and waits (at most `timeoutMs`) until its output contains `ready`. Its output is
 * kept (bounded) for the error message when it never gets there.
 */
export async function start(
  name: string,
  command: string,
  args: string[],
  env: Record<string, string>,
  ready: string | RegExp,
  timeoutMs = 30_000,
): Promise<Child> {
  const proc = spawn(command, args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  proc.stdout?.on('data', keep);
  proc.stderr?.on('data', keep);
  const child: Child = { name, process: proc, pid: proc.pid ?? -1, output: () => output };
  children.add(child);
  const deadline = Date.now() + timeoutMs;
  const seen = () => (typeof ready === 'string' ? output.includes(ready) : ready.test(output));
  while (!seen()) {
    if (proc.exitCode !== null || proc.signalCode !== null || Date.now() > deadline) {
      await stop(child);
      throw new Error(`${name} did not start: ${output.slice(-2_000)}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return child;
}

/** The ports are ours only if nothing listens on them yet. */
export async function assertFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', () => reject(new Error(`port ${port} on 127.0.0.1 is in use`)));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

/** Peak resident set (VmHWM) of a process in KiB, or null when it cannot be read. */
export function peakRssKb(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /VmHWM:\s+(\d+)\s+kB/.exec(status);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/** CPU time (user + system) a process has used so far, in ms; null when it cannot be read. */
export function cpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? (ticks * 1000) / CLOCK_TICKS : null;
  } catch {
    return null;
  }
}

/** USER_HZ: 100 on every Linux this runs on (getconf CLK_TCK). */
const CLOCK_TICKS = 100;

/** Resets VmHWM to the current RSS (Linux: "5" to clear_refs), so each run reports its own peak. */
export function resetPeakRss(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** The direct children of a process (nginx's worker under its master). */
export function childPids(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

/** A program the benchmark runs, where it was found (or installed), or why it is missing. */
export type Availability = { path: string; version: string; installed: boolean } | { missing: string };

/**
 * A program of the benchmark's (nginx, wrk): at one of `paths` or on PATH; when absent and this process
 * is root, installed with apt-get, each package in turn, and once more after refreshing the package
 * lists. A package's own service is not started (Debian's policy-rc.d in containers; we run our own
 * instance on loopback anyway).
 */
export function ensureProgram(
  name: string,
  packages: readonly string[],
  versionOf: (path: string) => string,
  log: (line: string) => void,
  paths: readonly string[] = [],
): Availability {
  const find = () => {
    for (const candidate of paths) if (existsSync(candidate)) return candidate;
    const which = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    return which.status === 0 && which.stdout.trim() ? which.stdout.trim() : null;
  };
  const present = find();
  if (present) return { path: present, version: versionOf(present), installed: false };
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) return { missing: `${name} is not installed and installing it needs root (apt-get)` };
  const apt = (args: string[]) =>
    spawnSync('apt-get', args, {
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      encoding: 'utf8',
      timeout: 300_000,
    });
  for (const refresh of [false, true]) {
    if (refresh) {
      log('apt-get update');
      apt(['update', '-qq']);
    }
    for (const pkg of packages) {
      log(`${name} absent: apt-get install -y ${pkg}`);
      const result = apt(['install', '-y', '-qq', pkg]);
      const path = find();
      if (path) return { path, version: versionOf(path), installed: true };
      if (result.error || result.status !== 0)
        log(`apt-get install ${pkg} failed: ${(result.stderr ?? '').slice(-300)}`);
    }
  }
  return { missing: `${name} is not installed and apt-get could not install it (${packages.join(' or ')})` };
}

function nginxVersion(path: string): string {
  const out = spawnSync(path, ['-v'], { encoding: 'utf8', timeout: 5_000 });
  return (out.stderr || out.stdout).trim().replace(/^nginx version:\s*nginx\//, '');
}

/** nginx (nginx-light, else nginx), installed when absent. */
export const ensureNginx = (log: (line: string) => void): Availability =>
  ensureProgram('nginx', ['nginx-light', 'nginx'], nginxVersion, log, [
    '/usr/sbin/nginx',
    '/usr/bin/nginx',
    '/usr/local/sbin/nginx',
    '/usr/local/bin/nginx',
  ]);

/**
 * One worker (the figure is for one), upstream keep-alive, no access log, buffering in memory
 * only (`proxy_max_temp_file_size 0`: a 1 MB body streams through instead of going to a temp file).
 */
export function writeNginxConfig(
  dir: string,
  listenPort: number,
  upstreamPort: number,
  authorization: string,
): string {
  for (const sub of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'])
    mkdirSync(join(dir, sub), { recursive: true });
  const conf = `worker_processes 1;
daemon off;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${join(dir, 'client_body')};
  proxy_temp_path ${join(dir, 'proxy')};
  fastcgi_temp_path ${join(dir, 'fastcgi')};
  uwsgi_temp_path ${join(dir, 'uwsgi')};
  scgi_temp_path ${join(dir, 'scgi')};
  upstream capillary {
    server 127.0.0.1:${upstreamPort};
    keepalive 128;
  }
  server {
    listen 127.0.0.1:${listenPort};
    location /api/ {
      proxy_pass http://capillary/;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Authorization "${authorization}";
      proxy_max_temp_file_size 0;
    }
  }
}
`;
  const path = join(dir, 'nginx.conf');
  writeFileSync(path, conf);
  return path;
}
