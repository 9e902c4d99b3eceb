import nx from '@nx/eslint-plugin';

/** Which kinds of project each kind may import. */
const allowedDependencies = {
  // Apps compose libraries; they never import one another.
  'type:app': ['type:platform', 'type:data', 'type:domain', 'type:mail', 'type:contract'],
  'type:data': ['type:platform', 'type:domain', 'type:contract'],
  'type:mail': ['type:platform', 'type:domain', 'type:contract'],
  // Shapes shared by the API, the worker and the web client (error codes, web paths): pure, like the guidance.
  'type:contract': [],
  'type:platform': [],
  // The guidance rules are pure: nothing of the project, no framework (see bannedExternalImports).
  'type:domain': [],
  'type:testing': ['type:platform'],
  'type:script': ['type:platform', 'type:data', 'type:mail'],
  'type:tooling': [],
};
const frameworkImports = ['@nestjs/*', 'typeorm', 'pg', 'ioredis', 'bullmq', 'fastify', 'nestjs-pino', 'pino', 'zod'];

function boundaries({ tests }) {
  return [
    'error',
    {
      enforceBuildableLibDependency: true,
      banTransitiveDependencies: true,
      allow: [],
      depConstraints: Object.entries(allowedDependencies).map(([sourceTag, allowed]) => ({
        sourceTag,
        // Tests of every project (but the pure guidance) may use the shared test helpers.
        onlyDependOnLibsWithTags: tests && sourceTag !== 'type:domain' && sourceTag !== 'type:contract' ? [...allowed, 'type:testing'] : allowed,
        ...(sourceTag === 'type:domain' || sourceTag === 'type:contract' ? { bannedExternalImports: frameworkImports } : {}),
      })),
    },
  ];
}

export default [
  { ignores: ['**/dist', '**/node_modules', '**/.nx', '**/tmp', '**/coverage', '**/*.mts', '**/*.mjs'] },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    files: ['**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': boundaries({ tests: false }),
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration through @nextstep/platform (loadConfig), not process.env.' },
      ],
    },
  },
  {
    // Specs and the test-support folders (src/testing) never ship.
    files: ['**/*.spec.ts', '**/src/testing/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': boundaries({ tests: true }) },
  },
  {
    // Configuration loading and test set-up read the environment on purpose.
    files: ['**/*.spec.ts', 'libs/testing/**/*.ts', 'tools/**/*.ts', 'libs/platform/src/config/**/*.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
];
