/**
 * The companion replies the runs and record-page components read, and the
 * plain words they show for the values in them. The Apex controllers hand the
 * companion's JSON through unchanged, so these shapes follow its OpenAPI
 * document; the readers below only check the outer shape, which is enough to
 * tell a reply from an unexpected payload.
 */
import { readReply } from 'c/setupReplies';
export { UnexpectedReplyError } from 'c/setupReplies';
export function readRunsPage(reply) {
    return readReply(reply, ['runs', 'total'], 'a list of runs');
}
export function readRunDetail(reply) {
    return readReply(reply, ['run', 'changes', 'total'], "a run's changes");
}
export function readRunStarted(reply) {
    return readReply(reply, ['runId', 'status'], 'the started run');
}
export function readRollbackReport(reply) {
    return readReply(reply, ['steps', 'totals'], 'a rollback report');
}
export function readHeldRecords(reply) {
    return readReply(reply, ['held'], 'held records')
        .held;
}
export function readResolution(reply) {
    return readReply(reply, ['heldId', 'status'], 'a resolution');
}
export function readRecordStatus(reply) {
    const wrapper = readReply(reply, ['status'], "the record's status");
    readReply(wrapper.status, ['outcome', 'history'], "the record's status");
    return wrapper;
}
