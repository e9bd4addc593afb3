/**
 * The tools newsrooms use today, from the npm registry (devDependencies), set up in a built site
 * under /peers/ so that they render the same events from the same origin:
 * - TimelineJS3 (@knight-lab/timelinejs) reads /data/timelinejs.json, as the /data/ page offers;
 * - vis-timeline (standalone build) reads /data/events.json, one item per event.
 * Each page sets window.__rendered (ms since navigation) once the timeline is drawn.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { percentile, recordFrames, ROOT, round, warm } from './support.mjs';

const MODULES = join(ROOT, 'node_modules');

const page = (title, head, body) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}: peer benchmark</title>
    <meta name="description" content="${title} rendering the Storm-0558 events, for comparison." />
    ${head}
  </head>
  <body style="margin: 0">
    <main>
      <h1 style="font: 600 1rem system-ui, sans-serif; margin: 0.5rem">${title}</h1>
      ${body}
    </main>
  </body>
</html>
`;

// Marks the first frame painted after the library says it has drawn.
const MARK = `function rendered(){requestAnimationFrame(function(){setTimeout(function(){window.__rendered=performance.now()})})}`;

/**
 * Each peer's page is written from its entry: its stylesheet and library (paths under /peers/),
 * the data it reads (a path of the site), the element it draws into, and the script that starts
 * it (given the data's URL relative to the page).
 */
export const PEERS = [
  {
    id: 'timelinejs',
    name: 'TimelineJS3',
    style: 'timelinejs/css/timeline.css',
    script: 'timelinejs/js/timeline.js',
    data: 'data/timelinejs.json',
    container: '<div id="timeline-embed" style="width: 100%; height: 600px"></div>',
    start: (data) =>
      `var here=function(p){return new URL(p,location.href).href};var tl=new TL.Timeline('timeline-embed',here('${data}'),{script_path:here('timelinejs/js/')});tl.on('ready',rendered);`,
    // The zoom buttons of its time navigation, and the navigation strip to drag.
    zoomIn: '.tl-menubar-button:has(.tl-icon-zoom-in)',
    zoomOut: '.tl-menubar-button:has(.tl-icon-zoom-out)',
    surface: '.tl-timenav',
  },
  {
    id: 'vis-timeline',
    name: 'vis-timeline',
    style: 'vis/vis-timeline-graph2d.min.css',
    script: 'vis/vis-timeline-graph2d.min.js',
    data: 'data/events.json',
    container: '<div id="timeline" style="width: 100%"></div>',
    start: (data) => `fetch('${data}').then(function(r){return r.json()}).then(function(events){
  var items=new vis.DataSet(events.map(function(e){var item={id:e.id,content:e.title,start:e.date,title:e.summary};if(e.end)item.end=e.end;return item}));
  var tl=new vis.Timeline(document.getElementById('timeline'),items,{height:'600px'});
  tl.once('changed',rendered);
});`,
    surface: '.vis-timeline',
  },
].map((peer) => ({ ...peer, path: `peers/${peer.id}.html` }));

/** What a peer's page loads from the site (its library also loads a locale file of its own). */
const peerLoads = (peer) => [
  peer.path,
  `peers/${peer.style}`,
  `peers/${peer.script}`,
  `peers/${peer.id}-run.js`,
  peer.data,
];

/** Copies the peers' files into the built site `dist` and writes their pages. */
export function installPeers(dist) {
  const dir = join(dist, 'peers');
  mkdirSync(dir, { recursive: true });
  cpSync(join(MODULES, '@knight-lab/timelinejs/dist'), join(dir, 'timelinejs'), {
    recursive: true,
    filter: (path) => !path.endsWith('.map'),
  });
  cpSync(
    join(MODULES, 'vis-timeline/standalone/umd/vis-timeline-graph2d.min.js'),
    join(dir, 'vis', 'vis-timeline-graph2d.min.js'),
  );
  cpSync(
    join(MODULES, 'vis-timeline/styles/vis-timeline-graph2d.min.css'),
    join(dir, 'vis', 'vis-timeline-graph2d.min.css'),
  );
  for (const peer of PEERS) {
    writeFileSync(
      join(dist, peer.path),
      page(
        peer.name,
        `<link rel="stylesheet" href="${peer.style}" />`,
        `${peer.container}
      <script src="${peer.script}"></script>
      <script src="${peer.id}-run.js"></script>`,
      ),
    );
    writeFileSync(join(dir, `${peer.id}-run.js`), `${MARK}\n${peer.start(`../${peer.data}`)}\n`);
  }
}

/**
 * Opens a peer's page, waits for it to draw, then zooms in, drags and zooms out as a reader
 * would, recording frame gaps. Fewer gestures than for our timeline: at 5,000 events one peer
 * frame can take seconds.
 */
export async function measurePeer(browser, url, peer) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const tab = await context.newPage();
  // Offline machines: anything the library asks of another host fails at once.
  const foreign = [];
  await tab.route(
    (address) => address.origin !== new URL(url).origin,
    (route) => {
      foreign.push(route.request().url());
      return route.abort();
    },
  );
  await warm(...peerLoads(peer).map((path) => `${url}${path}`));
  await tab.goto(`${url}${peer.path}`, { waitUntil: 'load' });
  await tab.waitForFunction(() => window.__rendered !== undefined, null, { timeout: 180_000 });
  const renderedMs = await tab.evaluate(() => window.__rendered);
  const surface = tab.locator(peer.surface).first();
  const box = await surface.boundingBox();
  const x = box.x + box.width / 2;
  const y = box.y + Math.min(box.height / 2, 200);
  const zoom = async (direction) => {
    for (let i = 0; i < 5; i++) {
      if (peer.zoomIn) await tab.locator(direction < 0 ? peer.zoomIn : peer.zoomOut).click();
      else {
        await tab.mouse.move(x, y);
        await tab.mouse.wheel(0, direction * 120);
      }
      await tab.waitForTimeout(16);
    }
  };
  const zoomIn = await recordFrames(tab, () => zoom(-1), 250);
  const pan = await recordFrames(
    tab,
    async () => {
      await tab.mouse.move(x, y);
      await tab.mouse.down();
      for (let i = 1; i <= 10; i++) {
        await tab.mouse.move(x - i * 40, y);
        await tab.waitForTimeout(8);
      }
      await tab.mouse.up();
    },
    250,
  );
  const zoomOut = await recordFrames(tab, () => zoom(1), 250);
  await context.close();
  const frames = [...zoomIn, ...pan, ...zoomOut];
  return {
    firstRenderMs: round(renderedMs),
    p95FrameMs: round(percentile(frames, 95)),
    maxFrameMs: round(Math.max(...frames)),
    foreignRequests: foreign.length,
  };
}
