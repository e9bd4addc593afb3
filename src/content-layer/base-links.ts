/**
 * A Markdown plugin that gives root-relative links (`[sources](/sources/)`) the site's base
 * path, so that chapters link correctly when the site is deployed under a sub-path.
 */
import { defineMdastPlugin } from 'satteri';
import { joinBase } from '../lib/url';

export function baseLinks(base: string) {
  return defineMdastPlugin({
    name: 'base-links',
    link(node, ctx) {
      if (node.url.startsWith('/') && !node.url.startsWith('//')) {
        ctx.setProperty(node, 'url', joinBase(base, node.url));
      }
    },
  });
}
