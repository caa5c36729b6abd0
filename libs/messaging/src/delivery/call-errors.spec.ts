import { PermanentJobError } from '@app/core';
import { SmsSendError } from '../sms/sms-provider';
import { isAmbiguous } from './call-errors';

describe('isAmbiguous: may a failed call have been accepted?', () => {
  it('an answer from the server is not ambiguous (SMTP reply code, HTTP status)', () => {
    expect(isAmbiguous(Object.assign(new Error('421 try later'), { responseCode: 421 }))).toBe(
      false,
    );
    expect(isAmbiguous(new PermanentJobError('SMTP 550'))).toBe(false);
    expect(isAmbiguous(new SmsSendError('Brevo 503', false))).toBe(false);
  });

  it('a connection that never opened is not ambiguous', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:25'), {
      code: 'ESOCKET',
      command: 'CONN',
    });
    expect(isAmbiguous(refused)).toBe(false);
    expect(isAmbiguous(new SmsSendError('Brevo injoignable : fetch failed', false, false))).toBe(
      false,
    );
  });

  it('a timeout or a cut once the request left is ambiguous', () => {
    expect(isAmbiguous(Object.assign(new Error('Timeout'), { code: 'ETIMEDOUT' }))).toBe(true);
    expect(isAmbiguous(new SmsSendError('Brevo injoignable : timeout', false, true))).toBe(true);
    expect(isAmbiguous(new Error('Connection closed unexpectedly'))).toBe(true);
  });
});
