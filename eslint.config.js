// Lint: TypeScript rules everywhere; workflow code (and the domain it imports) must stay
// deterministic, so Node built-ins are forbidden there. The admin console (admin/) gets the same
// rules, typed through admin/tsconfig.json (the nearest tsconfig, found by the project service),
// plus the rules of React hooks.
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const adminFiles = ['admin/src/**/*.{ts,tsx}', 'admin/vite.config.ts'];

export default tseslint.config(
  { ignores: ['node_modules', 'admin/dist', 'src/db/generated', 'data', 'test-artifacts'] },
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'tests/**/*.ts', 'support/**/*.ts', 'prisma/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts', ...adminFiles],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  { files: adminFiles, ...reactHooks.configs.flat.recommended },
  {
    files: ['src/workflows/**/*.ts', 'src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: nodeBuiltins.map((name) => ({ name, message: 'El código de flujos debe ser determinista: use una actividad.' })) }],
    },
  },
);
