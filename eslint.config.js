import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', 'node_modules/', 'seeds/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Page-derived text is rendered only as text (see README, "Security").
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render page-derived text as text.' },
        { property: 'outerHTML', message: 'Render page-derived text as text.' },
      ],
    },
  },
);
