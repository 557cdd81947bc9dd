// A resident's finger on a page under the stand-in. WeChat delivers a tap to a Taro page by calling
// the page's `eh` (Taro's eventHandler) for the touched element's nearest element that binds `tap`
// and then for each ancestor that binds it too (bubbling), each time with the element's id
// (`uid || sid`) and dataset (`data-sid`); typing arrives as `input` events on the input element.
// Which element binds what is read from the build's own templates (base.wxml), not assumed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MountedPage, RenderNode } from './pages';
import type { StandIn } from './stand-in';

type Bound = { tap: Set<string>; input: Set<string> };

/** The node names (`nn`) whose templates bind tap / input to `eh`. */
function bindingsOf(dist: string): Bound {
  const wxml = readFileSync(join(dist, 'base.wxml'), 'utf8');
  const bound: Bound = { tap: new Set(), input: new Set() };
  for (const m of wxml.matchAll(/<template name="tmpl_\d+_([0-9a-z]+)(?:_focus|_blur)?">([\s\S]*?)<\/template>/g)) {
    const [, nn = '', body = ''] = m;
    if (body.includes('bindtap="eh"')) bound.tap.add(nn);
    if (body.includes('bindinput="eh"')) bound.input.add(nn);
  }
  if (!bound.tap.size) throw new Error('base.wxml binds no tap to eh: is this a Taro weapp build?');
  return bound;
}

const isText = (n: RenderNode) => typeof n.v === 'string';
const childrenOf = (n: RenderNode) => (Array.isArray(n.cn) ? n.cn : []);

/** What the node shows: its text nodes, in order. */
export function textOf(n: RenderNode | undefined): string {
  if (!n) return '';
  return isText(n) ? String(n.v) : childrenOf(n).map(textOf).join('');
}

/** Every path from the root to an element (not a text node) that satisfies `match`. */
function pathsTo(root: RenderNode | undefined, match: (n: RenderNode) => boolean): RenderNode[][] {
  const found: RenderNode[][] = [];
  const visit = (n: RenderNode, path: RenderNode[]) => {
    if (isText(n)) return;
    const here = [...path, n];
    if (match(n)) found.push(here);
    childrenOf(n).forEach((c) => visit(c, here));
  };
  if (root) visit(root, []);
  return found;
}

/** The one element showing exactly `text` (the innermost, where a finger lands), as its path from the root. */
function pathToText(p: MountedPage, text: string): RenderNode[] {
  const paths = pathsTo(
    p.data.root,
    (n) => textOf(n).trim() === text && !childrenOf(n).some((c) => !isText(c) && textOf(c).trim() === text),
  );
  if (paths.length !== 1)
    throw new Error(
      `${p.route}: ${paths.length ? `${paths.length} elements show` : 'nothing shows'} “${text}”. It shows: ${textOf(p.data.root).slice(0, 300)}`,
    );
  return paths[0] ?? [];
}

const element = (n: RenderNode) => ({ id: n.uid ?? n.sid ?? '', offsetLeft: 0, offsetTop: 0, dataset: { sid: n.sid } });

export function createGestures(s: StandIn, dist: string) {
  const bound = bindingsOf(dist);

  /** WeChat's event for one handler along the bubbling path. */
  function fire(p: MountedPage, type: string, target: RenderNode, current: RenderNode, detail: Record<string, unknown>) {
    const touch = { identifier: 0, pageX: 195, pageY: 420, clientX: 195, clientY: 420 };
    const tapping = type === 'tap';
    s.user.tapping = tapping;
    try {
      p.call('eh', {
        type,
        timeStamp: Math.round(performance.now()),
        target: element(target),
        currentTarget: element(current),
        detail,
        touches: tapping ? [touch] : [],
        changedTouches: tapping ? [touch] : [],
        mark: {},
        mut: false,
      });
    } finally {
      s.user.tapping = false;
    }
  }

  return {
    /** Taps the element showing `text`: its handlers and its ancestors' run, innermost first. */
    tap(p: MountedPage, text: string) {
      const path = pathToText(p, text);
      const target = path[path.length - 1];
      const handlers = path.filter((n) => bound.tap.has(String(n.nn))).reverse();
      if (!target || !handlers.length) throw new Error(`${p.route}: “${text}” is not tappable (no element on its path binds tap)`);
      for (const current of handlers) fire(p, 'tap', target, current, { x: 195, y: 420 });
    },
    /** Types `value` into the field labelled `label`, a character at a time, as a keyboard does. */
    type(p: MountedPage, label: string, value: string) {
      const path = pathToText(p, label);
      const field = path
        .slice()
        .reverse()
        .map((n) => pathsTo(n, (c) => bound.input.has(String(c.nn)))[0]?.at(-1))
        .find(Boolean);
      if (!field) throw new Error(`${p.route}: no input near “${label}”`);
      for (let i = 1; i <= value.length; i++)
        fire(p, 'input', field, field, { value: value.slice(0, i), cursor: i, keyCode: value.charCodeAt(i - 1) });
    },
  };
}

/** Whether the page shows this text anywhere. */
export const shows = (p: MountedPage, text: string) => textOf(p.data.root).includes(text);
