// Lint: typescript-eslint, no-unsanitized (DOM XSS sinks), and the rooms of the code, so the tree keeps its design:
// - content, popup and background never import each other. One exception: the extension pages learn the built
//   paths of the two content bundles through crxjs `?script` imports (src/shared/tab-client.ts); such an import
//   bundles no content code into the page, so specifiers ending in `?script…` are allowed.
// - src/extract is a library: it imports only src/text and src/dom (plus Readability and DOMPurify), never an
//   extension API, UI, settings or jsdom, so the content script, cli/ and bench/ run the same code.
// - src/dom (the one DOM helper module) and src/text (pure functions) import nothing of Qari's.
// - Inside the content script, the reader and the speech room are separate rooms: speech never imports the
//   reader; the reader and the tab controller see speech only through speech/api.ts (speech is a second script,
//   injected on first use, so importing its internals would bundle them into the content script).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import nounsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';

const POLYFILL = {
  name: 'webextension-polyfill',
  message: 'Import { browser } (and its types) from src/platform/browser.ts.',
};

const context = (name, others) => ({
  files: [`src/${name}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: [POLYFILL],
        patterns: others.map((other) => ({
          regex: `(^|/)${other}/(?!.*\\?script)`,
          message: `src/${name} must not import from src/${other}: share code through src/shared or src/text.`,
        })),
      },
    ],
  },
});

const rule = (message, regexes) => ({
  'no-restricted-imports': ['error', { paths: [POLYFILL], patterns: regexes.map((regex) => ({ regex, message })) }],
});
const NOT_SCRIPT = '(?!.*\\?script)';
const OTHER_CONTEXTS = [`(^|/)(popup|background)/${NOT_SCRIPT}`];

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', 'bench/results/**', 'coverage/**', 'test/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  nounsanitized.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error', 'log'] }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/platform/browser.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [POLYFILL] }] },
  },
  context('content', ['popup', 'background']),
  {
    files: ['src/content/*.ts', 'src/content/reader/**/*.ts'],
    rules: rule(
      'The reader and the tab controller see speech only through speech/api.ts (speech is loaded on first use).',
      [...OTHER_CONTEXTS, '(^|/)speech/(?!api$)'],
    ),
  },
  {
    files: ['src/content/speech/**/*.ts'],
    rules: rule('Speech never imports the reader: the reader lends it a SpeechSurface (speech/api.ts).', [
      ...OTHER_CONTEXTS,
      '(^|/)reader/',
    ]),
  },
  {
    files: ['src/extract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [POLYFILL, { name: 'jsdom', message: 'src/extract runs in browsers: node adapters live in cli/.' }],
          patterns: [
            {
              regex: '^\\.\\./(?!text/|dom/)',
              message:
                'src/extract is a library: it imports only src/text and src/dom (no extension API, UI or settings).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/dom/**/*.ts'],
    rules: rule("src/dom is the one DOM helper module: it imports nothing of Qari's.", ['^\\.\\./']),
  },
  context('popup', ['content', 'background', 'extract']),
  context('background', ['content', 'popup', 'extract']),
  {
    files: ['src/text/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [POLYFILL],
          patterns: [{ regex: '^\\.\\./', message: 'src/text is pure: it imports nothing outside src/text.' }],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'chrome',
        'browser',
        'speechSynthesis',
        'location',
      ],
    },
  },
);
