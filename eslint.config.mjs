// Flat config. Components: Salesforce's recommended LWC rules, read through
// typescript-eslint's parser (Salesforce's own TS configs use Babel, which
// trips on type assertions). Companion: typescript-eslint's recommended rules
// plus the promise rules that need types.
import js from '@eslint/js';
import lwcConfig from '@salesforce/eslint-config-lwc';
import jestPlugin from 'eslint-plugin-jest';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const LWC_SOURCES = ['force-app/**/lwc/**/*.ts'];
const LWC_TESTS = ['force-app/**/lwc/**/__tests__/**/*.ts'];
const COMPANION_SOURCES = ['companion/src/**/*.ts'];

const scoped = (configs, files) => configs.map((config) => ({ ...config, files }));

export default tseslint.config(
    {
        ignores: [
            'node_modules/**',
            'companion/dist/**',
            'coverage/**',
            '.sf/**',
            '.sfdx/**',
            // Compiled from the .ts beside it by npm run build:lwc.
            'force-app/**/lwc/**/*.js'
        ]
    },

    ...scoped(lwcConfig.configs.recommended, LWC_SOURCES),
    ...scoped(tseslint.configs.recommended, LWC_SOURCES),
    {
        files: LWC_SOURCES,
        languageOptions: {
            parser: tseslint.parser,
            globals: { ...globals.browser }
        },
        rules: {
            // `void promise` is how a handler says it starts work it does not await.
            'no-void': ['error', { allowAsStatement: true }]
        }
    },
    {
        files: LWC_TESTS,
        ...jestPlugin.configs['flat/recommended'],
        languageOptions: {
            parser: tseslint.parser,
            globals: { ...globals.browser, ...globals.jest }
        }
    },

    ...scoped(tseslint.configs.recommended, COMPANION_SOURCES),
    {
        files: COMPANION_SOURCES,
        languageOptions: {
            parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
            globals: { ...globals.node }
        },
        rules: {
            '@typescript-eslint/no-floating-promises': 'error',
            '@typescript-eslint/no-misused-promises': 'error',
            '@typescript-eslint/consistent-type-imports': [
                'error',
                { fixStyle: 'separate-type-imports' }
            ]
        }
    },

    {
        files: [...LWC_SOURCES, ...COMPANION_SOURCES],
        rules: {
            // A leading underscore marks a value taken apart on purpose and left unused.
            '@typescript-eslint/no-unused-vars': [
                'error',
                {
                    argsIgnorePattern: '^_',
                    varsIgnorePattern: '^_',
                    destructuredArrayIgnorePattern: '^_',
                    ignoreRestSiblings: true
                }
            ],
            // Batches, pages and polls run one after another on purpose: API limits,
            // ordering and idempotency keys depend on it.
            'no-await-in-loop': 'off',
            // Prettier decides where parentheses go around a conditional arrow body.
            'no-confusing-arrow': 'off'
        }
    },

    {
        files: ['scripts/**/*.mjs', 'force-app/test/**/*.js', '*.js', '*.mjs'],
        ...js.configs.recommended,
        languageOptions: {
            globals: { ...globals.node, ...globals.jest }
        }
    }
);
