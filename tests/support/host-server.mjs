/**
 * A host site on another origin, for the embed tests: pages that embed the explainer's charts
 * the way a newsroom would. Usage: node tests/support/host-server.mjs <port> <site root URL>
 */
import { createServer } from 'node:http';

const [port = '4322', site = 'http://127.0.0.1:4321/'] = process.argv.slice(2);

const frame = (path, attrs = '', height = 720) =>
  `<iframe src="${site}${path}" title="Embedded chart" width="100%" height="${height}" style="border:0" ${attrs}></iframe>`;

const pages = {
  '/host': `${frame('embed/timeline/', 'id="timeline"')}${frame('embed/graph/', 'id="graph"')}${frame('timeline/', 'id="not-embed"', 300)}<script async src="${site}embed.js"></script>`,
  '/sandboxed': `${frame('embed/timeline/', 'id="timeline" sandbox="allow-scripts allow-same-origin allow-popups"')}<script async src="${site}embed.js"></script>`,
  '/plain': frame('embed/timeline/', 'id="timeline"'),
  // A 600-px article column, as most newsrooms have: story mode and a white-label timeline.
  '/column': `<div style="width:600px">${frame('embed/timeline/story/?event=blinken-wang-jakarta', 'id="story"', 450)}</div>`,
  '/column-sized': `<div style="width:600px">${frame('embed/timeline/story/?event=blinken-wang-jakarta', 'id="story"', 450)}</div><script async src="${site}embed.js"></script>`,
  // The chart in a 600-px column, at the documented default height, sized by embed.js.
  '/column-chart': `<div style="width:600px">${frame('embed/timeline/', 'id="timeline"', 480)}</div><script async src="${site}embed.js"></script>`,
  // A white article page with a transparent, re-coloured embed.
  '/white-label': `${frame('embed/timeline/story/?bg=transparent&accent=%23cc0000&font=sans&theme=light', 'id="story"', 450)}`,
  '/listen': `<script>window.received=[];addEventListener('message',function(e){received.push({origin:e.origin,data:e.data})})</script>${frame('embed/timeline/?childId=chart1', 'id="timeline"')}`,
};

/**
 * `/fit?src=<embed path>&width=<px>`: one embed in a column of that width, at its documented
 * default height, sized by embed.js. Only the site's embed paths are taken, as text.
 */
const fit = (query) => {
  const src = query.get('src') ?? '';
  const width = Number(query.get('width') ?? 600);
  if (!/^embed\/[\w\-/?=&%.,]*$/.test(src) || !(width >= 200 && width <= 2000)) return undefined;
  return `<div style="width:${width}px">${frame(src.replaceAll('&', '&amp;'), 'id="fit"', src.includes('story') ? 450 : 480)}</div><script async src="${site}embed.js"></script>`;
};

createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://x');
  const path = url.pathname;
  const body = path === '/fit' ? fit(url.searchParams) : pages[path];
  if (!body) {
    response.writeHead(404).end('not found');
    return;
  }
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  response.end(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host article</title></head><body style="margin:0;font-family:sans-serif"><h1>A newsroom article</h1><p>Some text before the embed.</p>${body}<p>Text after.</p></body></html>`,
  );
}).listen(Number(port), '127.0.0.1');
