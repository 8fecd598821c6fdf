import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'src/__generated__/', 'web/src/gql/', '.data/', 'coverage/', 'dist/', 'bench/peer/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Build scripts in plain JavaScript run on Node.
  { files: ['scripts/**/*.mjs'], languageOptions: { globals: { URL: 'readonly' } } },
  {
    rules: {
      // Type-only imports vanish at runtime; saying so keeps ESM output free of dead imports.
      '@typescript-eslint/consistent-type-imports': 'error',
      // Unused values are usually a mistake; a leading underscore marks a deliberate one.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Every `any` hides a type error; use `unknown` and narrow.
      '@typescript-eslint/no-explicit-any': 'error',
      // `x != null` is the one idiom for "neither null nor undefined" (optional GraphQL inputs).
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
);
