import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

import rooms from './scripts/lint/rooms.js';
import svelteConfig from './svelte.config.js';

export default ts.config(
  {
    ignores: [
      'dist/',
      'dist-single/',
      'node_modules/',
      'public/',
      'test-results/',
      'bench-results/',
      '.tmp/',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'd3',
              message: 'Import the D3 module you need (d3-scale, d3-geo…), never the whole bundle.',
            },
          ],
        },
      ],
    },
  },
  {
    // The arrows between the rooms of src/lib (ARCHITECTURE.md « Rooms »).
    files: ['src/**/*.{ts,js,svelte}'],
    plugins: { rooms },
    rules: { 'rooms/arrows': 'error' },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig,
      },
    },
  },
);
