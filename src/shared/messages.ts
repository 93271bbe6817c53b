// One typed map of every message between the extension's parts: `{ name: { from, request,
// response } }`. Each request is validated by shape and by sender before it is handled, so a
// page cannot drive the background by posting look-alike objects, and a handler never sees
// `any`. The popup and options pages add their messages to MESSAGES; nothing else changes.
// The shapes are schema.ts schemas, not zod: the content script carries them on every news page
// (zod/mini was 7.4 KB of its gzip size, schema.ts is about 1 KB; issue 4).
//
//   content ──report──────────▶ background (badge, per-tab report, described)
//   content ──describe────────▶ background (explanations and references for hover cards)
//   popup   ──getReport/scanTab/scrollToFinding──▶ background ──▶ content
//   background ──nextFinding/scrollToFinding/getReport/rescan──▶ content
import * as z from './schema';
import { CATEGORIES } from './report';
import type { Report } from './report';

const count = z.int({ min: 0 });

const findingSchema = z.object({
  id: z.string(),
  category: z.literal(...CATEGORIES),
  text: z.string(),
  start: count,
  end: count,
  entryId: z.string(),
  party: z.nullable(z.string()),
  neutral: z.nullable(z.string()),
  canonical: z.nullable(z.string()),
  explanation: z.string(),
  reference: z.string(),
  quoted: z.boolean(),
  mixedScript: z.boolean(),
  severity: z.literal('high', 'medium', 'low'),
});

const span = { start: count, end: count };

const reportSchema = z.object({
  version: z.literal(1),
  findings: z.array(findingSchema),
  sentences: z.array(
    z.object({ ...span, original: z.string(), neutral: z.string(), findings: z.array(count) }),
  ),
  outlets: z.array(
    z.object({
      name: z.string(),
      known: z.boolean(),
      country: z.nullable(z.string()),
      owner: z.nullable(z.string()),
      stateControlled: z.nullable(z.boolean()),
      domains: z.array(z.string()),
      reference: z.nullable(z.string()),
      mentions: z.array(
        z.object({
          ...span,
          how: z.literal('according to', 'quoted by', 'reported', 'told', 'cited by', 'link', 'name'),
        }),
      ),
    }),
  ),
  sources: z.array(z.object({ kind: z.literal('unnamed', 'person', 'outlet'), text: z.string(), ...span })),
  summary: z.object({
    counts: z.object(Object.fromEntries(CATEGORIES.map((c) => [c, count])) as Record<(typeof CATEGORIES)[number], typeof count>),
    parties: z.record(count),
    lean: z.nullable(z.string()),
  }),
}) satisfies z.Schema<Report>;

const tabId = count;
const ok = z.object({ ok: z.boolean(), error: z.optional(z.string()) });

/** Who may send a message: a content script in a web page, or one of the extension's pages. */
export type SenderKind = 'content' | 'extension';

export const MESSAGES = {
  /** The content script's current report for its tab (null: nothing scanned, clear the badge). */
  report: {
    from: ['content'],
    request: z.object({ report: z.nullable(reportSchema), url: z.string() }),
    response: ok,
  },
  /**
   * Why entries are flagged and their references, for the content script's hover cards: the
   * content script carries the matcher alone (src/shared/describe.ts).
   */
  describe: {
    from: ['content'],
    request: z.object({ entryIds: z.array(z.string(), { max: 5000 }) }),
    response: z.object({ entries: z.record(z.object({ explanation: z.string(), reference: z.string() })) }),
  },
  /** A tab's report: to the background with a tabId (popup), or to the content script without. */
  getReport: {
    from: ['extension'],
    request: z.object({ tabId: z.optional(tabId) }),
    response: z.object({ report: z.nullable(reportSchema), url: z.nullable(z.string()) }),
  },
  /** Scan the tab now (toolbar click, or the popup asking for the active tab). */
  scanTab: {
    from: ['extension'],
    request: z.object({ tabId }),
    response: ok,
  },
  /** Scroll the page to a finding and show its card. */
  scrollToFinding: {
    from: ['extension'],
    request: z.object({ tabId: z.optional(tabId), findingId: z.string({ min: 1 }) }),
    response: ok,
  },
  /** Step to the next (or previous) finding: the keyboard command, relayed by the background. */
  nextFinding: {
    from: ['extension'],
    request: z.object({ direction: z.literal(1, -1) }),
    response: ok,
  },
  /** Scan again (the toolbar was clicked on a page where the script already runs). */
  rescan: {
    from: ['extension'],
    request: z.object({}),
    response: ok,
  },
} as const satisfies Record<
  string,
  { from: readonly SenderKind[]; request: z.Schema<unknown>; response: z.Schema<unknown> }
>;

export type MessageName = keyof typeof MESSAGES;
export type RequestOf<N extends MessageName> = z.Infer<(typeof MESSAGES)[N]['request']>;
export type ResponseOf<N extends MessageName> = z.Infer<(typeof MESSAGES)[N]['response']>;
export type Message<N extends MessageName = MessageName> = { [K in N]: { type: K; payload: RequestOf<K> } }[N];

export function makeMessage<N extends MessageName>(type: N, payload: RequestOf<N>): Message<N> {
  return { type, payload } as Message<N>;
}

/** The parts of runtime.MessageSender the checks read (kept structural: shared imports no browser types). */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** Which kind of sender this is, or null when it is not one of ours. */
export function senderKind(sender: SenderInfo, ownId: string, ownOrigin: string): SenderKind | null {
  if (sender.id !== ownId) return null;
  const url = sender.url ?? '';
  if (url.startsWith(ownOrigin)) return 'extension';
  if (sender.tab && /^https?:/.test(url)) return 'content';
  return null;
}

/**
 * Parse an incoming message: null unless its type is known, its payload has the right shape,
 * and its sender may send it.
 */
export function parseMessage(raw: unknown, kind: SenderKind | null): Message | null {
  if (!kind || raw === null || typeof raw !== 'object') return null;
  const { type, payload } = raw as { type?: unknown; payload?: unknown };
  if (typeof type !== 'string' || !Object.hasOwn(MESSAGES, type)) return null;
  const def = MESSAGES[type as MessageName];
  if (!(def.from as readonly SenderKind[]).includes(kind)) return null;
  const parsed = def.request.safeParse(payload);
  return parsed.success ? ({ type, payload: parsed.data } as Message) : null;
}

export type Handlers = {
  [N in MessageName]?: (payload: RequestOf<N>, sender: SenderInfo) => Promise<ResponseOf<N>> | ResponseOf<N>;
};
