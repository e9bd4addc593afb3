import { ACCENT_PATTERN } from '../lib/embed-style';

/**
 * The theme the reader chose is kept in localStorage under `theme` and applied to
 * `<html data-theme>` before the first paint by this snippet, inlined in `<head>`, which also
 * marks `<html class="js">` for what is shown only when scripts run. It is a string so that the same bytes can be hashed for the Content Security Policy.
 */
export const THEME_STORAGE_KEY = 'theme';

export const THEME_INIT_SCRIPT = `document.documentElement.classList.add('js');try{var t=localStorage.getItem('${THEME_STORAGE_KEY}');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`;

/**
 * In an embed, the host page's link chooses, before the first paint: `?theme=light|dark`
 * (otherwise the reader's system setting); `?title=0` hides the title; the white-label
 * `bg`, `font` (data attributes that site.css reads) and `accent` (a `#rgb`/`#rrggbb` colour
 * set as `--accent`, checked against the same pattern as lib/embed-style.ts). `?mode=story` or
 * `?mode=chart` on a page whose `<html>` names the other mode's page in `data-mode-story` or
 * `data-mode-chart` moves there, with the rest of the query.
 */
export const EMBED_INIT_SCRIPT = `document.documentElement.classList.add('js');try{var p=new URLSearchParams(location.search),d=document.documentElement,t=p.get('theme'),b=p.get('bg'),f=p.get('font'),m=p.get('mode'),a=/${ACCENT_PATTERN.source}/i.exec(p.get('accent')||''),u=(m==='story'||m==='chart')&&d.getAttribute('data-mode-'+m);if(u){u=new URL(u,location.href);p.delete('mode');p.forEach(function(v,k){u.searchParams.set(k,v)});u.hash=location.hash;location.replace(u.href)}if(t==='light'||t==='dark')d.dataset.theme=t;if(p.get('title')==='0')d.dataset.title='0';if(b==='white'||b==='transparent')d.dataset.bg=b;if(f==='sans'||f==='system')d.dataset.font=f;if(a)d.style.setProperty('--accent','#'+a[1])}catch(e){}`;
