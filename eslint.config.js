// The lint gate (npm run lint, in CI at zero warnings): typescript-eslint's strict type-checked
// rules, Lit's template rules, and prettier's formatting (checked separately by `prettier --check`).
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'build/', 'node_modules/', 'bench-results/', 'data/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  lit.configs['flat/recommended'],
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      // Numbers and booleans read as themselves in messages and SQL fragments.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      // A `!` marks a lookup the line before made sure of (a regex group, a row just inserted, a
      // fixture); the type checker already refuses the unsafe ones, and most were removed as unneeded.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Without noUncheckedIndexedAccess an index read looks non-nullable, so the guards this rule
      // calls unnecessary (`words[0] ?? ''`, `m[1] === undefined`) are the ones the runtime needs.
      '@typescript-eslint/no-unnecessary-condition': 'off',
      // An express error handler must take four arguments: the unused ones start with _.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // `return reportError(…)` ends a handler early in one line; a void function's value cannot be
      // used anyway (the type checker says so), which is what this rule guards against.
      '@typescript-eslint/no-confusing-void-expression': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: globals.node },
  },
);
