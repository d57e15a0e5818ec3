// The runtime's own ceiling for a cached page: a bare node:http server sending, from memory, the bytes
// and headers Diwan sends for that page. Usage: node bench/bare-node-server.mjs <port> <page.json>
import fs from 'node:fs';
import http from 'node:http';

const [port, file] = process.argv.slice(2);
const { headers, body } = JSON.parse(fs.readFileSync(file, 'utf8'));
const bytes = Buffer.from(body, 'base64');
http
  .createServer((_request, response) => {
    response.writeHead(200, headers);
    response.end(bytes);
  })
  .listen(Number(port), '127.0.0.1', () => process.send?.('listening'));
// Exit cleanly on a signal, so that --cpu-prof (when profiling) writes its profile.
process.on('SIGINT', () => process.exit(0));
process.on('SIGTERM', () => process.exit(0));
