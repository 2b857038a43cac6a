/**
 * Local receivers for alerts in tests, on 127.0.0.1 and a free port: an
 * SMTP server that keeps every message, and an HTTP endpoint that keeps
 * every webhook delivery with its raw body and answers with a chosen status.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
    from: string;
    to: string[];
    raw: string;
}

export interface SmtpSink {
    port: number;
    mails: ReceivedMail[];
    close(): Promise<void>;
}

export async function startSmtpSink(credentials: {
    user: string;
    password: string;
}): Promise<SmtpSink> {
    const mails: ReceivedMail[] = [];
    const server = new SMTPServer({
        secure: false,
        disabledCommands: ['STARTTLS'],
        allowInsecureAuth: true,
        authOptional: false,
        logger: false,
        onAuth(auth, _session, callback) {
            if (auth.username === credentials.user && auth.password === credentials.password)
                return callback(null, { user: auth.username });
            return callback(new Error('Invalid username or password'));
        },
        onData(stream, session, callback) {
            const chunks: Buffer[] = [];
            stream.on('data', (chunk: Buffer) => chunks.push(chunk));
            stream.on('end', () => {
                mails.push({
                    from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
                    to: session.envelope.rcptTo.map((recipient) => recipient.address),
                    raw: Buffer.concat(chunks).toString('utf8')
                });
                callback();
            });
        }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.server.address() as AddressInfo;
    return {
        port,
        mails,
        close: () => new Promise<void>((resolve) => server.close(() => resolve()))
    };
}

export interface ReceivedWebhook {
    headers: http.IncomingHttpHeaders;
    rawBody: string;
}

export interface WebhookReceiver {
    url: string;
    deliveries: ReceivedWebhook[];
    answerWith(status: number): void;
    close(): Promise<void>;
}

export async function startWebhookReceiver(): Promise<WebhookReceiver> {
    const deliveries: ReceivedWebhook[] = [];
    let status = 204;
    const server = http.createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (chunk: Buffer) => chunks.push(chunk));
        req.on('end', () => {
            deliveries.push({
                headers: req.headers,
                rawBody: Buffer.concat(chunks).toString('utf8')
            });
            res.writeHead(status).end();
        });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return {
        url: `http://127.0.0.1:${port}/alerts`,
        deliveries,
        answerWith: (next) => {
            status = next;
        },
        close: () =>
            new Promise<void>((resolve) => {
                server.closeAllConnections();
                server.close(() => resolve());
            })
    };
}
