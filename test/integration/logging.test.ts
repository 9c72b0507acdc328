/** The handler's logs are JSON lines with the Lambda context, as CloudWatch Logs Insights expects. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { logger } from '../../lambdas/shared/logger.js';
import { createHandler } from '../../lambdas/digest/handler.js';
import { configFromEnv } from '../../lambdas/digest/config.js';

afterEach(() => {
  vi.restoreAllMocks();
  logger.setLogLevel('SILENT');
});

describe('structured logs', () => {
  it('writes one JSON object per line, with level, service, request id and the reason a bad event was refused', async () => {
    const lines: string[] = [];
    // Powertools writes INFO to stdout and WARN/ERROR to stderr, as console does.
    for (const stream of [process.stdout, process.stderr]) {
      vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
        lines.push(String(chunk));
        return true;
      });
    }
    logger.setLogLevel('INFO');
    const config = configFromEnv({ BUCKET: 'bkt', SENDER: 'd@example.com', RECIPIENTS: 'a@example.com', TIME_ZONE: 'UTC', UNSUBSCRIBE_URL: 'https://u.example/' });
    const handle = createHandler({ config, s3: {} as never, ses: {} as never });
    await expect(handle({ date: 'yesterday' }, { awsRequestId: 'req-42', functionName: 'fn', invokedFunctionArn: 'arn', memoryLimitInMB: '2048' })).rejects.toThrow(/"date"/);
    const entries = lines.join('').split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Record<string, unknown>);
    const refused = entries.find((e) => e.message === 'rejected event');
    expect(refused).toMatchObject({ level: 'WARN', service: 'news-digest', function_request_id: 'req-42' });
    expect(String(refused?.error)).toContain('must be a calendar date');
  });
});
