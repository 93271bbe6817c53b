// What the popup can show for a tab. Decided by src/popup/api.ts from the tab's URL, the
// settings and what the background and the content script answer.
import type { Report, Severity } from '../shared/report';
import type { UnscannableReason } from '../shared/scannable';

export { unscannableReason } from '../shared/scannable';

export type PopupState =
  | { kind: 'loading' }
  | { kind: 'unscannable'; reason: UnscannableReason | 'error'; detail?: string }
  | { kind: 'not-scanned'; host: string | null }
  | { kind: 'scanning'; host: string | null }
  | { kind: 'site-off'; host: string }
  | { kind: 'no-text'; host: string | null }
  /** `minSeverity`: the reader's filter, when it hides the lower weights (the report holds none of them). */
  | { kind: 'report'; report: Report; host: string | null; url: string | null; minSeverity?: Severity };

export interface PopupApi {
  load(): Promise<PopupState>;
  /** Inject / re-run the content script (the reader's click), then the state after it. */
  scan(): Promise<PopupState>;
  scrollTo(findingId: string): Promise<boolean>;
  setSiteEnabled(host: string, enabled: boolean): Promise<PopupState>;
  copy(text: string): Promise<boolean>;
  openOptions(): void;
}
