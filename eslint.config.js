import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Modules that reach the disk, processes or the network. */
const IO_MODULES = [
  'fs',
  'node:fs',
  'fs/promises',
  'node:fs/promises',
  'child_process',
  'node:child_process',
  'http',
  'node:http',
  'https',
  'node:https',
  'net',
  'dgram',
  'node:dgram',
  'dns',
  'node:dns',
  'node:sqlite',
];
/** Packages of the services specgate talks to. */
const PROVIDERS = '^(@octokit/|@actions/|@slack/|jira\\.js$|openai$|probot$|pg$)';
/** Folders that speak to the outside world, or build and start the product. */
const ADAPTERS = [
  'github',
  'jira',
  'slack',
  'model',
  'store',
  'tickets',
  'app',
  'action',
  'cli',
  'wiring',
  'dry-run',
  'demo',
];
/** Everything the domain may not import: adapters, machine work, use cases. */
const OUTSIDE_DOMAIN = [
  ...ADAPTERS,
  'git',
  'process',
  'sandbox',
  'qa',
  'agent',
  'repo',
  'usecases',
  'intake',
  'notify',
  'config',
];
/** A relative import of one of these folders of src/. */
/** A relative import that passes through one of these folders of src/, however it is spelled. */
const folders = (names) => `^\\.\\.?/(.*/)?(${names.join('|')})/`;
/** The same folders reached by a dynamic import(), which the import rule does not see. */
const dynamicImport = (names, message) => ({
  selector: `ImportExpression[source.value=/${folders(names).replaceAll('/', '\\/')}/]`,
  message,
});
const LAYER = {
  domain: 'core/ and spec/ are pure: no I/O, no adapter, no use case (types only).',
  usecases:
    'Use cases reach the world through the ports in src/ports.ts, not adapters or provider packages.',
  adapters: 'Adapters implement ports; they import no use case and no intake.',
  app: 'The app calls GitHub through src/github (CodeHost, Workflows, app-installations), not Octokit.',
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      '**/*.config.js',
      'scripts/**',
      'bench/**/*.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    // Test doubles live in src/stand-ins only. Product code must never reach them, so a stand-in
    // cannot end up answering in production; the offline demo is the one product user.
    files: ['src/**/*.ts'],
    ignores: ['src/stand-ins/**', 'src/demo/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)stand-ins(/|$)',
              message: 'Test doubles are for tests, benchmarks and src/demo only.',
            },
          ],
        },
      ],
    },
  },
  // Layers. Type-only imports stay allowed where noted: a type is a contract, not a dependency on
  // code that does I/O. Each rule is proven to fire by test/lint/layers.test.ts.
  {
    // The domain: ticket states, paths, commands, the spec. Pure logic, testable without a machine.
    files: ['src/core/**/*.ts', 'src/spec/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            ...IO_MODULES.map((name) => ({ name, message: LAYER.domain })),
            { name: 'node:net', allowImportNames: ['isIP'], message: LAYER.domain },
          ],
          patterns: [
            { regex: folders(OUTSIDE_DOMAIN), allowTypeImports: true, message: LAYER.domain },
            { regex: PROVIDERS, message: LAYER.domain },
          ],
        },
      ],
      'no-restricted-syntax': ['error', dynamicImport(OUTSIDE_DOMAIN, LAYER.domain)],
      'no-restricted-globals': ['error', { name: 'fetch', message: LAYER.domain }],
    },
  },
  {
    // The use cases and the intake: they reach the services through the ports only. They do
    // drive the machine (the workspace, the sandbox, QA, temporary folders), so the disk and
    // processes are theirs to use, through src/agent, src/sandbox, src/qa and src/process.
    files: ['src/usecases/**/*.ts', 'src/intake/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: folders(ADAPTERS), message: LAYER.usecases },
            // The checkout is passed in as a value; its type may be named.
            { regex: folders(['git']), allowTypeImports: true, message: LAYER.usecases },
            { regex: PROVIDERS, message: LAYER.usecases },
          ],
        },
      ],
      'no-restricted-syntax': ['error', dynamicImport(ADAPTERS, LAYER.usecases)],
    },
  },
  {
    // Adapters implement ports; they never call back into what uses them.
    files: ADAPTERS.map((folder) => `src/${folder}/**/*.ts`),
    ignores: [
      'src/app/**',
      'src/action/**',
      'src/cli/**',
      'src/wiring/**',
      'src/dry-run/**',
      'src/demo/**',
      'src/stand-ins/**',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ regex: folders(['usecases', 'intake']), message: LAYER.adapters }] },
      ],
      'no-restricted-syntax': ['error', dynamicImport(['usecases', 'intake'], LAYER.adapters)],
    },
  },
  {
    // The hosted app talks to GitHub through src/github only.
    files: ['src/app/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^@octokit/(?!webhooks-methods$)', message: LAYER.app }] },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='rest']", message: LAYER.app },
        { selector: "CallExpression[callee.property.name='paginate']", message: LAYER.app },
        { selector: "CallExpression[callee.property.name='request']", message: LAYER.app },
      ],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
