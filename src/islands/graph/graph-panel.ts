/**
 * The details panel of one actor: its role, every relation shown (with confidence and
 * sources), and the ways on: the timeline, the actor's page, Close. Builds the content; the
 * element decides when it opens and what the buttons do.
 */
import { ACTOR_KIND_LABELS, CONFIDENCE_LABELS, RELATION_LABELS } from '../../lib/vocabulary';
import { element } from '../shared/dom';
import type { GraphData } from './graph-data';

type LinkData = GraphData['links'][number];

export interface PanelActions {
  /** On a page with a linked timeline: show the actor there. Else a link to /timeline/. */
  showInTimeline?: () => void;
  close: () => void;
}

export function panelContent(
  data: GraphData,
  id: string,
  links: readonly LinkData[],
  actions: PanelActions,
): { heading: HTMLElement; children: HTMLElement[] } {
  const node = data.nodes.find((n) => n.id === id);
  const names = new Map(data.nodes.map((n) => [n.id, n.name]));
  const newTab = data.embedded ? { target: '_blank', rel: 'noopener' } : {};
  const actorHref = (actorId: string) => `${data.base}actors/${actorId}/`;
  const heading = element('h3', { className: 'chart-panel-title', textContent: node?.name ?? id });
  heading.id = `${data.prefix}-panel-title`;
  const relations = element(
    'ul',
    { className: 'gr-panel-relations' },
    links.map((link) => {
      const name = (actorId: string) => names.get(actorId) ?? actorId;
      const end = (actorId: string) =>
        actorId === id
          ? element('strong', { textContent: name(actorId) })
          : element('a', { href: actorHref(actorId), textContent: name(actorId), ...newTab });
      const sources = (data.relationSources[link.id] ?? []).map((sourceId) => {
        const source = data.sources[sourceId];
        return element('a', {
          href: source?.url ?? '#',
          textContent: source?.publisher ?? sourceId,
          target: '_blank',
          rel: 'noopener noreferrer',
        });
      });
      return element('li', {}, [
        end(link.source),
        ` ${RELATION_LABELS[link.type]} `,
        end(link.target),
        ' ',
        element('span', {
          className: `chart-badge conf-${link.confidence}`,
          textContent: CONFIDENCE_LABELS[link.confidence],
        }),
        element('span', { className: 'gr-panel-sources' }, [
          'Sources: ',
          ...sources.flatMap((a, i) => (i ? ['; ', a] : [a])),
        ]),
      ]);
    }),
  );
  const buttons = element('div', { className: 'chart-panel-actions' });
  if (actions.showInTimeline) {
    const show = element('button', {
      type: 'button',
      className: 'chart-btn',
      textContent: 'Show in timeline',
    });
    show.addEventListener('click', actions.showInTimeline);
    buttons.append(show);
  } else {
    buttons.append(
      element('a', {
        href: `${data.base}timeline/?actor=${encodeURIComponent(id)}`,
        textContent: 'Show in timeline',
        className: 'gr-link',
        ...newTab,
      }),
    );
  }
  const close = element('button', { type: 'button', className: 'chart-btn', textContent: 'Close' });
  close.addEventListener('click', actions.close);
  buttons.append(
    element('a', {
      href: actorHref(id),
      textContent: 'Actor page',
      className: 'gr-link',
      ...newTab,
    }),
    close,
  );
  const kind = node ? ACTOR_KIND_LABELS[node.kind] : '';
  return {
    heading,
    children: [
      heading,
      element('p', {
        className: 'chart-panel-meta',
        textContent: `${kind} · ${String(links.length)} ${links.length === 1 ? 'relation' : 'relations'} shown`,
      }),
      element('p', { className: 'gr-panel-role', textContent: data.roles[id] ?? '' }),
      relations,
      buttons,
    ],
  };
}
