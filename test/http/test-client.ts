/** A client for tests against local servers: 127.0.0.1 allowed, no politeness delay, short timeouts. */
import { createHttpClient, type HttpClient, type HttpClientOptions } from '../../src/http/client';

export function createTestClient(overrides: Partial<HttpClientOptions> = {}): HttpClient {
  return createHttpClient({
    allowPrivateHosts: ['127.0.0.1', 'localhost'],
    perHostDelayMs: 0,
    perHostConcurrency: 4,
    obeyRobots: false,
    connectTimeoutMs: 2_000,
    headersTimeoutMs: 2_000,
    bodyTimeoutMs: 2_000,
    ...overrides,
  });
}

/** The rejection of `promise`, which must reject. */
export async function rejection(promise: Promise<unknown>): Promise<Error & { code?: string; retry?: string; delayMs?: number }> {
  try {
    await promise;
  } catch (err) {
    return err as Error & { code?: string };
  }
  throw new Error('expected a rejection, got a result');
}
