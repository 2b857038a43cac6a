declare module 'lightning/navigation' {
    import type { LightningElement, WireAdapterConstructor } from 'lwc';

    export interface PageReference {
        type: string;
        attributes?: Record<string, string | undefined>;
        state?: Record<string, string | undefined>;
    }

    const Navigate: unique symbol;
    const GenerateUrl: unique symbol;

    export interface NavigationApi {
        [Navigate](pageReference: PageReference, replace?: boolean): void;
        [GenerateUrl](pageReference: PageReference): Promise<string>;
    }

    // Typed as a plain constructor (not an intersection with the base) so a
    // component can extend it without TypeScript's any[]-only mixin rule.
    export const NavigationMixin: {
        <T extends LightningElement>(
            base: new () => T
        ): new () => T & NavigationApi;
        readonly Navigate: typeof Navigate;
        readonly GenerateUrl: typeof GenerateUrl;
    };

    export const CurrentPageReference: WireAdapterConstructor<
        Record<string, never>,
        PageReference
    >;
}

// Test-only helpers of force-app/test/jest-mocks/lightning/navigation.js.
declare module 'lightning/navigation' {
    export function getNavigateCalledWith():
        | { pageReference: PageReference; replace: boolean | undefined }
        | undefined;
    export function resetNavigation(): void;
}
