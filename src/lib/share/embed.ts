/**
 * Embedding (PRODUCT.md « Embedding »), what the atlas itself needs on every load: the link back to the
 * full atlas and, in an iframe, the height message. The code the « Intégrer » dialog hands out (iframe,
 * sandbox, resize script) is in `embed-code.ts`, which only the dialog's lazy chunk loads.
 */
import { serializeUrl, type UrlState } from '../state/url';

export const HEIGHT_MESSAGE = 'fabrique-atlas:height';

/** The view's own link (no embed flags): what « Ouvrir l’atlas complet » and « Lien » point to. */
export function viewUrl(page: string, state: UrlState): string {
  const q = serializeUrl({ ...state, embed: null, static: false, transparent: false, carte: state.carte });
  return `${page}${q}`;
}

/**
 * In an iframe, tells the host page the atlas's height whenever it changes (the optional resize script
 * listens for exactly this message); returns the observer's removal. Does nothing outside a frame.
 */
export function reportHeight(root: HTMLElement): () => void {
  if (window.parent === window) return () => {};
  const post = () => window.parent.postMessage({ type: HEIGHT_MESSAGE, height: root.scrollHeight }, '*');
  const observer = new ResizeObserver(post);
  observer.observe(root);
  post();
  return () => observer.disconnect();
}
