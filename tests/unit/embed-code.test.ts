/**
 * The code the « Intégrer » dialog hands out (src/lib/share/embed-code.ts): the iframe with its sandbox,
 * and the resize script, run here against a stand-in page to check whose messages it accepts.
 */
import { describe, expect, it } from 'vitest';

import { HEIGHT_MESSAGE } from '../../src/lib/share/embed';
import { SANDBOX, atlasOrigin, iframeCode, resizeScript } from '../../src/lib/share/embed-code';

const ATLAS = 'https://atlas.example.org';

/** Runs the script as a host page would, right after `frame`; returns a way to post messages to it. */
function host(script: string) {
  const body = /^<script>\n([\s\S]*)\n<\/script>$/.exec(script)?.[1];
  if (!body) throw new Error('not one <script> element');
  const frameWindow = {};
  const frame = { contentWindow: frameWindow, style: { height: '' } };
  let listener: ((event: { source: unknown; origin: string; data: unknown }) => void) | undefined;
  const window = {
    addEventListener: (type: string, fn: typeof listener) => {
      if (type === 'message') listener = fn;
    },
  };
  const document = { currentScript: { previousElementSibling: frame } };
  new Function('window', 'document', body)(window, document);
  if (!listener) throw new Error('no message listener');
  const post = (data: unknown, origin = ATLAS, source: unknown = frameWindow) =>
    listener!({ source, origin, data });
  return { frame, post };
}

describe('resize script', () => {
  it('resizes its iframe on the atlas’s own height messages', () => {
    const { frame, post } = host(resizeScript(ATLAS));
    post({ type: HEIGHT_MESSAGE, height: 812.4 });
    expect(frame.style.height).toBe('812px');
    // Clamped to 200–5000 px.
    post({ type: HEIGHT_MESSAGE, height: 20 });
    expect(frame.style.height).toBe('200px');
    post({ type: HEIGHT_MESSAGE, height: 1e6 });
    expect(frame.style.height).toBe('5000px');
  });

  it('ignores the same message from another origin, even through its own iframe', () => {
    const { frame, post } = host(resizeScript(ATLAS));
    post({ type: HEIGHT_MESSAGE, height: 900 }, 'https://hostile.example');
    post({ type: HEIGHT_MESSAGE, height: 900 }, 'null');
    post({ type: HEIGHT_MESSAGE, height: 900 }, 'http://atlas.example.org');
    post({ type: HEIGHT_MESSAGE, height: 900 }, 'https://atlas.example.org.hostile.example');
    expect(frame.style.height).toBe('');
  });

  it('ignores messages from another window, of another type or without a number', () => {
    const { frame, post } = host(resizeScript(ATLAS));
    post({ type: HEIGHT_MESSAGE, height: 900 }, ATLAS, {});
    post({ type: HEIGHT_MESSAGE, height: 900 }, ATLAS, null);
    post({ type: 'other', height: 900 });
    post({ type: HEIGHT_MESSAGE, height: '900' });
    post(null);
    post('fabrique-atlas:height');
    expect(frame.style.height).toBe('');
  });

  it('bakes in the origin of the atlas page that wrote it', () => {
    expect(atlasOrigin('https://atlas.example.org/fabrique/index.html')).toBe(ATLAS);
    expect(atlasOrigin('http://127.0.0.1:4173/')).toBe('http://127.0.0.1:4173');
    expect(resizeScript(ATLAS)).toContain(`var origin = "${ATLAS}";`);
  });

  it('cannot be closed or broken out of by what it quotes', () => {
    const script = resizeScript('https://x.example"</script><script>alert(1)</script>');
    expect(script.match(/<\/script>/g)).toHaveLength(1);
    expect(script.match(/<script>/g)).toHaveLength(1);
    const { frame, post } = host(script);
    post({ type: HEIGHT_MESSAGE, height: 900 });
    expect(frame.style.height).toBe('');
  });
});

describe('iframe code', () => {
  it('carries the sandbox tokens the atlas needs, and no others', () => {
    const code = iframeCode('https://atlas.example.org/?embed=carte', 'Atlas', 480);
    const sandbox = /\ssandbox="([^"]*)"/.exec(code)?.[1];
    expect(sandbox?.split(' ')).toEqual([...SANDBOX]);
    for (const token of [
      'allow-scripts',
      'allow-same-origin',
      'allow-popups',
      'allow-popups-to-escape-sandbox',
    ])
      expect(SANDBOX).toContain(token);
    // Never the tokens that would let the atlas navigate or take over the host page.
    expect(sandbox).not.toMatch(/allow-top-navigation|allow-modals|allow-pointer-lock/);
    expect(code).toMatch(/^<iframe src="https:\/\/atlas\.example\.org\/\?embed=carte" title="Atlas"/);
    expect(code).toContain('loading="lazy"');
    expect(code).toContain('allow="fullscreen"');
  });

  it('escapes its attributes', () => {
    const code = iframeCode('https://a.example/?q="x"&y=<', 'A "title" & <b>', 480);
    expect(code).toContain('src="https://a.example/?q=&quot;x&quot;&amp;y=&lt;"');
    expect(code).toContain('title="A &quot;title&quot; &amp; &lt;b>"');
  });
});
