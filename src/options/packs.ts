// The lexicon packs a reader can switch off: the folders of src/lexicon (SCHEMA.md), with
// the message key of each one's name. tests/dom/options-page.test.tsx checks this list
// against the packs the compiled lexicon actually holds.
export const PACKS: { id: string; key: string }[] = [
  { id: 'ru-ua-war', key: 'packRuUaWar' },
  { id: 'world', key: 'packWorld' },
  { id: 'sources', key: 'packSources' },
  { id: 'style', key: 'packStyle' },
  { id: 'outlets', key: 'packOutlets' },
  { id: 'custom', key: 'packCustom' },
];
