// Modules of our own namespace. Shared service modules get their real types
// through a "paths" entry in lwc/tsconfig.json; any other c/* import is a
// component, whose default export is its class (as tests pass it to
// createElement). A named import from an unlisted module fails to compile,
// which is the cue to add its paths entry.
declare module 'c/*' {
    import type { LightningElement } from 'lwc';

    const component: typeof LightningElement;
    export default component;
}
