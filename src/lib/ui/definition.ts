/**
 * A term's one-line definition where its label appears (#15): chips, filter options, chart axes, table
 * headers. An attachment (`{@attach definition(text)}`) that
 * - describes the element (`aria-describedby` to a hidden copy of the text), so a screen reader says it;
 * - shows the text in a tooltip on hover, on keyboard focus (`:focus-visible`) and on a tap (touch: the
 *   control's own action still happens), below the label, or above it near the window's foot;
 * - follows WCAG 1.4.13: the pointer may move onto the tooltip, it stays until the pointer or the focus
 *   leaves, and Escape dismisses it (and stops there: the atlas's Escape chain goes innermost first).
 * One tooltip element is shared by the whole atlas (one definition is seen at a time); it sits in the
 * atlas's root so that it takes the theme's colours.
 */
import type { Attachment } from 'svelte/attachments';

let tip: HTMLDivElement | null = null;
let owner: Element | null = null;
let hideTimer: ReturnType<typeof setTimeout> | undefined;
let uid = 0;

function rootOf(node: Element): HTMLElement {
  return (node.closest('.atlas') as HTMLElement | null) ?? document.body;
}

function ensureTip(root: HTMLElement): HTMLDivElement {
  if (!tip) {
    tip = document.createElement('div');
    tip.className = 'definition-tip';
    tip.setAttribute('role', 'tooltip');
    tip.setAttribute('aria-hidden', 'true');
    tip.dataset['testid'] = 'definition-tip';
    tip.addEventListener('pointerenter', () => clearTimeout(hideTimer));
    tip.addEventListener('pointerleave', () => hideSoon());
  }
  if (tip.parentElement !== root) root.append(tip);
  return tip;
}

function onKeydown(event: KeyboardEvent) {
  if (event.key !== 'Escape' || !owner) return;
  event.preventDefault();
  event.stopPropagation();
  hide();
}

function show(node: Element, text: string) {
  clearTimeout(hideTimer);
  const t = ensureTip(rootOf(node));
  t.textContent = text;
  t.hidden = false;
  owner = node;
  const r = node.getBoundingClientRect();
  const below = r.bottom + 6;
  t.style.left = `${Math.max(4, Math.min(r.left, innerWidth - t.offsetWidth - 4))}px`;
  t.style.top =
    below + t.offsetHeight > innerHeight - 4 ? `${Math.max(4, r.top - t.offsetHeight - 6)}px` : `${below}px`;
  document.addEventListener('keydown', onKeydown, true);
}

function hide() {
  clearTimeout(hideTimer);
  if (tip) tip.hidden = true;
  owner = null;
  document.removeEventListener('keydown', onKeydown, true);
}

function hideSoon() {
  clearTimeout(hideTimer);
  hideTimer = setTimeout(hide, 150);
}

export function definition(text: string | null | undefined): Attachment<Element> {
  return (node) => {
    if (!text) return;
    const id = `atlas-def-${++uid}`;
    const description = document.createElement('span');
    description.id = id;
    description.className = 'visually-hidden';
    description.textContent = text;
    // The hidden copy lives in the atlas's root too (never inside an SVG or a control's own text).
    rootOf(node).append(description);
    // A filter option's <label> is hovered, but its checkbox is what is focused and described.
    const described: Element = node instanceof HTMLLabelElement ? (node.control ?? node) : node;
    const before = described.getAttribute('aria-describedby');
    described.setAttribute('aria-describedby', before ? `${before} ${id}` : id);

    let touchTimer: ReturnType<typeof setTimeout> | undefined;
    const enter = (e: Event) => {
      if ((e as PointerEvent).pointerType === 'mouse') show(node, text);
    };
    const leave = (e: Event) => {
      if ((e as PointerEvent).pointerType === 'mouse' && owner === node) hideSoon();
    };
    const up = (e: Event) => {
      if ((e as PointerEvent).pointerType !== 'touch') return;
      show(node, text);
      clearTimeout(touchTimer);
      touchTimer = setTimeout(() => owner === node && hide(), 5000);
    };
    const focus = (e: Event) => {
      if ((e.target as Element).matches(':focus-visible')) show(node, text);
    };
    const blur = () => {
      if (owner === node) hide();
    };
    const listeners: [string, (e: Event) => void][] = [
      ['pointerenter', enter],
      ['pointerleave', leave],
      ['pointerup', up],
      ['focusin', focus],
      ['focusout', blur],
    ];
    for (const [type, fn] of listeners) node.addEventListener(type, fn);
    return () => {
      clearTimeout(touchTimer);
      if (owner === node) hide();
      for (const [type, fn] of listeners) node.removeEventListener(type, fn);
      description.remove();
      const ids = (described.getAttribute('aria-describedby') ?? '').split(' ').filter((x) => x && x !== id);
      if (ids.length) described.setAttribute('aria-describedby', ids.join(' '));
      else described.removeAttribute('aria-describedby');
    };
  };
}
