import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';

export default defineConfig(
  { ignores: ['dist/**', 'node_modules/**', 'tests/e2e/screenshots/**', 'coverage/**', 'scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: { allowDefaultProject: ['eslint.config.js', 'scripts/*.mjs'], defaultProject: 'tsconfig.node.json' }, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
    rules: {
      'import-x/no-cycle': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // The architecture of STYLE.md: data flows one way; features and domain stay independent.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './src/domain', from: './src', except: ['./domain', './content/schema.ts', './lib/closest.ts'], message: 'domain is pure: no React, stores, features or data.' },
            { target: './src/features', from: './src/stores', message: 'features take props; only app/ reads stores.' },
            { target: './src/features', from: './src/app', message: 'features never import the app layer.' },
            { target: './src/features/body-map', from: './src/features', except: ['./body-map'], message: 'a feature never imports another feature.' },
            { target: './src/features/results', from: './src/features', except: ['./results'], message: 'a feature never imports another feature.' },
            { target: './src/features/muscle', from: './src/features', except: ['./muscle'], message: 'a feature never imports another feature.' },
            { target: './src/features/muscle-index', from: './src/features', except: ['./muscle-index'], message: 'a feature never imports another feature.' },
            { target: './src/features/selection', from: './src/features', except: ['./selection'], message: 'a feature never imports another feature.' },
            { target: './src/features/safety', from: './src/features', except: ['./safety'], message: 'a feature never imports another feature.' },
            { target: './src/features', from: './src/content', except: ['./schema.ts'], message: 'features get content through props.' },
            { target: './src', from: './data', message: 'only src/content reads data/.' },
            { target: ['./src/app', './src/features', './src/stores', './src/domain', './src/components', './src/lib'], from: './data', message: 'only src/content reads data/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'src/**/*.test.{ts,tsx}', 'scripts/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
