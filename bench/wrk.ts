/**
 * Load from Debian's `wrk`, a C program: on this two-core machine a load generator written in Node
 * saturates before the servers do (nginx read 32k req/s under autocannon and 78k under wrk in the same
 * hour), so ratios measured with one would describe the generator. `wrk` is asked for its latency
 * distribution and its output read back into numbers.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

export const WRK = process.env.WRK_PATH ?? '/usr/bin/wrk';

export const hasWrk = () => fs.existsSync(WRK);

export interface WrkResult {
  requestsPerSecond: number;
  /** Milliseconds. */
  p50: number;
  p99: number;
  requests: number;
  /** Socket errors and timeouts. */
  socketErrors: number;
  /** Answers other than 2xx and 3xx. */
  non2xx: number;
  /** What wrk printed, with what a script's done() wrote. */
  output: string;
}

export interface WrkOptions {
  connections: number;
  seconds: number;
  threads?: number;
  /** A Lua script for requests that are not a plain GET (see wrk's SCRIPTING). */
  script?: string;
}

const MS_PER = { us: 0.001, ms: 1, s: 1000 } as const;

function milliseconds(text: string): number {
  const match = /^([\d.]+)(us|ms|s)$/.exec(text.trim());
  if (!match) throw new Error(`wrk printed a latency "${text}" this bench cannot read`);
  // Rounded to the microsecond wrk prints: 825us is 0.825 ms, not 0.8250000000000001.
  return Math.round(Number(match[1]) * MS_PER[match[2] as keyof typeof MS_PER] * 1000) / 1000;
}

export function parseWrk(output: string): WrkResult {
  const number = (pattern: RegExp) => Number(pattern.exec(output)?.[1] ?? 0);
  const latency = (percent: string) => {
    const match = new RegExp(`^\\s+${percent}%\\s+(\\S+)`, 'm').exec(output);
    if (!match) throw new Error(`wrk printed no ${percent}th percentile:\n${output}`);
    return milliseconds(match[1]!);
  };
  const errors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  return {
    requestsPerSecond: number(/Requests\/sec:\s+([\d.]+)/),
    p50: latency('50'),
    p99: latency('99'),
    requests: number(/(\d+) requests in/),
    socketErrors: errors ? errors.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0,
    non2xx: number(/Non-2xx or 3xx responses: (\d+)/),
    output,
  };
}

export async function runWrk(url: string, options: WrkOptions): Promise<WrkResult> {
  const args = [`-t${options.threads ?? 1}`, `-c${options.connections}`, `-d${options.seconds}s`, '--latency', '--timeout', '10s'];
  let scriptFile: string | undefined;
  if (options.script) {
    scriptFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'diwan-wrk-')), 'requests.lua');
    fs.writeFileSync(scriptFile, options.script);
    args.push('-s', scriptFile);
  }
  try {
    const { stdout } = await promisify(execFile)(WRK, [...args, url], { maxBuffer: 1 << 20 });
    return parseWrk(stdout);
  } finally {
    if (scriptFile) fs.rmSync(path.dirname(scriptFile), { recursive: true, force: true });
  }
}
