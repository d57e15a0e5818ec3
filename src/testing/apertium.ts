/**
 * A real Apertium APY for translation tests, started on a loopback port from Debian's packages
 * (apertium-apy and the English/French–Spanish/Catalan pairs). Required when CI=true; skipped with a
 * message elsewhere.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../http/assets.ts';
import { freePort } from './free-port.ts';

const MODES = '/usr/share/apertium/modes';
const PYTHON = '/usr/bin/python3';

export function skipUnlessApertium(): string | false {
  if (fs.existsSync('/usr/bin/apertium-apy') && fs.existsSync(path.join(MODES, 'eng-spa.mode'))) return false;
  const reason =
    'Apertium APY with the eng-spa pair is not installed (apt-get install apertium-apy apertium-eng-spa apertium-eng-cat apertium-fr-es apertium-fra-cat)';
  if (process.env.CI === 'true') throw new Error(`${reason}; required when CI=true`);
  console.warn(`skipping machine translation tests: ${reason}`);
  return reason;
}

export interface RunningApertium {
  url: string;
  stop(): Promise<void>;
}

export async function startApertium(): Promise<RunningApertium> {
  const port = await freePort();
  const child: ChildProcess = spawn(PYTHON, [path.join(projectRoot(), 'scripts', 'apertium-apy-loopback.py'), '-p', String(port), MODES], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-2000)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Apertium APY exited with ${child.exitCode}: ${errors}`);
    if (
      await fetch(`${url}/listPairs`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (Date.now() > deadline) throw new Error(`Apertium APY did not answer within 30 s: ${errors}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}
