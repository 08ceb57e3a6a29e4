import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** The engine core is deterministic and does no I/O: time and randomness come from its ports. */
const engineCoreRules = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        { group: ['@nestjs/*'], message: 'The engine core stays free of the web framework.' },
        { group: ['typeorm', 'typeorm/*', 'pg', 'pg/*'], message: 'The engine core does no database I/O.' },
        { group: ['node:*'], message: 'The engine core does no I/O; use its ports.' },
      ],
    },
  ],
  'no-restricted-properties': [
    'error',
    { object: 'Date', property: 'now', message: 'Time comes from the Clock port.' },
    { object: 'Math', property: 'random', message: 'The engine core is deterministic.' },
  ],
  'no-restricted-globals': [
    'error',
    { name: 'setTimeout', message: 'Durable time is timer rows polled by the runtime.' },
    { name: 'setInterval', message: 'Durable time is timer rows polled by the runtime.' },
    { name: 'setImmediate', message: 'The engine core is synchronous and deterministic.' },
  ],
  'no-restricted-syntax': [
    'error',
    {
      selector: "NewExpression[callee.name='Date'][arguments.length=0]",
      message: 'new Date() reads the wall clock; time comes from the Clock port.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'designer/**', 'test/artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  { files: ['**/*.js'], languageOptions: { globals: { process: 'readonly', URL: 'readonly', console: 'readonly', setTimeout: 'readonly' } } },
  { files: ['server/src/engine/**/*.ts'], rules: engineCoreRules },
);
