/**
 * The small page the admin's browser shows at the end of the OAuth flow.
 * Every value is escaped (error texts come from the query string), and the
 * page loads nothing, so the code in its URL goes nowhere else.
 */
import type { Response } from 'express';

import type { OAuthCallbackOutcome } from '../../../services/connections/connection-types';

export function sendCallbackPage(res: Response, outcome: OAuthCallbackOutcome): void {
    const connected = outcome.kind === 'connected';
    const title = connected ? 'Connected' : 'Not connected';
    const text = connected
        ? `Connected to ${outcome.orgId} as ${outcome.username}; you can close this window.`
        : `Salesforce did not connect: ${outcome.error}${outcome.description ? ` (${outcome.description})` : ''}. Return to the setup page, use "Test connection" for the likely cause, and start again.`;

    res.status(connected ? 200 : 400);
    res.setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.type('html').send(
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>` +
            `<body style="font-family: sans-serif; margin: 3rem"><h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p></body></html>`
    );
}

export function escapeHtml(text: string): string {
    return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
