/**
 * A dead proxy that writes down who tried to use it. A browser whose every host but 127.0.0.1 is
 * routed here cannot reach the network, and a test can assert that nothing tried to: each
 * connection is recorded with the target its first request line names (`CONNECT host:443` for
 * https, `GET http://host/path` for http), then answered 502 and closed.
 */
import { createServer, type Server, type Socket } from 'node:net';

export interface ProxyAttempt {
  /** `host:port` of a CONNECT, or the absolute URL of a plain http request; '' if none arrived. */
  target: string;
  /** The request line as sent, e.g. `CONNECT example.com:443 HTTP/1.1`. */
  requestLine: string;
}

export interface ProxyRecorder {
  host: '127.0.0.1';
  port: number;
  /** Every connection attempt so far, in order. */
  attempts: ProxyAttempt[];
  /** Resolves once `predicate` holds for an attempt (for the test that proves the recorder records). */
  waitForAttempt(predicate: (attempt: ProxyAttempt) => boolean, timeoutMs?: number): Promise<ProxyAttempt>;
  close(): Promise<void>;
}

const MAX_HEAD = 8192;

export async function startProxyRecorder(): Promise<ProxyRecorder> {
  const attempts: ProxyAttempt[] = [];
  const waiters = new Set<() => void>();
  const sockets = new Set<Socket>();
  const record = (attempt: ProxyAttempt): void => {
    attempts.push(attempt);
    for (const wake of waiters) wake();
  };
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    let head = '';
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      const requestLine = head.split('\r\n', 1)[0] ?? '';
      record({ target: requestLine.split(' ')[1] ?? '', requestLine });
      socket.end('HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    };
    socket.setTimeout(2000, finish);
    socket.on('data', (chunk: Buffer) => {
      head += chunk.toString('latin1');
      if (head.includes('\r\n') || head.length > MAX_HEAD) finish();
    });
    socket.on('end', finish);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The proxy recorder has no port.');
  return {
    host: '127.0.0.1',
    port: address.port,
    attempts,
    waitForAttempt(predicate, timeoutMs = 15_000) {
      return new Promise((resolve, reject) => {
        const check = (): boolean => {
          const found = attempts.find(predicate);
          if (!found) return false;
          waiters.delete(wake);
          clearTimeout(timer);
          resolve(found);
          return true;
        };
        const wake = (): void => void check();
        const timer = setTimeout(() => {
          waiters.delete(wake);
          reject(new Error(`No matching proxy attempt in ${timeoutMs} ms; saw ${JSON.stringify(attempts)}`));
        }, timeoutMs);
        waiters.add(wake);
        check();
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
