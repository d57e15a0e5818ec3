// The runtime's own ceiling for a cached page: a bare node:http server sending, from memory, the bytes
// and headers Diwan sends for each page. Usage: node bench/bare-node-server.mjs <port> <pages.json>
// where pages.json maps a URL path to { headers, body (base64) }.
import fs from 'node:fs';
import http from 'node:http';

const [port, file] = process.argv.slice(2);
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
    response.writeHead(200, page.headers);
    response.end(page.bytes);
  })
  .listen(Number(port), '127.0.0.1', () => process.send?.('listening'));
// Exit cleanly on a signal, so that --cpu-prof (when profiling) writes its profile.
process.on('SIGINT', () => process.exit(0));
process.on('SIGTERM', () => process.exit(0));
