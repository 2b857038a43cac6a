// One root config so `npm test` runs every suite. The companion suite is the
// only project for now; the Lightning components get their own project
// (sfdx-lwc-jest) when force-app grows components.
module.exports = {
    projects: [
        {
            displayName: 'companion',
            testEnvironment: 'node',
            roots: ['<rootDir>/companion/src'],
            testMatch: ['**/*.test.ts'],
            transform: {
                '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/companion/tsconfig.json', isolatedModules: true }]
            }
        }
    ]
};
