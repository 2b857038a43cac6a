/**
 * Salesforce's REST error reply: an HTTP status with a JSON array of
 * `{ message, errorCode, fields? }`. Collections put per-record errors in
 * `statusCode` instead; that shape is built where records are written.
 */
import type { Response } from 'express';

export interface SalesforceError {
    message: string;
    errorCode: string;
    fields?: string[];
}

export function sendSalesforceError(
    res: Response,
    status: number,
    errorCode: string,
    message: string,
    fields?: string[]
): void {
    const error: SalesforceError = fields ? { message, errorCode, fields } : { message, errorCode };
    res.status(status).json([error]);
}
