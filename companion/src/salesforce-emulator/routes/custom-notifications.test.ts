/**
 * The custom notification action as jsforce reaches it on the real emulator
 * server: the seeded notification type found by SOQL, an accepted input
 * answered and recorded, refused inputs answered per input and not recorded.
 */
import { Connection, OAuth2 } from 'jsforce';

import { startSalesforceEmulator } from '../server';
import type { SalesforceEmulator } from '../server';
import { customNotificationsSentIn } from './custom-notifications';

const CLIENT = { clientId: 'NotificationTestApp', clientSecret: 'notification-test-secret' };
const ACTION = '/actions/standard/customNotificationAction';

describe('the custom notification action of the emulated org', () => {
    let emulator: SalesforceEmulator;
    let conn: Connection;
    let typeId: string;

    beforeAll(async () => {
        emulator = await startSalesforceEmulator({
            databaseFile: ':memory:',
            connectedApps: [
                {
                    ...CLIENT,
                    redirectUris: [],
                    scopes: ['api'],
                    runAsUsername: 'integration@trustworthy-sync.example'
                }
            ]
        });
        const token = await new OAuth2({ loginUrl: emulator.url, ...CLIENT }).requestToken({
            grant_type: 'client_credentials'
        });
        conn = new Connection({
            instanceUrl: token.instance_url,
            accessToken: token.access_token,
            version: '62.0'
        });
        const found = await conn.query<{ Id: string }>(
            "SELECT Id FROM CustomNotificationType WHERE DeveloperName = 'Trustworthy_Sync_Alert'"
        );
        typeId = found.records[0]?.Id ?? '';
    });

    afterAll(async () => {
        await emulator.close();
    });

    it('when the seeded type is queried, then it has an 18-character 0ML Id', () => {
        expect(typeId).toMatch(/^0ML[A-Za-z0-9]{15}$/);
    });

    it('when a valid notification is posted, then the documented success reply comes back and the org records it', async () => {
        const input = {
            customNotifTypeId: typeId,
            recipientIds: [emulator.org.adminUserId],
            title: 'Sync failed',
            body: 'Run r1 failed',
            targetId: emulator.org.adminUserId
        };

        const reply = await conn.requestPost(ACTION, { inputs: [input] });

        expect(reply).toEqual([
            {
                actionName: 'customNotificationAction',
                errors: null,
                isSuccess: true,
                outputValues: {
                    SuccessMessage: 'Your custom notification is processed successfully.'
                }
            }
        ]);
        expect(customNotificationsSentIn(emulator.org).at(-1)).toMatchObject({
            ...input,
            senderId: emulator.org.integrationUserId
        });
    });

    it('when an input is invalid, then it is refused per input with HTTP 400 and nothing is recorded', async () => {
        const before = customNotificationsSentIn(emulator.org).length;
        const invalid = {
            customNotifTypeId: '0ML000000000000AAA',
            recipientIds: [],
            title: 'x'.repeat(251),
            body: ''
        };

        const error = await conn.requestPost(ACTION, { inputs: [invalid] }).then(
            () => undefined,
            (caught: unknown) => caught as { errorCode: string; data: { message: string } }
        );

        expect(error?.errorCode).toBe('ERROR_HTTP_400');
        const [result] = JSON.parse(error?.data.message ?? '[]') as Array<{
            isSuccess: boolean;
            errors: Array<{ statusCode: string; fields: string[] }>;
        }>;
        expect(result?.isSuccess).toBe(false);
        expect(result?.errors.map((entry) => entry.fields[0])).toEqual([
            'customNotifTypeId',
            'recipientIds',
            'title',
            'body',
            'targetId'
        ]);
        expect(customNotificationsSentIn(emulator.org)).toHaveLength(before);
    });

    it('when the body has no inputs, then the request is refused as a whole', async () => {
        await expect(conn.requestPost(ACTION, { inputs: [] })).rejects.toMatchObject({
            errorCode: 'JSON_PARSER_ERROR'
        });
    });
});
