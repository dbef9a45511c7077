// What the phone tests start from: a test server with the demo center's counter 1 open (canbo1),
// the kiosk's client and the catalogue.
import { afterAll, beforeAll } from 'vitest';
import { closeSockets } from './center-socket.js';
import { signInAll } from './clock-and-roles.js';
import { Desk, demoCatalog, type DemoCatalog } from './demo.js';
import { ApiClient } from './http-client.js';
import { MONDAY_9AM, startTestServer, type TestServer, type TestServerOptions } from './test-server.js';

export interface CounterOne {
  server: TestServer;
  kiosk: ApiClient;
  catalog: DemoCatalog;
  desk: Desk;
}

export async function openCounterOne(at: number = MONDAY_9AM, options: TestServerOptions = {}): Promise<CounterOne> {
  const server = await startTestServer(at, options);
  const kiosk = new ApiClient(server);
  const catalog = await demoCatalog(kiosk);
  const { canbo1 } = await signInAll(server, ['canbo1'] as const);
  const desk = new Desk(canbo1, catalog.counterId(1));
  await desk.open();
  return { server, kiosk, catalog, desk };
}

/** For a describe block: counter 1 open before its tests, its sockets closed and the server stopped after them. */
export function counterOneForSuite(at: number = MONDAY_9AM, options: TestServerOptions = {}): () => CounterOne {
  let world: CounterOne | undefined;
  beforeAll(async () => {
    world = await openCounterOne(at, options);
  });
  afterAll(async () => {
    closeSockets();
    await world?.server.stop();
  });
  return () => world!;
}
