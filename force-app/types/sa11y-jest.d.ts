// Brings @sa11y/jest's toBeAccessible() matcher into the type of expect() in
// component tests; the matcher itself is registered by the jest setup file.
import '@sa11y/jest';
