/**
 * A tiny HTTP proxy on 127.0.0.1 in front of an emulator that answers chosen requests with a fault instead of
 * forwarding them. Why a proxy: s3rver and aws-ses-v2-local never fail on their own, and faking the SDK client
 * would skip what the faults must exercise here: the SDK parsing a real error response (SlowDown, Throttling)
 * into an exception, and a socket that stalls mid-response. Every request is recorded, so tests count attempts
 * instead of measuring time.
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface ProxiedRequest {
  method: string;
  /** Decoded path, e.g. `/bucket/articles/2024-06-01/a.txt`. */
  path: string;
  /** The request body as text (SES query-protocol forms are small). */
  body: string;
  /** Which request this is among those with the same method and path, from 1. */
  nth: number;
}

export type Fault =
  | { kind: 'error'; status: number; contentType: string; body: string }
  /** Accept the request and never answer: the client's deadline has to end it. */
  | { kind: 'stall' }
  /** Forward, send the headers and half the body, then go silent. */
  | { kind: 'stall-body' };

export type FaultRule = (request: ProxiedRequest) => Fault | undefined;

/** An S3 REST error document, as S3 sends it. */
export function s3Fault(status: number, code: string, message = code): Fault {
  return {
    kind: 'error',
    status,
    contentType: 'application/xml',
    body: `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message><RequestId>fault-proxy</RequestId></Error>`,
  };
}

/** An SES (query protocol) error document, as SES sends it. */
export function sesFault(status: number, code: string, message = code): Fault {
  return {
    kind: 'error',
    status,
    contentType: 'text/xml',
    body: `<ErrorResponse xmlns="http://ses.amazonaws.com/doc/2010-12-01/"><Error><Type>${status >= 500 ? 'Receiver' : 'Sender'}</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>fault-proxy</RequestId></ErrorResponse>`,
  };
}

export class FaultProxy {
  readonly requests: ProxiedRequest[] = [];
  private readonly sockets = new Set<Socket>();
  private readonly seen = new Map<string, number>();
  private server!: http.Server;
  url = '';

  private constructor(
    private readonly target: URL,
    public rule: FaultRule,
  ) {}

  static async start(target: string, rule: FaultRule = () => undefined): Promise<FaultProxy> {
    const proxy = new FaultProxy(new URL(target), rule);
    proxy.server = http.createServer((req, res) => void proxy.handle(req, res));
    proxy.server.on('connection', (socket) => {
      proxy.sockets.add(socket);
      socket.once('close', () => proxy.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => proxy.server.listen(0, '127.0.0.1', resolve));
    proxy.url = `http://127.0.0.1:${(proxy.server.address() as AddressInfo).port}`;
    return proxy;
  }

  /** Requests matching a predicate: how many attempts something took. */
  count(predicate: (r: ProxiedRequest) => boolean): number {
    return this.requests.filter(predicate).length;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const method = req.method ?? 'GET';
    const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
    const id = `${method} ${path}`;
    const nth = (this.seen.get(id) ?? 0) + 1;
    this.seen.set(id, nth);
    const request: ProxiedRequest = { method, path, body: body.toString('utf8'), nth };
    this.requests.push(request);

    const fault = this.rule(request);
    if (fault?.kind === 'error') {
      res.writeHead(fault.status, { 'content-type': fault.contentType, 'content-length': Buffer.byteLength(fault.body) });
      res.end(fault.body);
      return;
    }
    if (fault?.kind === 'stall') return; // the socket stays open, silent, until the client gives up

    const upstream = http.request(
      { host: this.target.hostname, port: this.target.port, method, path: req.url, headers: { ...req.headers, host: this.target.host } },
      (response) => {
        if (fault?.kind === 'stall-body') {
          const parts: Buffer[] = [];
          response.on('data', (c: Buffer) => parts.push(c));
          response.on('end', () => {
            const all = Buffer.concat(parts);
            res.writeHead(response.statusCode ?? 200, response.headers);
            res.write(all.subarray(0, Math.max(1, all.length >> 1)));
            // ...and nothing more: content-length promises the rest.
          });
          return;
        }
        res.writeHead(response.statusCode ?? 200, response.headers);
        response.pipe(res);
      },
    );
    upstream.on('error', (err) => {
      res.writeHead(502);
      res.end(String(err));
    });
    upstream.end(body);
  }
}

/** A port on 127.0.0.1 with nothing listening: connecting to it is refused. */
export async function closedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** The recipient of an SES SendRawEmail form (Destinations.member.1). */
export function sesDestination(request: ProxiedRequest): string | undefined {
  const form = new URLSearchParams(request.body);
  return form.get('Action') === 'SendRawEmail' ? (form.get('Destinations.member.1') ?? undefined) : undefined;
}
