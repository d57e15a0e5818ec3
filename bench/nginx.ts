/** nginx from Debian serving saved pages as static files: the yardstick for the page cache. */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

export interface StaticServer {
  origin: string;
  /** The master process; its workers are its children. */
  pid: number;
  stop(): void;
}

/** Serves `files` (URL path → content) from `dir`; null when nginx is not installed. */
export async function startNginx(dir: string, port: number, files: Record<string, string>): Promise<StaticServer | null> {
  if (!fs.existsSync(NGINX)) return null;
  const root = path.join(dir, 'www');
  // nginx's workers run as an unprivileged user: the files must be readable by anyone.
  fs.chmodSync(dir, 0o755);
  for (const [urlPath, content] of Object.entries(files)) {
    const file = path.join(root, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  const conf = path.join(dir, 'nginx.conf');
  fs.writeFileSync(
    conf,
    `daemon off;
worker_processes auto;
pid ${dir}/nginx.pid;
error_log ${dir}/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  client_body_temp_path ${dir}/client-body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  default_type text/html;
  etag on;
  server {
    listen 127.0.0.1:${port};
    root ${root};
    location / { try_files $uri $uri/index.html =404; }
  }
}
`,
  );
  const child = spawn(NGINX, ['-c', conf, '-p', dir], { stdio: ['ignore', 'ignore', 'inherit'] });
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      if ((await fetch(`${origin}/`)).status < 500) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`nginx did not start; see ${dir}/nginx-error.log`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { origin, pid: child.pid!, stop: () => child.kill('SIGQUIT') };
}
