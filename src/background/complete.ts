// The reports of the pages' text. A content script detects and highlights; the rest of the
// report (sentences and their rewording, sources, outlets) is built here, off the page's main
// thread, so no news page carries that code (issue 4's 100 KB budget). The engine here is the
// bundled one with its descriptions, compiled once per settings: the same lexicon and settings
// as the content script's detector, so it finds the very findings the page highlighted.
import { createEngine, type Engine, type LinkSpan, type Span } from '../engine';
import { engineSettings } from '../shared/settings';
import type { Report } from '../shared/report';
import { uiLanguage } from '../platform/browser';
import { loadSettings } from '../platform/settings-store';

let cached: { key: string; engine: Engine } | null = null;

async function currentEngine(): Promise<Engine> {
  // The report tells the reader why, in the interface's language.
  const config = { ...engineSettings((await loadSettings()).settings), language: uiLanguage() };
  const key = JSON.stringify(config);
  if (cached?.key !== key) cached = { key, engine: createEngine(config) };
  return cached.engine;
}

/**
 * Compile the engine ahead of the first piece to complete: a content script asks for the
 * settings when it starts on a page, and compiles its own detector for as long, so the
 * compile here (tens of ms, cold) is done by the time the page's first piece arrives. After
 * the answer is sent, not before it.
 */
export function warmEngine(): void {
  setTimeout(() => void currentEngine().catch(() => {}), 0);
}

export async function completeText(text: string, links: LinkSpan[], quotes: readonly Span[] = []): Promise<Report> {
  return (await currentEngine()).analyze(text, { links, quotes });
}
