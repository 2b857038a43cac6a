/**
 * The standard custom notification action: `POST …/actions/standard/
 * customNotificationAction` with `{ inputs: [...] }`. Each input is checked
 * as Salesforce documents it (a known notification type, 1 to 500 active
 * recipients, a title up to 250 and a body up to 750 characters, a targetId
 * or a targetPageRef) and answered with one result per input. Accepted
 * notifications are kept in memory so tests can read back what the org got.
 *
 * The success reply is the documented one; the codes and texts of a refused
 * input are the emulator's own (no recording of one was available).
 */
import express, { type Request, type Response, type Router } from 'express';

import type { EmulatorClock } from '../clock';
import type { EmulatorOrg } from '../org';
import { seedNotificationType } from '../records/notification-type-seed';
import { callerOf } from './sobjects/route-support';
import { toId18 } from '../../salesforce/ids';

export interface ReceivedCustomNotification {
    customNotifTypeId: string;
    recipientIds: string[];
    title: string;
    body: string;
    targetId?: string;
    targetPageRef?: string;
    senderId: string;
    receivedAt: string;
}

interface ActionError {
    statusCode: string;
    message: string;
    fields: string[];
}

const ACTION_NAME = 'customNotificationAction';
const received = new WeakMap<EmulatorOrg, ReceivedCustomNotification[]>();

/** What the org accepted so far, oldest first. */
export function customNotificationsSentIn(org: EmulatorOrg): readonly ReceivedCustomNotification[] {
    return received.get(org) ?? [];
}

export function createCustomNotificationRouter(org: EmulatorOrg, clock: EmulatorClock): Router {
    seedNotificationType(org.store, clock, org.adminUserId);
    const log: ReceivedCustomNotification[] = [];
    received.set(org, log);

    const router = express.Router({ mergeParams: true });
    router.use(express.json({ limit: '1mb' }));
    router.post(`/actions/standard/${ACTION_NAME}`, (req: Request, res: Response) => {
        const inputs = (req.body as { inputs?: unknown } | undefined)?.inputs;
        if (!Array.isArray(inputs) || inputs.length === 0) {
            res.status(400).json([
                {
                    errorCode: 'JSON_PARSER_ERROR',
                    message: 'Expected an "inputs" array with at least one input.'
                }
            ]);
            return;
        }

        const results = inputs.map((input: unknown) => {
            const errors = checkInput(org, input);
            if (errors.length > 0)
                return { actionName: ACTION_NAME, errors, isSuccess: false, outputValues: null };
            log.push({
                ...(input as Omit<ReceivedCustomNotification, 'senderId' | 'receivedAt'>),
                senderId: callerOf(res),
                receivedAt: clock.now().toISOString()
            });
            return {
                actionName: ACTION_NAME,
                errors: null,
                isSuccess: true,
                outputValues: {
                    SuccessMessage: 'Your custom notification is processed successfully.'
                }
            };
        });
        res.status(results.every((result) => result.isSuccess) ? 200 : 400).json(results);
    });
    return router;
}

function checkInput(org: EmulatorOrg, input: unknown): ActionError[] {
    if (typeof input !== 'object' || input === null)
        return [invalid('Each input must be an object.', [])];
    const fields = input as Record<string, unknown>;
    const errors: ActionError[] = [];

    const typeId =
        typeof fields.customNotifTypeId === 'string' ? toId18(fields.customNotifTypeId) : undefined;
    if (!typeId || !org.store.get('CustomNotificationType', typeId)) {
        errors.push(invalid('Enter a valid custom notification type ID.', ['customNotifTypeId']));
    }

    const recipients = fields.recipientIds;
    if (!Array.isArray(recipients) || recipients.length === 0 || recipients.length > 500) {
        errors.push(invalid('Specify between 1 and 500 recipient IDs.', ['recipientIds']));
    } else if (
        !recipients.every((id) => typeof id === 'string' && org.findById(id)?.isActive === true)
    ) {
        errors.push(invalid('Each recipient must be the ID of an active user.', ['recipientIds']));
    }

    errors.push(...checkText(fields.title, 'title', 250), ...checkText(fields.body, 'body', 750));
    if (typeof fields.targetId !== 'string' && typeof fields.targetPageRef !== 'string') {
        errors.push(
            invalid('Specify either a targetId or a targetPageRef.', ['targetId', 'targetPageRef'])
        );
    }
    return errors;
}

function checkText(value: unknown, name: string, maxLength: number): ActionError[] {
    if (typeof value !== 'string' || value.trim() === '')
        return [invalid(`Required input "${name}" is missing.`, [name])];
    if (value.length > maxLength)
        return [invalid(`The ${name} can have up to ${maxLength} characters.`, [name])];
    return [];
}

function invalid(message: string, fields: string[]): ActionError {
    return { statusCode: 'INVALID_ARGUMENT', message, fields };
}
