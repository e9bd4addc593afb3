/**
 * A plain static file server, like the hosts publishers deploy to: it serves a built site under
 * a base path, answers directories with their index.html, redirects a directory without its
 * trailing slash, answers everything else with the build's 404 page, and applies the build's
 * `_headers` file the way Netlify and Cloudflare Pages do (every matching rule; a header set by
 * two rules is joined with a comma, as those hosts do).
 *
 * Usage: node tests/support/static-server.mjs <port> <dir> [base]
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

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

/** The rules of a `_headers` file: a path pattern, then indented `Name: value` lines. */
function readHeaderRules() {
  const file = join(root, '_headers');
  if (!existsSync(file)) return [];
  const rules = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replaceAll('*', '.*');
      rules.push({ test: new RegExp(`^${pattern}$`), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    rules
      .at(-1)
      ?.headers.push([line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

const rules = readHeaderRules();

function headersFor(path) {
  const merged = {};
  for (const rule of rules) {
    if (!rule.test.test(path)) continue;
    for (const [name, value] of rule.headers)
      merged[name] = merged[name] ? `${merged[name]}, ${value}` : value;
  }
  return merged;
}

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
    if (existsSync(page)) send(response, 404, page, headersFor(`${base}404.html`));
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
    return existsSync(index) ? send(response, 200, index, headersFor(path)) : notFound();
  }
  if (existsSync(file) && file !== join(root, '_headers'))
    return send(response, 200, file, headersFor(path));
  return notFound();
}).listen(Number(port), '127.0.0.1', () => {
  console.log(`serving ${root} at http://127.0.0.1:${port}${base}`);
});
