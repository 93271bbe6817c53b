// One typed map of every message between the extension's parts: `{ name: { from, request,
// response } }`. Each request is validated by shape and by sender before it is handled, so a
// page cannot drive the background by posting look-alike objects, and a handler never sees
// `any`. The popup and options pages add their messages to MESSAGES; nothing else changes.
// The shapes are valibot schemas (modular, so the content script, which carries them on every
// news page, pays only for the pieces used here; issue 4). v.object and v.record rebuild what
// they accept: keys a schema does not declare are dropped (a record also drops `__proto__`,
// `constructor` and `prototype`), so a handler never sees more than its type says. Unlike zod,
// they read an array as an object: harmless, since only declared keys are kept.
//
//   content ──report──────────▶ background (badge, per-tab report, described)
//   content ──complete────────▶ background (a piece's report: sentences, sources, outlets)
//   content ──describe────────▶ background (explanations and references for hover cards)
//   content ──getSettings─────▶ background (the settings, validated and migrated there)
//   popup   ──getReport/scanTab/scrollToFinding──▶ background ──▶ content
//   background ──nextFinding/scrollToFinding/getReport/rescan──▶ content
import * as v from 'valibot';
import { CATEGORIES, MENTION_HOWS, SEVERITIES, SOURCE_KINDS } from './report';
import type { Report } from './report';
import type { LoadResult } from './settings';

/** A count or an offset: a safe integer, 0 or more. */
const count = v.pipe(v.number(), v.safeInteger(), v.minValue(0));

const findingSchema = v.object({
  id: v.string(),
  category: v.picklist(CATEGORIES),
  text: v.string(),
  start: count,
  end: count,
  entryId: v.string(),
  party: v.nullable(v.string()),
  neutral: v.nullable(v.string()),
  canonical: v.nullable(v.string()),
  explanation: v.string(),
  reference: v.string(),
  quoted: v.boolean(),
  mixedScript: v.boolean(),
  severity: v.picklist(SEVERITIES),
});

const tabId = count;
const ok = v.object({ ok: v.boolean(), error: v.optional(v.string()) });

/** Who may send a message: a content script in a web page, or one of the extension's pages. */
export type SenderKind = 'content' | 'extension';

/** Who may send a request, and its shape. */
interface RequestDef {
  from: readonly SenderKind[];
  request: v.GenericSchema;
}

/** The requests one part takes: MESSAGES (the background and the extension's pages) or TO_CONTENT. */
export type Accepted = Partial<Record<MessageName, RequestDef>>;

const getReportRequest = v.object({ tabId: v.optional(tabId) });
const scrollRequest = v.object({ tabId: v.optional(tabId), findingId: v.pipe(v.string(), v.minLength(1)) });

/**
 * The requests the content script takes, apart: it parses with this map alone, so each news
 * page carries none of the other parts' schemas (a report's shape is a kilobyte of them).
 */
export const TO_CONTENT = {
  getReport: { from: ['extension'], request: getReportRequest },
  scrollToFinding: { from: ['extension'], request: scrollRequest },
  nextFinding: { from: ['extension'], request: v.object({ direction: v.picklist([1, -1]) }) },
  rescan: { from: ['extension'], request: v.object({}) },
} as const satisfies Record<string, RequestDef>;

/**
 * A report's shape. Built on demand (see MESSAGES): the content script never parses a report,
 * and module-level spreads would stay in its bundle even unused.
 */
function reportSchema() {
  const span = { start: count, end: count };
  return v.object({
    version: v.literal(1),
    findings: v.array(findingSchema),
    sentences: v.array(
      v.object({ ...span, original: v.string(), neutral: v.string(), findings: v.array(count) }),
    ),
    outlets: v.array(
      v.object({
        name: v.string(),
        // A report stored before the field existed has none: null, as an English report's.
        localName: v.optional(v.nullable(v.string()), null),
        known: v.boolean(),
        country: v.nullable(v.string()),
        owner: v.nullable(v.string()),
        stateControlled: v.nullable(v.boolean()),
        domains: v.array(v.string()),
        reference: v.nullable(v.string()),
        mentions: v.array(
          v.object({
            ...span,
            how: v.picklist(MENTION_HOWS),
          }),
        ),
      }),
    ),
    sources: v.array(v.object({ kind: v.picklist(SOURCE_KINDS), text: v.string(), ...span })),
    summary: v.object({
      counts: v.object(Object.fromEntries(CATEGORIES.map((c) => [c, count])) as Record<(typeof CATEGORIES)[number], typeof count>),
      parties: v.record(v.string(), count),
      lean: v.nullable(v.string()),
    }),
  }) satisfies v.GenericSchema<unknown, Report>;
}

