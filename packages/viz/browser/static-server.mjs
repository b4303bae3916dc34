// A tiny static file server on 127.0.0.1 for the built site (node:http only), used by the browser
// tests and the frames-per-second bench. It serves `root` and nothing outside it.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};

/**
 * Serves the folder `root` on 127.0.0.1 on a free port.
 * @param {string} root
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 *
 * @example
 * ```ts
 * const server = await serveStatic(VIZ);
 * const response = await fetch(`${server.url}package.json`);
 * (await response.json()).name // => '@decroche/viz'
 * (await fetch(`${server.url}../secret`)).status // => 404
 * await server.close();
 * ```
 */
export async function serveStatic(root) {
  const base = normalize(root + sep);
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}
