// The runtime's own ceiling for a cached page: a bare node:http server sending, from memory, the bytes
// and headers Diwan sends for each page. Usage: node bench/bare-node-server.mjs <port> <pages.json> [processes] [rounds]
// where pages.json maps a URL path to { headers, body (base64) }. With more than one process, that many
// node:cluster workers share the port, as Diwan's DIWAN_WORKERS do: the ceiling for every core. With
// `rounds`, each request first does that many rounds of cpu-work.mjs: the machine's yardstick for rendering.
import cluster from 'node:cluster';
import fs from 'node:fs';
import http from 'node:http';
import { workRound } from './cpu-work.mjs';

const [port, file, processes = '1', rounds = '0'] = process.argv.slice(2);
const workers = Number(processes);
const workRounds = Number(rounds);

if (workers > 1 && cluster.isPrimary) {
  let listening = 0;
  for (let i = 0; i < workers; i++) cluster.fork();
  cluster.on('listening', () => {
    if (++listening === workers) process.send?.('listening');
  });
  const stop = () => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} else {
  const pages = new Map(
    Object.entries(JSON.parse(fs.readFileSync(file, 'utf8'))).map(([path, page]) => [path, { headers: page.headers, bytes: Buffer.from(page.body, 'base64') }]),
  );
  http
    .createServer((request, response) => {
      const page = pages.get(request.url);
      if (!page) {
        response.writeHead(404).end();
        return;
      }
      let worked = 0;
      for (let i = 0; i < workRounds; i++) worked += workRound();
      if (worked < 0) throw new Error('unreachable: keeps the work from being optimized away');
      response.writeHead(200, page.headers);
      response.end(page.bytes);
    })
    .listen(Number(port), '127.0.0.1', () => process.send?.('listening'));
  // Exit cleanly on a signal, so that --cpu-prof (when profiling) writes its profile.
  process.on('SIGINT', () => process.exit(0));
  process.on('SIGTERM', () => process.exit(0));
}
