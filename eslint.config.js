// Lint: typescript-eslint, no-unsanitized (DOM XSS sinks), and the boundaries between contexts:
// content, popup and background never import each other; src/text is pure (no browser, no platform).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import nounsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';

const POLYFILL = { name: 'webextension-polyfill', message: 'Import { browser } from src/platform/browser.ts.' };

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
  context('popup', ['content', 'background']),
  context('background', ['content', 'popup']),
  {
    files: ['src/text/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [POLYFILL], patterns: [{ regex: '^\\.\\./', message: 'src/text is pure: it imports nothing outside src/text.' }] },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'chrome', 'browser', 'speechSynthesis', 'location'],
    },
  },
);
