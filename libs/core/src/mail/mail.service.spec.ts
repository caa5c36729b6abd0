import { SmtpSink } from '../../../../test/support/smtp-sink';
import { AppConfig } from '../config/app-config';
import { loadConfig } from '../config/load-config';
import { PermanentJobError } from '../queues/job-errors';
import { MailService } from './mail.service';

/**
 * The SMTP transport against a real SMTP server. `createTransport(url, options)` once took its
 * options as message defaults: no pool (a connection per email) and nodemailer's timeouts of
 * minutes. The connections the server sees tell whether the pool is one.
 */
describe('MailService', () => {
  let sink: SmtpSink;
  let connections: number;
  let mail: MailService;

  beforeEach(async () => {
    sink = await new SmtpSink().start();
    connections = 0;
    (sink as unknown as { server: { server: NodeJS.EventEmitter } }).server.server.on(
      'connection',
      () => (connections += 1),
    );
    mail = new MailService(loadConfig(AppConfig, { SMTP_URL: sink.url, SMTP_POOL_SIZE: '2' }));
  });

  afterEach(async () => {
    mail.onApplicationShutdown();
    await sink.stop();
  });

  it('sends over a pool of SMTP_POOL_SIZE connections, reused from one email to the next', async () => {
    const send = (i: number) =>
      mail.send({
        to: `n${i}@pool.test`,
        subject: `Votre candidature n° ${i}`,
        text: 'Bonjour, réponse attendue.',
        html: '<p>Bonjour, réponse attendue.</p>',
      });
    await Promise.all([0, 1, 2, 3, 4, 5].map(send));
    await send(6);
    expect(sink.mails).toHaveLength(7);
    expect(connections).toBeLessThanOrEqual(2);
    // Quoted-printable, stated: the accents arrive intact.
    expect(sink.mails[6].text.trim()).toBe('Bonjour, réponse attendue.');
  });

  it('classifies a 5xx reply as permanent; the next email goes', async () => {
    sink.refuseNext(1, 550, 'Boîte inconnue');
    const refused = mail.send({ to: 'x@pool.test', subject: 's', text: 't', html: '<p>t</p>' });
    await expect(refused).rejects.toBeInstanceOf(PermanentJobError);
    await mail.send({ to: 'y@pool.test', subject: 's', text: 't', html: '<p>t</p>' });
    expect(sink.mails.map((m) => m.to)).toEqual([['y@pool.test']]);
  });
});
