import { createElement } from 'lwc';
import ErrorPanel from 'c/errorPanel';
import { reduceErrors } from 'c/syncErrors';

// What an imperative Apex call rejects with when TrustworthyAuraErrors throws:
// the AuraHandledException message is the JSON it serialised.
function apexFailure(payload: object): object {
    return {
        status: 500,
        statusText: 'Server Error',
        ok: false,
        headers: {},
        errorType: 'fetchResponse',
        body: { message: JSON.stringify(payload) }
    };
}

const RUN_IN_PROGRESS = apexFailure({
    code: 'run_in_progress',
    message:
        'A run of this mapping is already in progress. Wait for it to finish, then try again.',
    companionMessage: 'mapping contact-member already has run r-1 in progress',
    details: [],
    status: 409
});

const VALIDATION_FAILED = apexFailure({
    code: 'validation_failed',
    message:
        'The companion refused the request because some values are not valid.',
    companionMessage: 'request body does not match the schema',
    details: [
        { path: 'fields.0.target', issue: 'Required' },
        { issue: 'at least one field must be mapped' }
    ],
    status: 400
});

describe('c-sync-errors reduceErrors', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
    });

    it('when nothing failed, then there is nothing to show', () => {
        expect(reduceErrors(undefined)).toEqual([]);
        expect(reduceErrors(null)).toEqual([]);
        expect(reduceErrors([])).toEqual([]);
    });

    it('when Apex relays a companion failure, then its code, sentence and companion message are kept', () => {
        expect(reduceErrors(RUN_IN_PROGRESS)).toEqual([
            {
                code: 'run_in_progress',
                title: 'A run is already in progress',
                message:
                    'A run of this mapping is already in progress. Wait for it to finish, then try again.',
                details: [
                    'mapping contact-member already has run r-1 in progress'
                ]
            }
        ]);
    });

    it('when the companion lists validation issues, then each becomes a detail naming its path', () => {
        const [problem] = reduceErrors(VALIDATION_FAILED);

        expect(problem?.code).toBe('validation_failed');
        expect(problem?.title).toBe('Some values are not valid');
        expect(problem?.details).toEqual([
            'request body does not match the schema',
            'fields.0.target: Required',
            'at least one field must be mapped'
        ]);
    });

    it('when a refusal was decided in Salesforce, then a missing companion message adds no empty detail', () => {
        const refused = apexFailure({
            code: 'configure_permission_required',
            message:
                'Only users with the Configure Trustworthy Sync permission can do this.',
            companionMessage: null,
            details: [],
            status: null
        });

        expect(reduceErrors(refused)).toEqual([
            {
                code: 'configure_permission_required',
                title: 'Permission needed',
                message:
                    'Only users with the Configure Trustworthy Sync permission can do this.',
                details: []
            }
        ]);
    });

    it('when Apex fails with a plain message, then the message is shown under a general title', () => {
        const plain = {
            status: 500,
            body: { message: 'Attempt to de-reference a null object' }
        };

        expect(reduceErrors(plain)).toEqual([
            {
                code: 'salesforce_error',
                title: 'Salesforce returned an error',
                message: 'Attempt to de-reference a null object',
                details: []
            }
        ]);
    });

    it('when a UI API wire fails, then each error and field error keeps its Salesforce errorCode', () => {
        const wireError = {
            status: 400,
            body: {
                message: 'An error occurred while trying to update the record.',
                output: {
                    errors: [
                        {
                            errorCode: 'INSUFFICIENT_ACCESS',
                            message: 'No access'
                        }
                    ],
                    fieldErrors: {
                        Email: [
                            {
                                errorCode: 'INVALID_EMAIL_ADDRESS',
                                message: 'Bad email',
                                field: 'Email'
                            }
                        ]
                    }
                }
            }
        };

        expect(
            reduceErrors(wireError).map((problem) => [
                problem.code,
                problem.message
            ])
        ).toEqual([
            ['INSUFFICIENT_ACCESS', 'No access'],
            ['INVALID_EMAIL_ADDRESS', 'Bad email']
        ]);
    });

    it('when a body is a list of errors, then every entry is reduced', () => {
        const listBody = {
            status: 404,
            body: [
                {
                    errorCode: 'NOT_FOUND',
                    message: 'The requested resource does not exist'
                }
            ]
        };

        expect(reduceErrors(listBody)).toEqual([
            {
                code: 'NOT_FOUND',
                title: 'The action did not complete',
                message: 'The requested resource does not exist',
                details: []
            }
        ]);
    });

    it('when a record form reports page and field errors, then both are reduced', () => {
        const formError = {
            body: {
                pageErrors: [
                    {
                        errorCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION',
                        message: 'Needs a phone'
                    }
                ],
                fieldErrors: {
                    Phone: [
                        {
                            errorCode: 'REQUIRED_FIELD_MISSING',
                            message: 'Required'
                        }
                    ]
                }
            }
        };

        expect(reduceErrors(formError).map((problem) => problem.code)).toEqual([
            'FIELD_CUSTOM_VALIDATION_EXCEPTION',
            'REQUIRED_FIELD_MISSING'
        ]);
    });

    it('when the page itself throws, then the error message is shown as unexpected', () => {
        expect(
            reduceErrors(new TypeError('reply.runs is not iterable'))
        ).toEqual([
            {
                code: 'unexpected_error',
                title: 'The action did not complete',
                message: 'reply.runs is not iterable',
                details: []
            }
        ]);
    });

    it('when errors of several kinds arrive together, then all are returned in order and normalised ones pass through', () => {
        const alreadyReduced = reduceErrors(RUN_IN_PROGRESS);

        const reduced = reduceErrors([
            alreadyReduced,
            'Offline',
            new Error('boom')
        ]);

        expect(reduced.map((problem) => problem.code)).toEqual([
            'run_in_progress',
            'unexpected_error',
            'unexpected_error'
        ]);
        expect(reduced[1]?.message).toBe('Offline');
    });

    it('when an Apex message only looks like JSON, then it is shown as text', () => {
        const [problem] = reduceErrors({ body: { message: '{ not json' } });

        expect(problem?.message).toBe('{ not json');
    });

    it('when a detail is neither text nor an issue, then it is shown as JSON rather than dropped', () => {
        const odd = apexFailure({
            code: 'internal_error',
            message: 'x',
            details: [{ n: 1 }]
        });

        expect(reduceErrors(odd)[0]?.details).toEqual(['{"n":1}']);
    });

    it('when the reduced errors are shown in the panel, then the panel is accessible', async () => {
        const element = createElement('c-error-panel', { is: ErrorPanel });
        Object.assign(element, {
            errors: reduceErrors([RUN_IN_PROGRESS, VALIDATION_FAILED])
        });
        document.body.appendChild(element);

        await expect(element).toBeAccessible();
    });
});
