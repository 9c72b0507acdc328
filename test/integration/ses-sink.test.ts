/** SES sending: against aws-ses-v2-local, and retry behaviour with a stubbed client. */
import { describe, expect, it } from 'vitest';
import { SESServiceException } from '@aws-sdk/client-ses';
import { isTransientSesError, SesMailSink } from '../../lambdas/io/ses-sink.js';
import { buildMime } from '../../lambdas/render/mime.js';
import { mailTo, sesClient } from './emulators.js';

function sesError(name: string, status: number, message = name) {
  return new SESServiceException({ name, $fault: status >= 500 ? 'server' : 'client', $metadata: { httpStatusCode: status }, message });
}

const noWait = { sleep: async () => undefined, random: () => 0.5 };

describe('SesMailSink', () => {
  it('delivers a raw MIME message with both parts to the emulator', async () => {
    const raw = await buildMime({ from: 'digest@example.com', to: 'sink-test@example.com', subject: 'Sink test', html: '<p>Hello <b>html</b></p>', text: 'Hello text' });
    const sink = new SesMailSink({ client: sesClient(), source: 'digest@example.com' });
    const { messageId } = await sink.send({ to: 'sink-test@example.com', subject: 'Sink test', raw });
    expect(messageId).toBeTruthy();
    const [mail] = await mailTo('sink-test@example.com');
    expect(mail).toMatchObject({ subject: 'Sink test', messageId });
    expect(mail!.body.text).toContain('Hello text');
    expect(mail!.body.html).toContain('<b>html</b>');
  });

  it('retries throttling and 5xx with backoff, then succeeds', async () => {
    const delays: number[] = [];
    let calls = 0;
    const client = {
      send: async () => {
        calls++;
        if (calls === 1) throw sesError('Throttling', 400, 'Maximum sending rate exceeded.');
        if (calls === 2) throw sesError('ServiceUnavailable', 503);
        return { MessageId: 'm-3' };
      },
    };
    const sink = new SesMailSink({ client: client as never, source: 's@example.com', retry: { ...noWait, sleep: async (ms) => void delays.push(ms), baseDelayMs: 100 } });
    expect(await sink.send({ to: 'x@example.com', subject: 's', raw: Buffer.from('raw') })).toEqual({ messageId: 'm-3' });
    expect(calls).toBe(3);
    // Full jitter at random()=0.5: half of 100, then half of 200 (the ceiling doubles).
    expect(delays).toEqual([50, 100]);
  });

  it('does not retry a rejection, and gives up after the attempt limit', async () => {
    let calls = 0;
    const rejecting = { send: async () => { calls++; throw sesError('MessageRejected', 400, 'Email address is not verified.'); } };
    await expect(new SesMailSink({ client: rejecting as never, source: 's@example.com', retry: noWait }).send({ to: 'x@example.com', subject: 's', raw: Buffer.from('r') })).rejects.toThrow(/not verified/);
    expect(calls).toBe(1);

    calls = 0;
    const throttled = { send: async () => { calls++; throw sesError('Throttling', 400); } };
    await expect(new SesMailSink({ client: throttled as never, source: 's@example.com', retry: { ...noWait, attempts: 4 } }).send({ to: 'x@example.com', subject: 's', raw: Buffer.from('r') })).rejects.toThrow('Throttling');
    expect(calls).toBe(4);
  });

  it('classifies errors', () => {
    expect(isTransientSesError(sesError('Throttling', 400))).toBe(true);
    expect(isTransientSesError(sesError('Throttling', 400, 'Daily message quota exceeded.'))).toBe(false);
    expect(isTransientSesError(sesError('InternalFailure', 500))).toBe(true);
    expect(isTransientSesError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))).toBe(true);
    expect(isTransientSesError(sesError('MessageRejected', 400))).toBe(false);
    expect(isTransientSesError('nope')).toBe(false);
  });
});
