/**
 * Runs a command as its own process group and measures it: wall time, lines of output as they
 * arrive (timestamped), peak memory of the whole process tree (sampled from /proc), a time limit
 * that stops the group, and — when /usr/bin/time exists — the kernel's maximum RSS.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { TimedLine } from './build-log.ts';

/** VmRSS and VmHWM (kB) from the text of /proc/<pid>/status. */
export function parseStatus(text: string): { rssKb: number; hwmKb: number } {
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)\\s+kB`, 'm').exec(text)?.[1] ?? 0);
  return { rssKb: kb('VmRSS'), hwmKb: kb('VmHWM') };
}

/** The parent pid from the text of /proc/<pid>/stat (the command name may hold spaces and parentheses). */
export function parseStatPpid(text: string): number | null {
  const close = text.lastIndexOf(')');
  if (close < 0) return null;
  const fields = text.slice(close + 2).split(' ');
  const ppid = Number(fields[1]);
  return Number.isInteger(ppid) ? ppid : null;
}

/** `Maximum resident set size (kbytes): 123` from GNU time -v. */
export function parseTimeMaxRss(lines: readonly string[]): number | null {
  for (const l of lines) {
    const m = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(l);
    if (m) return Number(m[1]);
  }
  return null;
}

/** User + system CPU seconds from GNU time -v (all cores; insensitive to other load on the machine). */
export function parseTimeCpu(lines: readonly string[]): number | null {
  let user: number | null = null;
  let sys: number | null = null;
  for (const l of lines) {
    const u = /User time \(seconds\):\s*([\d.]+)/.exec(l);
    const s = /System time \(seconds\):\s*([\d.]+)/.exec(l);
    if (u) user = Number(u[1]);
    if (s) sys = Number(s[1]);
  }
  return user === null || sys === null ? null : user + sys;
}

function readText(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** The pid and every descendant of it, from /proc. */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  let entries: string[] = [];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [root];
  }
  for (const e of entries) {
    if (!/^\d+$/.test(e)) continue;
    const stat = readText(`/proc/${e}/stat`);
    const ppid = stat ? parseStatPpid(stat) : null;
    if (ppid === null) continue;
    const list = children.get(ppid) ?? [];
    list.push(Number(e));
    children.set(ppid, list);
  }
  const out: number[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    out.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
}

export interface Measured {
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  seconds: number;
  /** Largest sum of VmRSS over the process tree seen while sampling. */
  peakTreeRssKb: number;
  /** Largest VmHWM (peak RSS) of any one process of the tree seen while sampling. */
  peakProcessHwmKb: number;
  /** GNU time's maximum RSS of the largest process, when run under /usr/bin/time. */
  timeMaxRssKb: number | null;
  /** GNU time's user + system CPU seconds, when run under /usr/bin/time. */
  cpuSeconds: number | null;
  lines: TimedLine[];
  /** Date.now() when the command was started (line times are ms after it). */
  startEpochMs: number;
}

export interface MeasureOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  timeoutMs: number;
  /** Every line is also appended here, prefixed with its time in ms. */
  logFile?: string;
  /** Wrap in /usr/bin/time -v when present (default true). */
  gnuTime?: boolean;
  sampleMs?: number;
  onLine?: (l: TimedLine) => void;
}

export const GNU_TIME = '/usr/bin/time';

export function runMeasured(cmd: string, args: readonly string[], o: MeasureOptions): Promise<Measured> {
  const useTime = (o.gnuTime ?? true) && existsSync(GNU_TIME);
  const [exe, argv] = useTime ? [GNU_TIME, ['-v', cmd, ...args]] : [cmd, [...args]];
  const t0 = performance.now();
  const startEpochMs = Date.now();
  const child = spawn(exe, argv, { cwd: o.cwd, env: o.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = o.logFile ? createWriteStream(o.logFile) : null;
  const lines: TimedLine[] = [];
  const take = (line: string) => {
    const l = { t: performance.now() - t0, line };
    lines.push(l);
    log?.write(`[${Math.round(l.t)}] ${line}\n`);
    o.onLine?.(l);
  };
  createInterface({ input: child.stdout }).on('line', take);
  createInterface({ input: child.stderr }).on('line', take);
  let peakTree = 0;
  let peakHwm = 0;
  const sample = () => {
    if (child.pid === undefined) return;
    let sum = 0;
    for (const pid of processTree(child.pid)) {
      const s = readText(`/proc/${pid}/status`);
      if (!s) continue;
      const { rssKb, hwmKb } = parseStatus(s);
      sum += rssKb;
      peakHwm = Math.max(peakHwm, hwmKb);
    }
    peakTree = Math.max(peakTree, sum);
  };
  const sampler = setInterval(sample, o.sampleMs ?? 250);
  let timedOut = false;
  const kill = (signal: NodeJS.Signals) => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  const timer = setTimeout(() => {
    timedOut = true;
    sample();
    if (useTime && child.pid !== undefined) {
      // Stop the measured command but not GNU time, so that it still reports CPU time and max RSS.
      for (const pid of processTree(child.pid).slice(1)) {
        try {
          process.kill(pid, 'SIGTERM');
        } catch {
          // already gone
        }
      }
    } else kill('SIGTERM');
    setTimeout(() => kill('SIGKILL'), 10_000).unref();
  }, o.timeoutMs);
  return new Promise((ok) => {
    child.on('close', (code, signal) => {
      clearInterval(sampler);
      clearTimeout(timer);
      log?.end();
      const timeLines = lines.map((l) => l.line);
      ok({
        exitCode: code,
        signal,
        timedOut,
        seconds: (performance.now() - t0) / 1000,
        peakTreeRssKb: peakTree,
        peakProcessHwmKb: peakHwm,
        timeMaxRssKb: useTime ? parseTimeMaxRss(timeLines) : null,
        cpuSeconds: useTime ? parseTimeCpu(timeLines) : null,
        lines,
        startEpochMs,
      });
    });
  });
}
