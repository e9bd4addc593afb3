/**
 * The theme the reader chose is kept in localStorage under `theme` and applied to
 * `<html data-theme>` before the first paint by this snippet, inlined in `<head>`, which also
 * marks `<html class="js">` for what is shown only when scripts run. It is a string so that the same bytes can be hashed for the Content Security Policy.
 */
export const THEME_STORAGE_KEY = 'theme';

export const THEME_INIT_SCRIPT = `document.documentElement.classList.add('js');try{var t=localStorage.getItem('${THEME_STORAGE_KEY}');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`;

/**
 * In an embed, the host page chooses: `?theme=light|dark` (otherwise the reader's system
 * setting), and `?title=0` hides the embed's title. Applied before the first paint.
 */
export const EMBED_INIT_SCRIPT = `document.documentElement.classList.add('js');try{var p=new URLSearchParams(location.search),t=p.get('theme'),d=document.documentElement;if(t==='light'||t==='dark')d.dataset.theme=t;if(p.get('title')==='0')d.dataset.title='0'}catch(e){}`;
