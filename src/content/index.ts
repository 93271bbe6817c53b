// Content script entry. DOM work only: the engine decides what is loaded language.
//
//   settings ─▶ start(signal) ─┬─ scanner.scanPage()  (idle slices) ─▶ painter (CSS highlights)
//                              ├─ mutation queue ─▶ scanner.scanBlocks() in idle slices
//                              ├─ hover / focus / Escape / next-finding ─▶ card
//                              ├─ each piece's text ─▶ background: complete ─▶ its report
//                              └─ report ─▶ background (badge)
//   storage change / site turned off ─▶ abort ─▶ highlights, card, observers, listeners gone
//
// Injected by the manifest on known news sites, by a registered script on sites the reader
// added, and by scripting.executeScript on a toolbar click; a second injection in the same
// page only asks the running instance to scan again.
// The matcher without its descriptions, and detect without complete: the service worker
// describes (describe.ts here) and completes each piece's report (background/complete.ts).
import { prepareDetector } from '../engine/page-detector';
import type { Detection, Detector, EnginePreparation } from '../engine/page-detector';
import type { Report } from '../shared/report';
import { partyLabel as sharedPartyLabel } from '../shared/parties';
import { engineSettings, isSiteDisabled, type Settings } from '../shared/settings';
import { listen, send, translate, uiLanguage } from '../platform/browser';
import { TO_CONTENT } from '../shared/messages';
import { onSettingsChanged } from '../platform/settings-store';
import { createCard, type CardLabels } from './card';
import { createPainter } from './highlighter';
import { setupInteraction } from './interact';
import { createMutationQueue, nextTask, onIdle } from './queue';
import { createScanner, type ScanEngine, type Scanner } from './scanner';
import { applyHighlightStyle } from './style-settings';
import { createDescriber } from './describe';
import { measure } from './measure';

const INSTANCE = Symbol.for('framing-lens.content');
type Instance = { rescan(): void };
const scope = globalThis as typeof globalThis & { [INSTANCE]?: Instance };

function partyLabel(party: string | null): string | null {
  return party ? sharedPartyLabel(party, uiLanguage()) : null;
}

/**
 * The card's words from _locales: every locale has every key (options-page test) and English
 * is the default locale, so a key is never missing.
 */
function cardLabels(): CardLabels {
  const t = translate;
  return {
    categories: {
      'loaded-term': t('cardCategoryLoadedTerm'),
      'place-name': t('cardCategoryPlaceName'),
      'unnamed-source': t('cardCategoryUnnamedSource'),
      editorializing: t('cardCategoryEditorializing'),
    },
    quoted: t('tagQuoted'),
    mixedScript: t('tagMixedScript'),
    neutral: t('cardNeutral'),
    drop: t('cardDrop'),
    usage: t('cardUsage'),
    voice: t('cardVoice'),
    why: t('cardWhy'),
    mixedScriptWhy: (name) => t('cardMixedScriptWhy', [name]),
    quotedWord: (word) => t('quotedWord', [word]),
    source: t('cardSource'),
    close: t('cardClose'),
  };
}

const MIN_SLICE_MS = 6;
const MAX_SLICE_MS = 12;

/** A slice's time left: an idle period's time remaining when it began, held between the bounds. */
function sliceBudget(idle = MAX_SLICE_MS): () => number {
  const end = performance.now() + Math.min(MAX_SLICE_MS, Math.max(MIN_SLICE_MS, idle));
  return () => end - performance.now();
}

interface Running {
  controller: AbortController;
  scanner: Scanner;
  step(direction: 1 | -1): boolean;
  scrollTo(id: string): boolean;
}

