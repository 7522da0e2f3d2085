/**
 * A tiny static file server for the production build (dist/web), used by `npm run preview`
 * and by the end-to-end tests. Local only: binds 127.0.0.1 unless told otherwise.
 * Usage: `npx tsx scripts/serve-dist.ts [dir]` (PORT=8080 by default).
 */
import { existsSync } from 'fs';
import { readFile, stat } from 'fs/promises';
import { createServer } from 'http';
import { AddressInfo } from 'net';
import { extname, join, resolve, sep } from 'path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export interface StaticServer {
  /** Base URL with a trailing slash, e.g. http://127.0.0.1:41234/ */
  url: string;
  close(): Promise<void>;
}

/** The file under `root` a request path names, or null when it would leave `root`. */
export function resolveRequestPath(root: string, requestPath: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(requestPath.split('?')[0]);
  } catch {
    return null;
  }
  if (path.endsWith('/')) path += 'preview.html';
  const full = resolve(root, `.${path}`);
  return full === root || full.startsWith(root + sep) ? full : null;
}

/**
 * Serve the files under `root` over http (port 0 picks a free one).
 * @example const server = await serveStatic('dist/web'); … await server.close();
 */
export function serveStatic(root: string, options: { host?: string; port?: number } = {}): Promise<StaticServer> {
  const base = resolve(root);
  const host = options.host ?? '127.0.0.1';
  const server = createServer((req, res) => {
    void (async () => {
      const file = resolveRequestPath(base, req.url ?? '/');
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405).end();
        return;
      }
      if (!file || !(await stat(file).catch(() => null))?.isFile()) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      const body = await readFile(file);
      res.writeHead(200, {
        'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Length': body.length,
        'Cache-Control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    })().catch(() => res.writeHead(500).end());
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, host, () => {
      const { port } = server.address() as AddressInfo;
      done({
        url: `http://${host}:${port}/`,
        close: () => new Promise((closed) => server.close(() => closed())),
      });
    });
  });
}

async function main(): Promise<void> {
  const root = resolve(process.argv[2] ?? join(__dirname, '..', 'dist', 'web'));
  if (!existsSync(join(root, 'preview.html'))) {
    console.error(`${root} 中没有 preview.html：请先运行 npm run build。`);
    process.exitCode = 1;
    return;
  }
  const server = await serveStatic(root, { port: Number(process.env.PORT ?? 8080) });
  console.log(`决算助手预览页：${server.url}preview.html`);
  console.log('按 Ctrl+C 停止。');
}

if (require.main === module) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
