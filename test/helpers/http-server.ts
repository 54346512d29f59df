/**
 * Real local HTTP servers for tests: started on 127.0.0.1 with a free port, closed after.
 *
 *   const server = await startHttpServer(routes({ '/a': (req, res) => res.end('<p>hi</p>') }));
 *   await client.fetchPage(server.url('/a'));
 *   await server.close();
 */
import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TestServer {
  /** 'http://127.0.0.1:PORT' */
  origin: string;
  port: number;
  /** Absolute URL of `path` on this server. */
  url(path?: string): string;
  /** Requests received so far, in order ('/path?query'). */
  requests: string[];
  /** Closes the server and every open connection. */
  close(): Promise<void>;
}

export async function startHttpServer(handler: RequestListener): Promise<TestServer> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    requests.push(req.url ?? '');
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    requests,
    url: (path = '/') => new URL(path, origin).href,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** A handler dispatching on the exact path (query ignored); other paths get 404. */
export function routes(table: Record<string, Handler>): RequestListener {
  return (req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const handler = table[path];
    if (handler) return handler(req, res);
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  };
}

/** A handler that answers with a fixed status, headers and body. */
export function reply(status: number, body: string | Uint8Array = '', headers: Record<string, string> = {}): Handler {
  return (_req, res) => {
    res.writeHead(status, headers).end(body);
  };
}

/** A port on 127.0.0.1 on which nothing listens (bound, then released). */
export async function closedPort(): Promise<number> {
  const server = await startHttpServer(() => {});
  await server.close();
  return server.port;
}
