// Lint: typescript-eslint's recommended rules, the import boundaries between runtimes that
// DESIGN.md draws (Dark Reader enforces the same idea with import/no-restricted-paths; plain
// no-restricted-imports patterns do it here without a module resolver), and bans that keep page
// text out of HTML parsers.
import tseslint from 'typescript-eslint';

const FOLDERS = ['engine', 'content', 'background', 'popup', 'options', 'ui', 'shared', 'platform', 'cli', 'lexicon'];

/** What each folder of src/ may import of ours; everything else of ours is an error. */
const ALLOWED = {
  engine: ['engine', 'shared', 'lexicon'],
  content: ['content', 'engine', 'shared', 'platform', 'lexicon'],
  background: ['background', 'engine', 'shared', 'platform', 'lexicon'],
  popup: ['popup', 'ui', 'shared', 'platform', 'lexicon'],
  options: ['options', 'ui', 'shared', 'platform', 'lexicon'],
  ui: ['ui', 'shared', 'lexicon'],
  shared: ['shared', 'lexicon'],
  platform: ['platform', 'shared'],
  cli: ['cli', 'engine', 'shared'],
  lexicon: ['lexicon'],
};

const WHY = {
  engine: 'The engine is pure TypeScript: no DOM, no browser API, no UI.',
  content: 'The content script does DOM work; it reaches other parts through messages.',
  background: 'The service worker routes messages and completes reports with the engine; it reads no page.',
  popup: 'UI renders and dispatches; it never detects (report types live in src/shared).',
  options: 'UI renders and dispatches; it never detects (report types live in src/shared).',
  ui: 'Shared UI components render; they import shared types only.',
  shared: 'src/shared imports nothing of ours but the lexicon schema.',
  platform: 'The platform layer wraps the browser API and nothing else.',
  cli: 'The CLI reads files and calls the engine.',
  lexicon: 'The lexicon is data, its schema and its validator.',
};

// The platform layer hands out named functions, never the polyfill's `browser` object: one
// re-exported from it would reach the whole browser API past the webextension-polyfill ban.
const BROWSER_OBJECT = {
  group: ['**/platform', '**/platform/**'],
  importNames: ['browser'],
  message: 'Only src/platform touches the browser API: call (or add) a named function in src/platform.',
};

const boundaries = FOLDERS.map((folder) => {
  const forbidden = FOLDERS.filter((f) => !ALLOWED[folder].includes(f));
  const outside = folder !== 'platform';
  return {
    files: [`src/${folder}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: outside ? [{ name: 'webextension-polyfill', message: 'Only src/platform touches the browser API.' }] : [],
          patterns: [
            { group: forbidden.flatMap((f) => [`**/${f}`, `**/${f}/**`]), message: WHY[folder] },
            ...(outside ? [BROWSER_OBJECT] : []),
          ],
        },
      ],
    },
  };
});

export default tseslint.config(
  { ignores: ['dist/', 'dist-firefox/', 'release/', 'node_modules/', 'src/lexicon/generated/', 'bench/out/', 'test-results/', '.*'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  ...boundaries,
  {
    files: ['**/*.{ts,tsx,mts,js,mjs}'],
    ignores: ['src/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [BROWSER_OBJECT] }] },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]', message: 'Never insert text as HTML: use textContent.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Never insert text as HTML.' },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never insert text as HTML.' },
        { selector: "CallExpression[callee.name='eval'], NewExpression[callee.name='Function']", message: 'No code from strings.' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/platform/**'],
    rules: {
      'no-restricted-globals': ['error', { name: 'chrome', message: 'Only src/platform touches the browser API.' }, { name: 'browser', message: 'Only src/platform touches the browser API.' }],
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'document', 'window', 'navigator', 'chrome', 'browser', 'localStorage', 'fetch', 'XMLHttpRequest'],
    },
  },
  {
    files: ['tests/**', 'bench/**', 'scripts/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
