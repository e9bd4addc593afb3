/**
 * A plain static file server, like the hosts publishers deploy to: it serves a built site under
 * a base path, answers directories with their index.html, redirects a directory without its
 * trailing slash, answers everything else with the build's 404 page, and applies the build's
 * `_headers` file the way Cloudflare Pages does (./header-rules.mjs), by the path asked for, the
 * 404 page's too.
 *
 * Usage: node tests/support/static-server.mjs <port> <dir> [base]
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { headersFor, parseHeaderRules } from './header-rules.mjs';

const [port = '4321', dir = 'dist', rawBase = '/'] = process.argv.slice(2);
const root = resolve(dir);
const base = `/${rawBase.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

const headersFile = join(root, '_headers');
const rules = existsSync(headersFile) ? parseHeaderRules(readFileSync(headersFile, 'utf8')) : [];

function send(response, status, file, headers) {
  response.writeHead(status, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'content-length': statSync(file).size,
    ...headers,
  });
  createReadStream(file).pipe(response);
}

createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const path = decodeURIComponent(url.pathname);
  const notFound = () => {
    const page = join(root, '404.html');
    if (existsSync(page)) send(response, 404, page, headersFor(rules, path));
    else response.writeHead(404).end('Not found');
  };
  if (!path.startsWith(base) && `${path}/` !== base) return notFound();
  if (`${path}/` === base) {
    response.writeHead(301, { location: base + url.search }).end();
    return;
  }
  const file = normalize(join(root, path.slice(base.length)));
  if (!file.startsWith(root)) return notFound();
  if (existsSync(file) && statSync(file).isDirectory()) {
    if (!path.endsWith('/')) {
      response.writeHead(301, { location: `${path}/${url.search}` }).end();
      return;
    }
    const index = join(file, 'index.html');
    return existsSync(index) ? send(response, 200, index, headersFor(rules, path)) : notFound();
  }
  if (existsSync(file) && file !== join(root, '_headers'))
    return send(response, 200, file, headersFor(rules, path));
  return notFound();
}).listen(Number(port), '127.0.0.1', () => {
  console.log(`serving ${root} at http://127.0.0.1:${port}${base}`);
});