function start(settings: Settings, force: boolean): Running {
  const controller = new AbortController();
  const { signal } = controller;
  // Compiling the lexicon costs more than scanning a typical article, so it waits until a page
  // turns out to have article text (scanner's `prepare`), goes in steps that stop when a
  // slice's time is up (prepareDetector), and is measured apart from the scans as
  // framing-lens:engine, one measure per step. A change of settings (a threshold, a category)
  // restarts the scan with a new detector.
  let compiled: Detector | null = null;
  let preparation: EnginePreparation | null = null;
  const prepare = (timeLeft: () => number): boolean => {
    if (compiled) return true;
    const t0 = performance.now();
    preparation ??= prepareDetector(engineSettings(settings));
    compiled = preparation.step(timeLeft);
    measure('engine', t0);
    return compiled !== null;
  };
  // The page paints from `detect` (once `prepare` said the detector is compiled: scan-job.ts
  // paints no piece before); the service worker completes each piece's report afterwards
  // (sentences and their rewording, sources, outlets), with the same lexicon and settings.
  const engine: ScanEngine<Detection> = {
    detect: (text, options) => {
      const detection = compiled!.detect(text, options);
      describer.fill(detection.findings);
      return detection;
    },
    complete: ({ text, links, quotes }) =>
      send('complete', { text, links: [...links], quotes: [...quotes] }).then((r) => (r?.report as Report | null | undefined) ?? null, () => null),
  };
  const describer = createDescriber((entryIds) => send('describe', { entryIds }));
  const painter = createPainter(document, signal);
  applyHighlightStyle(document, settings.highlightStyle, signal);
  const card = createCard(document, signal, cardLabels());

  // At most one report per interval (a debounce would never fire on a page that never stops
  // changing, a live blog, and its badge would stay stale), and only when it changed: on a big
  // page it is hundreds of KB, and a live page mutates far more often than its findings change.
  // Only a whole report is sent: not while a scan runs, whose end sends it (scanHooks.done).
  let reportTimer: ReturnType<typeof setTimeout> | undefined;
  let lastSent = '';
  const sendReport = (): void => {
    if (reportTimer !== undefined) return;
    reportTimer = setTimeout(() => {
      reportTimer = undefined;
      if (signal.aborted || !scanner.scanned || scanner.busy) return;
      const report = scanner.report();
      const key = `${location.href}\n${report.sentences.length}\n${report.findings.map((f) => f.id).join(' ')}`;
      if (key === lastSent) return;
      lastSent = key;
      void send('report', { report, url: location.href }).catch(() => {});
    }, 250);
  };
  signal.addEventListener('abort', () => clearTimeout(reportTimer), { once: true });

  // Blocks that changed while a scan runs in slices (the page's, or a big block's) wait for its
  // end: the walk may have read them already, and a re-scan now would be overtaken by that
  // scan's later pieces anyway.
  const waiting = new Set<Node>();
  const queue = createMutationQueue((blocks, deadline) => {
    if (scanner.busy) {
      for (const b of blocks) waiting.add(b);
      return [];
    }
    if (!scanner.scanned) {
      // The page had no article text yet (an app still loading): try the whole page again.
      scanPage();
      return [];
    }
    const left = scanner.scanBlocks(blocks, sliceBudget(deadline.timeRemaining()), scanHooks);
    afterScan();
    return left;
  }, signal);

  // An iframe that (re)loads after a scan brings a new document: re-scan its block then.
  const frames = new WeakSet<HTMLIFrameElement>();
  const onIframe = (frame: HTMLIFrameElement): void => {
    if (frames.has(frame)) return;
    frames.add(frame);
    frame.addEventListener('load', () => queue.add(frame), { signal });
  };
  // A page scan starts in an idle callback; each further slice is a task of its own
  // (nextTask), ended within MAX_SLICE_MS so one overrun of the engine on a piece still ends
  // far under the 50 ms a long task is. Until its last highlight a page scan's slices take
  // turns with the page's own tasks (user-visible); at the lowest priority (background) each
  // waits until no other task is queued, which on a page busy with its own scripts can be
  // long. Its report's completion and block re-scans stay in the background.
  const schedule = (slice: (timeLeft: () => number) => void, urgent: boolean): void =>
    nextTask(() => slice(sliceBudget()), signal, urgent ? 'user-visible' : 'background');
  const scanner = createScanner({
    doc: document, engine, prepare, painter, schedule, walk: { onIframe }, quietly: (fn) => queue.quietly(fn),
  });
  const scanHooks = {
    progress: watchScopes,
    done(found: boolean): void {
      if (found) afterScan();
      for (const b of waiting) queue.add(b);
      waiting.clear();
    },
  };
  const scanPage = (): void => {
    scanner.scanPage(force, scanHooks);
  };
  const interaction = setupInteraction({ scanner, card, painter, partyLabel, signal });

  /** Observe and listen in the documents and shadow roots scans found. */
  function watchScopes(): void {
    for (const s of scanner.scopes()) {
      queue.observe(s);
      if (s.nodeType === 9) interaction.listenIn(s as Document);
    }
  }

  /** A scan ended (or a block re-scan goes on in slices: its end comes back here). */
  function afterScan(): void {
    watchScopes();
    if (!scanner.busy) sendReport();
  }

  queue.observe(document);
  interaction.listenIn(document);
  onIdle(scanPage, signal, 200);

  return {
    controller,
    scanner,
    step: (direction) => interaction.step(direction) !== null,
    scrollTo(id) {
      const entry = scanner.byId(id);
      if (entry) interaction.reveal(entry);
      return !!entry;
    },
  };
}

async function main(): Promise<void> {
  const existing = scope[INSTANCE];
  if (existing) return existing.rescan();

  let running: Running | null = null;
  let forced = false; // the reader asked for this page (toolbar): scan even short pages
  let generation = 0;
  const restart = async (): Promise<void> => {
    // Settings can change again while they load: only the latest restart may start a scan.
    const mine = ++generation;
    running?.controller.abort();
    running = null;
    // No answer (the service worker failed): no scan, rather than one against the reader's settings.
    const loaded = await send('getSettings', {}).catch(() => undefined);
    if (mine !== generation || !loaded) return;
    const { settings } = loaded;
    if (isSiteDisabled(settings, location.hostname)) {
      void send('report', { report: null, url: location.href }).catch(() => {});
      return;
    }
    running = start(settings, forced);
  };
  scope[INSTANCE] = {
    rescan() {
      forced = true;
      void restart();
    },
  };

  listen(TO_CONTENT, {
    getReport: () => ({ report: running?.scanner.scanned ? running.scanner.report() : null, url: location.href }),
    nextFinding: ({ direction }) => ({ ok: running?.step(direction) ?? false }),
    scrollToFinding: ({ findingId }) => ({ ok: running?.scrollTo(findingId) ?? false }),
    rescan: () => {
      scope[INSTANCE]!.rescan();
      return { ok: true };
    },
  });
  onSettingsChanged(() => void restart());
  await restart();
}

// Only in a top-level page: same-origin iframes are scanned from their parent.
if (window.top === window) void main();
