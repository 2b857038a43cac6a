// One root config so `npm test` runs every suite: the companion (node, ts-jest)
// and the Lightning components (sfdx-lwc-jest, which strips TypeScript itself).
const { jestConfig: lwcJestConfig } = require('@salesforce/sfdx-lwc-jest/config');

const LWC_FOLDER = '<rootDir>/force-app/main/default/lwc';

module.exports = {
    projects: [
        {
            displayName: 'companion',
            testEnvironment: 'node',
            roots: ['<rootDir>/companion/src'],
            testMatch: ['**/*.test.ts'],
            transform: {
                '^.+\\.ts$': [
                    'ts-jest',
                    { tsconfig: '<rootDir>/companion/tsconfig.json', isolatedModules: true }
                ]
            }
        },
        {
            ...lwcJestConfig,
            displayName: 'lwc',
            roots: ['<rootDir>/force-app'],
            testMatch: ['**/__tests__/**/*.test.ts'],
            moduleNameMapper: {
                // Our stubs replace sfdx-lwc-jest's where a test needs to read them.
                '^lightning/navigation$':
                    '<rootDir>/force-app/test/jest-mocks/lightning/navigation',
                '^c/(.+)$': `${LWC_FOLDER}/$1/$1`
            },
            setupFilesAfterEnv: [
                ...lwcJestConfig.setupFilesAfterEnv,
                '<rootDir>/force-app/test/jest-setup/accessibility.js'
            ],
            collectCoverageFrom: [
                'force-app/main/default/lwc/**/*.ts',
                '!**/__tests__/**',
                '!**/*.d.ts'
            ]
        }
    ]
};
