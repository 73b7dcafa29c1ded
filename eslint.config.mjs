import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypeScript from 'eslint-config-next/typescript';

// The two boundaries that matter (STYLE.md): the engine imports nothing from outside
// itself, and client widgets never import server code.
const engineBoundary = {
  files: ['lib/engine/**/*.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { group: ['react', 'react-*', 'next', 'next/*', '@prisma/*', 'pg', 'zod', 'node:*'], message: 'lib/engine no depende de nada: es TypeScript puro.' },
          { group: ['@/*', '!@/lib/engine/**'], message: 'lib/engine no importa nada de fuera de lib/engine.' },
        ],
      },
    ],
  },
};

// Relative paths that climb out of lib/engine, which a glob of import strings cannot see.
const engineRelativeBoundary = {
  files: ['lib/engine/**/*.ts'],
  rules: {
    'import/no-restricted-paths': [
      'error',
      { zones: [{ target: './lib/engine', from: './', except: ['./lib/engine'], message: 'lib/engine no importa nada de fuera de lib/engine.' }] },
    ],
  },
};

const clientBoundary = {
  files: ['app/ui/**/*.{ts,tsx}'],
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: [{ group: ['@/lib/server', '@/lib/server/*', '**/lib/server/**'], message: 'app/ui no importa código de servidor: pásalo como prop desde la página.' }] },
    ],
  },
};

const config = [
  { ignores: ['.next/**', 'node_modules/**', 'lib/generated/**', '.data/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'] },
  ...nextVitals,
  ...nextTypeScript,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  // Playwright fixtures and tfjs call a function named `use` that is not a React hook.
  { files: ['tests/e2e/**/*.ts', 'bench/**/*.ts'], rules: { 'react-hooks/rules-of-hooks': 'off' } },
  engineBoundary,
  engineRelativeBoundary,
  clientBoundary,
];

export default config;
