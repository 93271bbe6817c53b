// The _locales keys of the names the reader sees for report values, shared by the popup's
// labels (src/ui/labels.ts) and the Markdown report's (src/shared/markdown-labels.ts).
import type { Category, MentionHow } from './report';

/** A category of many findings ("Loaded terms"). */
export const CATEGORY_KEYS: Record<Category, string> = {
  'loaded-term': 'categoryLoadedTerm',
  'place-name': 'categoryPlaceName',
  'unnamed-source': 'categoryUnnamedSource',
  editorializing: 'categoryEditorializing',
};

export const HOW_KEYS: Record<MentionHow, string> = {
  'according to': 'howAccordingTo',
  'quoted by': 'howQuotedBy',
  reported: 'howReported',
  told: 'howTold',
  'cited by': 'howCitedBy',
  link: 'howLink',
  name: 'howName',
};
