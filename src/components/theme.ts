/**
 * The theme the reader chose is kept in localStorage under `theme` and applied to
 * `<html data-theme>` before the first paint by this snippet, inlined in `<head>`. It is a
 * string so that the same bytes can be hashed for the Content Security Policy.
 */
export const THEME_STORAGE_KEY = 'theme';

export const THEME_INIT_SCRIPT = `try{var t=localStorage.getItem('${THEME_STORAGE_KEY}');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`;
