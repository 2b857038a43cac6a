// Replaces sfdx-lwc-jest's navigation stub so a test can read where a
// component navigated: getNavigateCalledWith() returns the last page reference.
import { createTestWireAdapter } from '@salesforce/wire-service-jest-util';

export const CurrentPageReference = createTestWireAdapter(jest.fn());

let lastNavigation;

const Navigate = Symbol('Navigate');
const GenerateUrl = Symbol('GenerateUrl');

export const NavigationMixin = (Base) =>
    class extends Base {
        [Navigate](pageReference, replace) {
            lastNavigation = { pageReference, replace };
        }

        [GenerateUrl](pageReference) {
            return Promise.resolve(
                `https://example.invalid/${pageReference.type}`
            );
        }
    };
NavigationMixin.Navigate = Navigate;
NavigationMixin.GenerateUrl = GenerateUrl;

export const getNavigateCalledWith = () => lastNavigation;

export const resetNavigation = () => {
    lastNavigation = undefined;
};
