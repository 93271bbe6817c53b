// Live pages. Nothing is matched inside the MutationObserver callback (the uBlock Origin
// habit): the callback only records which blocks changed; the blocks are re-scanned later in
// idle slices, so a page that mutates continuously (a live blog, an infinite feed) keeps its
// main thread.
//
//   MutationObserver ─▶ dirty blocks (Set) ─▶ requestIdleCallback ─▶ onBlocks(batch) ─▶ …
import { blockOf } from './blocks';
import { BLOCK_TAGS, isOwn, isReadable, isSkipped } from './walk';

type IdleDeadlineLike = { timeRemaining(): number; didTimeout?: boolean };

/** requestIdleCallback where it exists (not in Safari), a short timer otherwise. */
export function onIdle(cb: (deadline: IdleDeadlineLike) => void, signal: AbortSignal, timeout = 500): void {
  if (signal.aborted) return;
  const ric = (globalThis as { requestIdleCallback?: typeof requestIdleCallback }).requestIdleCallback;
  if (typeof ric === 'function') {
    const id = ric((d) => cb(d), { timeout });
    signal.addEventListener('abort', () => cancelIdleCallback(id), { once: true });
  } else {
    const start = performance.now();
    const id = setTimeout(() => cb({ timeRemaining: () => Math.max(0, 12 - (performance.now() - start)) }), 16);
    signal.addEventListener('abort', () => clearTimeout(id), { once: true });
  }
}

type Priority = 'user-visible' | 'background';
type PostTask = (cb: () => void, options: { priority: Priority; signal?: AbortSignal }) => Promise<unknown>;

/**
 * The next slice of a scan already under way, a task of its own (`scheduler.postTask`), so
 * slices follow each other without waiting for an idle period each (idle callbacks come once
 * a frame at best: the seed page took 77 ms from its first slice to its third), while input,
 * rendering and the page's own tasks still run between them. `background`, the lowest
 * priority, for work the reader does not see; `user-visible` (the default priority, the
 * page's own tasks and ours take turns) for a page scan's highlights. A timer where postTask
 * is missing.
 */
export function nextTask(cb: () => void, signal: AbortSignal, priority: Priority = 'background'): void {
  if (signal.aborted) return;
  const post = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler?.postTask;
  if (typeof post === 'function') {
    post.call((globalThis as { scheduler?: unknown }).scheduler, cb, { priority, signal }).catch(() => {});
  } else {
    const id = setTimeout(cb, 0);
    signal.addEventListener('abort', () => clearTimeout(id), { once: true });
  }
}

export interface MutationQueue {
  /** Start watching a document or shadow root. */
  observe(root: Node): void;
  /** Queue a node for re-scan as if it had changed (an iframe that loaded). */
  add(node: Node): void;
  /** Run `fn` (our own DOM writes: mark fallback, card) and drop the records it caused. */
  quietly<T>(fn: () => T): T;
}

const OPTIONS: MutationObserverInit = { childList: true, characterData: true, subtree: true };

/**
 * `onBlocks` receives the changed blocks that are still in the page, outermost only, and
 * returns the ones it had no time for (they are queued again for the next idle slice).
 */
export function createMutationQueue(
  onBlocks: (blocks: Node[], deadline: IdleDeadlineLike) => Node[],
  signal: AbortSignal,
): MutationQueue {
  const dirty = new Set<Node>();
  const observed = new Set<Node>();
  let scheduled = false;

  const observer = new MutationObserver((records) => collect(records));
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });

  function collect(records: MutationRecord[]): void {
    for (const r of records) {
      // A title, a script or a style changed: nothing the walk reads. Without this, a change in
      // the head (no block above it) re-scanned the whole body.
      if (isOwn(r.target) || inSkipped(r.target)) continue;
      if (r.type === 'characterData') {
        dirty.add(blockOf(r.target));
      } else if (r.type === 'childList') {
        let parent = false;
        for (const n of r.addedNodes) {
          if (isOwn(n) || !hasText(n)) continue;
          // A block between blocks is read apart from its neighbours, so it is all that is
          // new: a live blog's post, not its whole feed again (600 → 60 ms of analysis for
          // the 300 posts of live.html). Put inside a run of text, it cuts that text's sentence.
          if (isBlock(n) && apart(n, 'previousSibling') && apart(n, 'nextSibling')) dirty.add(n);
          else parent = true;
        }
        for (const n of r.removedNodes) if (!isOwn(n) && hasText(n)) parent = true;
        if (parent) dirty.add(blockOf(r.target));
      }
    }
    if (dirty.size) schedule();
  }

  function schedule(): void {
    if (scheduled || signal.aborted) return;
    scheduled = true;
    onIdle((deadline) => {
      scheduled = false;
      const batch = outermost([...dirty].filter((n) => n.isConnected && isReadable(n)));
      dirty.clear();
      const left = onBlocks(batch, deadline);
      for (const n of left) dirty.add(n);
      if (dirty.size) schedule();
    }, signal);
  }

  return {
    observe(root) {
      if (observed.has(root) || signal.aborted) return;
      observed.add(root);
      observer.observe(root, OPTIONS);
    },
    add(node) {
      dirty.add(node);
      schedule();
    },
    quietly(fn) {
      const pending = observer.takeRecords();
      try {
        return fn();
      } finally {
        observer.takeRecords(); // ours: dropped
        if (pending.length) collect(pending);
      }
    },
  };
}

function isBlock(node: Node): boolean {
  return node.nodeType === 1 && BLOCK_TAGS.has((node as Element).tagName);
}

/** Whether no text on this side of a block joins its text: a block or the parent's edge comes first. */
function apart(block: Node, side: 'previousSibling' | 'nextSibling'): boolean {
  for (let n = block[side]; n; n = n[side]) {
    if (isBlock(n)) return true;
    if (hasText(n)) return false;
  }
  return true;
}

function inSkipped(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!el && isSkipped(el);
}

/** Whether an added or removed node brings or takes readable text (an analytics <script> does not). */
function hasText(node: Node): boolean {
  if (node.nodeType === 3) return (node as Text).data.trim().length > 0;
  return node.nodeType === 1 && !isSkipped(node as Element) && (node.textContent ?? '').trim().length > 0;
}

/** Drop blocks inside other blocks of the batch: the outer scan covers them. */
function outermost(nodes: Node[]): Node[] {
  return nodes.filter((n) => !nodes.some((m) => m !== n && m.contains(n)));
}
