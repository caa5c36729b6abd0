import { EventEmitter } from 'node:events';
import { logRedisOutages } from './redis-outage-log';

describe('logRedisOutages', () => {
  it('logs the first error of an outage and the recovery, once each, whatever the retries', async () => {
    const client = new EventEmitter();
    const logger = { warn: jest.fn(), log: jest.fn(), error: jest.fn() };
    logRedisOutages(client, 'file mail', client, logger as never);
    await Promise.resolve();

    for (let i = 0; i < 50; i++) client.emit('error', new Error('connect ECONNREFUSED'));
    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(logger.warn.mock.calls[0][0]).toBe(
      'file mail : Redis injoignable (connect ECONNREFUSED), reconnexion en cours',
    );
    client.emit('ready');
    client.emit('ready');
    expect(logger.log).toHaveBeenCalledTimes(1);

    // A second outage is logged again.
    client.emit('error', new Error('Connection is closed.'));
    expect(logger.warn).toHaveBeenCalledTimes(2);
  });

  it('logs an error that is not about the connection each time, without hiding the next outage', async () => {
    const worker = new EventEmitter();
    const logger = { warn: jest.fn(), log: jest.fn(), error: jest.fn() };
    logRedisOutages(worker, 'worker mail', worker, logger as never);
    await Promise.resolve();
    worker.emit('error', new Error('could not renew lock for job 42'));
    expect(logger.error).toHaveBeenCalledWith('worker mail : could not renew lock for job 42');
    worker.emit('error', new Error('connect ECONNREFUSED 127.0.0.1:6390'));
    expect(logger.warn).toHaveBeenCalledTimes(1);
  });

  it('takes the "ready" events from another emitter (a BullMQ queue forwards errors only)', async () => {
    const queue = new EventEmitter();
    const connection = new EventEmitter();
    const logger = { warn: jest.fn(), log: jest.fn(), error: jest.fn() };
    logRedisOutages(queue, 'file sms', Promise.resolve(connection), logger as never);
    await Promise.resolve();
    await Promise.resolve();
    queue.emit('error', new Error('Connection is closed.'));
    connection.emit('ready');
    expect(logger.log).toHaveBeenCalledWith('file sms : Redis de nouveau joignable');
  });
});
