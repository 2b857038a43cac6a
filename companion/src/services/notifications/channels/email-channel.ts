/** Alerts by email through the admin's SMTP server (nodemailer). */
import nodemailer from 'nodemailer';

import { alertBody, alertTitle } from '../alert-text';
import type { AlertChannel } from './channel';
import { failed, skipped } from './channel';

const TIMEOUT_MS = 10_000;

export function emailChannel(openSecret: (sealed: string) => string): AlertChannel {
    return {
        name: 'email',
        async send(alert, settings) {
            const email = settings.email;
            if (!email?.enabled) return skipped('email', 'email is not configured');

            try {
                const password =
                    email.sealedPassword === undefined
                        ? undefined
                        : openSecret(email.sealedPassword);
                const transport = nodemailer.createTransport({
                    host: email.host,
                    port: email.port,
                    secure: email.secure,
                    // Without implicit TLS, insist on STARTTLS before credentials cross the wire,
                    // except to a relay on this machine.
                    requireTLS: !email.secure && !isLoopbackHost(email.host),
                    ...(email.user
                        ? {
                              auth: {
                                  user: email.user,
                                  ...(password === undefined ? {} : { pass: password })
                              }
                          }
                        : {}),
                    connectionTimeout: TIMEOUT_MS,
                    greetingTimeout: TIMEOUT_MS,
                    socketTimeout: TIMEOUT_MS
                });
                try {
                    await transport.sendMail({
                        from: email.from,
                        to: email.to,
                        subject: alertTitle(alert),
                        text: alertBody(alert),
                        headers: { 'X-Trustworthy-Sync-Alert': alert.id }
                    });
                } finally {
                    transport.close();
                }
                return { channel: 'email', outcome: 'sent' };
            } catch (error) {
                return failed('email', error);
            }
        }
    };
}

function isLoopbackHost(host: string): boolean {
    return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