function messages() {
  const report = reportSchema();
  return {
    /** The content script's current report for its tab (null: nothing scanned, clear the badge). */
    report: {
      from: ['content'],
      request: v.object({ report: v.nullable(report), url: v.string() }),
      response: ok,
    },
    /**
     * Why entries are flagged and their references, for the content script's hover cards: the
     * content script carries the matcher alone (src/shared/describe.ts).
     */
    /**
     * A piece of the page's text, reported whole (sentences and their rewording, sources,
     * outlets): the content script detects and highlights, the service worker completes, so
     * no news page carries the rewording and attribution code.
     */
    complete: {
      from: ['content'],
      request: v.object({
        text: v.pipe(v.string(), v.maxLength(4_000_000)),
        links: v.pipe(v.array(v.object({ start: count, end: count, href: v.string() })), v.maxLength(100_000)),
        // Quotations the page marks up (<blockquote>, <q>): their words are a speaker's.
        quotes: v.optional(v.pipe(v.array(v.object({ start: count, end: count })), v.maxLength(100_000)), []),
      }),
      response: v.object({ report: v.nullable(report) }),
    },
    describe: {
      from: ['content'],
      request: v.object({ entryIds: v.pipe(v.array(v.string()), v.maxLength(5000)) }),
      response: v.object({ entries: v.record(v.string(), v.object({ explanation: v.string(), reference: v.string() })) }),
    },
    /**
     * The reader's settings, read, migrated and validated by the service worker: the content
     * script, on every news page, carries neither the settings schema nor the migrations.
     */
    getSettings: {
      from: ['content'],
      request: v.object({}),
      response: v.custom<LoadResult>(() => true),
    },
    /** A tab's report: to the background with a tabId (popup), or to the content script without. */
    getReport: {
      ...TO_CONTENT.getReport,
      response: v.object({ report: v.nullable(report), url: v.nullable(v.string()) }),
    },
    /** Scan the tab now (toolbar click, or the popup asking for the active tab). */
    scanTab: {
      from: ['extension'],
      request: v.object({ tabId }),
      response: ok,
    },
    /** Scroll the page to a finding and show its card. */
    scrollToFinding: { ...TO_CONTENT.scrollToFinding, response: ok },
    /** Step to the next (or previous) finding: the keyboard command, relayed by the background. */
    nextFinding: { ...TO_CONTENT.nextFinding, response: ok },
    /** Scan again (the toolbar was clicked on a page where the script already runs). */
    rescan: { ...TO_CONTENT.rescan, response: ok },
  } as const satisfies Record<string, RequestDef & { response: v.GenericSchema }>;
}

/**
 * Every message but those the content script takes. A pure call: a bundle that imports only
 * TO_CONTENT (the content script's) carries none of it.
 */
export const MESSAGES = /* @__PURE__ */ messages();

export type MessageName = keyof typeof MESSAGES;
export type RequestOf<N extends MessageName> = v.InferOutput<(typeof MESSAGES)[N]['request']>;
export type ResponseOf<N extends MessageName> = v.InferOutput<(typeof MESSAGES)[N]['response']>;
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
 * Parse an incoming message: null unless its type is one `accepted` lists, its payload has the
 * right shape, and its sender may send it.
 */
export function parseMessage(raw: unknown, kind: SenderKind | null, accepted: Accepted): Message | null {
  if (!kind || raw === null || typeof raw !== 'object') return null;
  const { type, payload } = raw as { type?: unknown; payload?: unknown };
  if (typeof type !== 'string' || !Object.hasOwn(accepted, type)) return null;
  const def = accepted[type as MessageName]!;
  if (!def.from.includes(kind)) return null;
  // abortEarly: the first problem refuses the message; no need to list the others.
  const parsed = v.safeParse(def.request, payload, { abortEarly: true });
  return parsed.success ? ({ type, payload: parsed.output } as Message) : null;
}

export type Handlers = {
  [N in MessageName]?: (payload: RequestOf<N>, sender: SenderInfo) => Promise<ResponseOf<N>> | ResponseOf<N>;
};
