/**
 * Progress for people at a terminal: one line per pairing step on stderr,
 * rewritten in place. Off when stderr is not a terminal (CI, pipes, --json
 * consumers), so logs and machine output stay clean.
 */

export function terminalProgress(
    stream: NodeJS.WriteStream = process.stderr
): ((pairingId: string, step: string) => void) | undefined {
    if (!stream.isTTY) return undefined;
    return (pairingId, step) => {
        stream.write(`\r\x1b[2K[${pairingId}] ${step}${step === 'done' ? '\n' : ''}`);
    };
}
