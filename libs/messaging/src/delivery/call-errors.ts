import { UnrecoverableError } from 'bullmq';
import { SmsSendError } from '../sms/sms-provider';

/** Connection failures that happen before anything reached the server (nodemailer, fetch). */
const NOT_CONNECTED = /ECONNREFUSED|ECONNECTION|ENOTFOUND|EAI_AGAIN|EDNS/;

/**
 * Whether a failed provider call may still have been accepted: a timeout or a connection cut
 * once the request left. An answer (SMTP reply code, HTTP status) or a refused connection is not
 * ambiguous: nothing was accepted and the message may go again.
 */
export function isAmbiguous(error: unknown): boolean {
  if (error instanceof SmsSendError) return error.ambiguous;
  if (error instanceof UnrecoverableError) return false;
  const e = error as { responseCode?: number; code?: string; command?: string; message?: string };
  if (e.responseCode) return false;
  if (e.command === 'CONN') return false;
  return !NOT_CONNECTED.test(`${e.code ?? ''} ${e.message ?? ''}`);
}
