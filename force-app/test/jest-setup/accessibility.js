// Registers @sa11y/jest's toBeAccessible() matcher for every component test.
const { setup } = require('@sa11y/jest');

setup();
