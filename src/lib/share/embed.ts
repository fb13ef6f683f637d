/**
 * Embedding (PRODUCT.md « Embedding »): the link and `<iframe>` code for a view, and the optional resize
 * script. Pure string builders: the dialog shows them as text, never as HTML.
 */
import { serializeUrl, type Embed, type Theme, type UrlState } from '../state/url';

export const HEIGHT_MESSAGE = 'fabrique-atlas:height';

export interface EmbedChoice {
  embed: Embed;
  static: boolean;
  transparent: boolean;
  theme: Theme | null;
}

/** The view's own link (no embed flags): what « Ouvrir l’atlas complet » and « Lien » point to. */
export function viewUrl(page: string, state: UrlState): string {
  const q = serializeUrl({ ...state, embed: null, static: false, transparent: false, carte: state.carte });
  return `${page}${q}`;
}

export function embedUrl(page: string, state: UrlState, choice: EmbedChoice): string {
  return `${page}${serializeUrl({ ...state, ...choice })}`;
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function iframeCode(src: string, title: string, height: number): string {
  return (
    `<iframe src="${escapeAttr(src)}" title="${escapeAttr(title)}" width="100%" height="${height}" ` +
    `loading="lazy" allow="fullscreen" style="border:0;max-width:100%;"></iframe>`
  );
}

/**
 * The host-page script: placed right after the iframe, it resizes that iframe only, and only on messages
 * whose source is that iframe's window and whose type is ours.
 */
export function resizeScript(): string {
  return `<script>
(function () {
  var frame = document.currentScript.previousElementSibling;
  window.addEventListener('message', function (event) {
    if (!frame || event.source !== frame.contentWindow) return;
    var data = event.data;
    if (!data || data.type !== '${HEIGHT_MESSAGE}' || typeof data.height !== 'number') return;
    frame.style.height = Math.max(200, Math.min(5000, Math.round(data.height))) + 'px';
  });
})();
</script>`;
}

export function defaultHeight(embed: Embed): number {
  return embed === 'fiche' ? 720 : embed === 'carte' ? 480 : 640;
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
