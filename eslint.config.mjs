import nx from '@nx/eslint-plugin';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import { dirname, relative, resolve, sep } from 'node:path';

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
  // The workspace's own test set-up (tools/vitest) migrates each run's template database.
  'type:workspace': ['type:testing', 'type:data', 'type:platform'],
  // System tests run the API and the worker in one process (one clock); Nx still refuses app imports, so each carries a reasoned eslint-disable.
  'type:system-test': ['type:app', 'type:platform', 'type:data', 'type:domain', 'type:mail', 'type:contract', 'type:testing'],
  // The browser app: API types and client, shared codes and web paths, and the pure guidance rules (e.g. the research checklist).
  'type:web': ['type:contract', 'type:domain', 'type:client'],
  'type:client': ['type:contract', 'type:domain'],
  // End-to-end tests drive the built apps as processes and a browser; they never import an app.
  'type:e2e': ['type:testing', 'type:data', 'type:platform', 'type:domain', 'type:contract', 'type:mail'],
};
const frameworkImports = ['@nestjs/*', 'typeorm', 'pg', 'ioredis', 'bullmq', 'fastify', 'nestjs-pino', 'pino', 'zod'];

function boundaries({ tests }) {
  return [
    'error',
    {
      // A shipped file of a built lib may only import built libs (dist has no others); specs and src/testing never ship.
      enforceBuildableLibDependency: !tests,
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

/**
 * bulletproof-react's one-way flow inside apps/web: a feature never imports
 * another feature (shared code lives in src/components, src/hooks and
 * src/lib), and features and shared code never import the routes or the app.
 */
const webLayers = {
  meta: { type: 'problem', messages: { crossFeature: '{{from}} must not import {{to}}: share it through src/components, src/hooks or src/lib.' } },
  create(context) {
    const file = context.filename;
    const srcRoot = resolve(context.cwd, 'apps/web/src') + sep;
    if (!file.startsWith(srcRoot)) return {};
    const area = (path) => {
      const [top, name] = relative(srcRoot, path).split(sep);
      return top === 'features' ? `features/${name}` : top;
    };
    const from = area(file);
    return {
      ImportDeclaration(node) {
        const source = node.source.value;
        if (typeof source !== 'string' || !source.startsWith('.')) return;
        const target = resolve(dirname(file), source);
        if (!target.startsWith(srcRoot)) return;
        const to = area(target);
        const crossesFeatures = from.startsWith('features/') && to.startsWith('features/') && from !== to;
        const reachesUp = (from.startsWith('features/') || ['components', 'hooks', 'lib'].includes(from)) && ['routes', 'app'].includes(to);
        if (crossesFeatures || reachesUp) context.report({ node, messageId: 'crossFeature', data: { from, to } });
      },
    };
  },
};

export default [
  { ignores: ['**/dist', '**/node_modules', '**/.nx', '**/tmp', '**/coverage', '**/*.mts', '**/*.mjs'] },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    files: ['**/*.ts', '**/*.tsx'],
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
    files: ['**/*.spec.ts', '**/*.spec.tsx', '**/*.e2e.ts', '**/src/testing/**/*.ts', '**/src/testing/**/*.tsx', 'apps/web-e2e/src/support/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': boundaries({ tests: true }) },
  },
  {
    // Configuration loading and test set-up read the environment on purpose.
    files: ['**/*.spec.ts', '**/*.e2e.ts', 'libs/testing/**/*.ts', 'tools/**/*.ts', 'libs/platform/src/config/**/*.ts', 'apps/web-e2e/src/support/**/*.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['apps/web/src/**/*.ts', 'apps/web/src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'web-layers': { rules: { 'one-way': webLayers } } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'web-layers/one-way': 'error',
    },
  },
  {
    files: ['apps/web/src/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    // Generated by `npm run api-client:generate`; the drift test checks it instead.
    ignores: ['libs/api-client/src/generated/**'],
  },
];
