/**
 * The code the « Intégrer » dialog hands out (PRODUCT.md « Embedding »): the embed's address, its
 * `<iframe>` and the optional resize script. Pure string builders: the dialog shows them as text, never as
 * HTML. Only the dialog's lazy chunk imports this file.
 */
import { serializeUrl, type Embed, type Theme, type UrlState } from '../state/url';
import { HEIGHT_MESSAGE } from './embed';

export interface EmbedChoice {
  embed: Embed;
  static: boolean;
  transparent: boolean;
  theme: Theme | null;
}

export function embedUrl(page: string, state: UrlState, choice: EmbedChoice): string {
  return `${page}${serializeUrl({ ...state, ...choice })}`;
}

/**
 * The `sandbox` tokens the embed needs. `allow-scripts allow-same-origin`: the atlas runs, and keeps its
 * own origin (under the `null` origin of a bare sandbox, its module scripts, its font and its geodata are
 * CORS requests that a static host does not answer, and the frame stays on its fallback message).
 * `allow-popups allow-popups-to-escape-sandbox`: links leaving the atlas (its sources, « Ouvrir l’atlas
 * complet ») open in a new tab, outside the sandbox. `allow-forms`: the comparison picker submits.
 * `allow-downloads`: a chart's CSV, SVG and PNG exports.
 */
export const SANDBOX = [
  'allow-scripts',
  'allow-same-origin',
  'allow-popups',
  'allow-popups-to-escape-sandbox',
  'allow-forms',
  'allow-downloads',
] as const;

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function iframeCode(src: string, title: string, height: number): string {
  return (
    `<iframe src="${escapeAttr(src)}" title="${escapeAttr(title)}" width="100%" height="${height}" ` +
    `loading="lazy" allow="fullscreen" sandbox="${SANDBOX.join(' ')}" ` +
    `style="border:0;max-width:100%;"></iframe>`
  );
}

/** The origin an atlas address serves from (what the resize script accepts messages from). */
export function atlasOrigin(page: string): string {
  return new URL(page).origin;
}

/**
 * The host-page script: placed right after the iframe, it resizes that iframe only, and only on messages
 * whose source is that iframe's window, whose origin is the atlas's (`origin`, baked in by the page that
 * writes the snippet: a page the frame was navigated to, on another origin, cannot resize it) and whose
 * type is ours.
 */
export function resizeScript(origin: string): string {
  // A JSON string is a JavaScript string; `<` escaped so that no `</script>` can close the element.
  const quoted = JSON.stringify(origin).replace(/</g, '\\u003c');
  return `<script>
(function () {
  var frame = document.currentScript.previousElementSibling;
  var origin = ${quoted};
  window.addEventListener('message', function (event) {
    if (!frame || event.source !== frame.contentWindow || event.origin !== origin) return;
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
