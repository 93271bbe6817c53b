// One typed map of every message between the extension's parts: `{ name: { from, request,
// response } }`. Each request is validated by shape (zod) and by sender before it is handled,
// so a page cannot drive the background by posting look-alike objects, and a handler never
// sees `any`. The popup and options pages add their messages to MESSAGES; nothing else changes.
//
//   content ──report──────────▶ background (badge, per-tab report)
//   popup   ──getReport/scanTab/scrollToFinding──▶ background ──▶ content
//   background ──nextFinding/scrollToFinding/getReport/rescan──▶ content
import { z } from 'zod';
import { CATEGORIES } from './report';
import type { Report } from './report';

const findingSchema = z.object({
  id: z.string(),
  category: z.enum(CATEGORIES),
  text: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  entryId: z.string(),
  party: z.string().nullable(),
  neutral: z.string().nullable(),
  canonical: z.string().nullable(),
  explanation: z.string(),
  reference: z.string(),
  quoted: z.boolean(),
  mixedScript: z.boolean(),
  severity: z.enum(['high', 'medium', 'low']),
});

const span = { start: z.number().int().min(0), end: z.number().int().min(0) };

export const reportSchema = z.object({
  version: z.literal(1),
  findings: z.array(findingSchema),
  sentences: z.array(
    z.object({ ...span, original: z.string(), neutral: z.string(), findings: z.array(z.number().int().min(0)) }),
  ),
  outlets: z.array(
    z.object({
      name: z.string(),
      known: z.boolean(),
      country: z.string().nullable(),
      owner: z.string().nullable(),
      stateControlled: z.boolean().nullable(),
      domains: z.array(z.string()),
      reference: z.string().nullable(),
      mentions: z.array(
        z.object({
          ...span,
          how: z.enum(['according to', 'quoted by', 'reported', 'told', 'cited by', 'link', 'name']),
        }),
      ),
    }),
  ),
  sources: z.array(z.object({ kind: z.enum(['unnamed', 'person', 'outlet']), text: z.string(), ...span })),
  summary: z.object({
    counts: z.object(Object.fromEntries(CATEGORIES.map((c) => [c, z.number().int().min(0)])) as Record<
      (typeof CATEGORIES)[number],
      z.ZodNumber
    >),
    parties: z.record(z.string(), z.number().int().min(0)),
    lean: z.string().nullable(),
  }),
}) satisfies z.ZodType<Report>;

const tabId = z.number().int().min(0);
const ok = z.object({ ok: z.boolean(), error: z.string().optional() });

/** Who may send a message: a content script in a web page, or one of the extension's pages. */
export type SenderKind = 'content' | 'extension';

export const MESSAGES = {
  /** The content script's current report for its tab (null: nothing scanned, clear the badge). */
  report: {
    from: ['content'],
    request: z.object({ report: reportSchema.nullable(), url: z.string() }),
    response: ok,
  },
  /** A tab's report: to the background with a tabId (popup), or to the content script without. */
  getReport: {
    from: ['extension'],
    request: z.object({ tabId: tabId.optional() }),
    response: z.object({ report: reportSchema.nullable(), url: z.string().nullable() }),
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
    request: z.object({ tabId: tabId.optional(), findingId: z.string().min(1) }),
    response: ok,
  },
  /** Step to the next (or previous) finding: the keyboard command, relayed by the background. */
  nextFinding: {
    from: ['extension'],
    request: z.object({ direction: z.union([z.literal(1), z.literal(-1)]) }),
    response: ok,
  },
  /** Scan again (the toolbar was clicked on a page where the script already runs). */
  rescan: {
    from: ['extension'],
    request: z.object({}),
    response: ok,
  },
  /** Settings were saved (options page); the background re-registers user-added sites. */
  settingsChanged: {
    from: ['extension'],
    request: z.object({}),
    response: ok,
  },
} as const satisfies Record<
  string,
  { from: readonly SenderKind[]; request: z.ZodType; response: z.ZodType }
>;

export type MessageName = keyof typeof MESSAGES;
export type RequestOf<N extends MessageName> = z.infer<(typeof MESSAGES)[N]['request']>;
export type ResponseOf<N extends MessageName> = z.infer<(typeof MESSAGES)[N]['response']>;
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
