// Which blocks a change queues for re-scan: the smallest that holds everything new, and none
// for changes the walk never reads (the title, scripts, styles).
import { afterEach, expect, it } from 'vitest';
import { createMutationQueue } from '../../src/content/queue';
import { isOwn, ownNodes } from '../../src/content/walk';

let controller: AbortController | undefined;
afterEach(() => controller?.abort());

/** The ids of the blocks queued after `change`, one list per idle batch. */
async function queued(html: string, change: () => void): Promise<string[][]> {
  document.head.innerHTML = '<title>Page</title>';
  document.body.innerHTML = html;
  controller = new AbortController();
  const batches: string[][] = [];
  const queue = createMutationQueue((blocks) => {
    batches.push(blocks.map((b) => (b as Element).id || b.nodeName));
    return [];
  }, controller.signal);
  queue.observe(document);
  change();
  await new Promise((resolve) => setTimeout(resolve, 50));
  return batches;
}

const post = (id: string, text: string): HTMLElement => Object.assign(document.createElement('p'), { id, textContent: text });

it.each([
  ['a post appended to a feed: the post alone', '<section id="feed"><p id="old">An earlier post.</p></section>',
    () => document.getElementById('feed')!.append(post('new', 'A new post.')), [['new']]],
  ['a block put inside a run of text: the paragraph it cuts', '<p id="para">The liberation <b>of</b> the town</p>',
    () => document.getElementById('para')!.insertBefore(post('cut', 'cut'), document.querySelector('b')), [['para']]],
  ['text patched in place: its block', '<div id="box"><p id="para">Troops entered the town.</p></div>',
    () => ((document.getElementById('para')!.firstChild as Text).data = 'Troops left the town.'), [['para']]],
  ['a new document title: nothing', '<p>Text.</p>', () => (document.title = 'Updated (3)'), []],
  ['a script appended to the body: nothing', '<p>Text.</p>',
    () => document.body.append(Object.assign(document.createElement('script'), { textContent: 'var seen = 1;' })), []],
  ['a style added to the head: nothing', '<p>Text.</p>',
    () => document.head.append(Object.assign(document.createElement('style'), { textContent: 'p { color: red }' })), []],
])('%s', async (_name, html, change, want) => {
  expect(await queued(html, change)).toEqual(want);
});

it('ignores our own UI: its host added to the page, and changes inside its shadow tree', async () => {
  document.body.innerHTML = '<p id="para">Text.</p>';
  controller = new AbortController();
  const batches: Node[][] = [];
  const queue = createMutationQueue((blocks) => {
    batches.push(blocks);
    return [];
  }, controller.signal);
  const host = document.createElement('div');
  ownNodes.add(host);
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.innerHTML = '<p>Card text.</p>';
  queue.observe(document);
  queue.observe(shadow);
  document.body.append(host);
  (shadow.querySelector('p')!.firstChild as Text).data = 'Other card text.';
  shadow.append(post('more', 'More card text.'));
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(batches).toEqual([]);
  expect(isOwn(shadow.querySelector('p')!.firstChild!)).toBe(true);
  expect(isOwn(document.getElementById('para')!)).toBe(false);
});
