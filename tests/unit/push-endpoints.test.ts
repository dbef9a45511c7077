// Where a push subscription may point (server/push/): the addresses never allowed unless the operator
// named the host, and the operator's list of push services — exact names, wildcards, ports.
import { describe, expect, it } from 'vitest';
import { isPrivateAddress } from '../../server/push/private-address.js';
import { PushServices, readPushServices, type Resolve } from '../../server/push/push-services.js';

const PRIVATE = [
  '127.0.0.1',
  '127.255.0.9',
  '10.20.30.40',
  '172.16.0.1',
  '172.31.255.255',
  '192.168.1.10',
  '169.254.169.254',
  '100.64.0.1',
  '0.0.0.0',
  '224.0.0.251',
  '255.255.255.255',
  '::',
  '::1',
  'fd12:3456::1',
  'fc00::1',
  'fe80::1',
  'ff02::1',
  '::ffff:127.0.0.1',
  '::ffff:10.0.0.1',
  '64:ff9b::7f00:1',
  '64:ff9b::c0a8:101',
  '2002:7f00:1::1',
  '2002:a00:1::',
  '2001:db8::1',
  'not an address',
];
const PUBLIC = [
  '8.8.8.8',
  '142.250.74.202',
  '172.32.0.1',
  '100.128.0.1',
  '2a00:1450:4001:82a::200a',
  '2606:4700::1111',
  '::ffff:8.8.8.8',
  '64:ff9b::808:808',
];

describe('private addresses', () => {
  it.each(PRIVATE)('%s is refused', (address) => expect(isPrivateAddress(address)).toBe(true));
  it.each(PUBLIC)('%s is a public address', (address) => expect(isPrivateAddress(address)).toBe(false));
});

const resolveTo =
  (addresses: Record<string, string>): Resolve =>
  (host) => {
    const address = addresses[host];
    if (!address) return Promise.reject(Object.assign(new Error('not found'), { code: 'ENOTFOUND' }));
    return Promise.resolve([{ address, family: address.includes(':') ? 6 : 4 }]);
  };
const refusalOf = (p: Promise<void>) =>
  p.then(
    () => null,
    (err: unknown) => (err as { code?: string }).code,
  );

describe('the list of push services', () => {
  it('matches exact names and wildcards on port 443 unless the entry names its port', () => {
    const services = new PushServices({ services: ['fcm.googleapis.com', '*.notify.windows.com', 'relay.tinh.gov.vn:8443'] });
    const listing = (url: string) => services.listing(new URL(url));
    expect(listing('https://fcm.googleapis.com/fcm/send/abc')).toBe('name');
    expect(listing('https://FCM.googleapis.com:443/x')).toBe('name');
    expect(listing('https://fcm.googleapis.com:8443/x')).toBe(null);
    expect(listing('https://wns2-par02p.notify.windows.com/w/?token=x')).toBe('wildcard');
    expect(listing('https://notify.windows.com/x')).toBe(null);
    expect(listing('https://evil-notify.windows.com/x')).toBe(null);
    expect(listing('https://relay.tinh.gov.vn:8443/p')).toBe('name');
    expect(listing('https://relay.tinh.gov.vn/p')).toBe(null);
    expect(listing('https://fcm.googleapis.com.evil.example/x')).toBe(null);
    services.agent.destroy();
  });

  it('refuses http, unlisted hosts, and private addresses unless the operator named the host', async () => {
    const resolve = resolveTo({ 'a.push.test': '10.0.0.5', 'relay.push.test': '192.168.0.9', 'cdn.push.test': '93.184.216.34' });
    const services = new PushServices({ services: ['*.push.test', 'relay.push.test'], resolve });
    expect(await refusalOf(services.check('http://cdn.push.test/x'))).toBe('push-endpoint-invalid');
    expect(await refusalOf(services.check('https://user:pw@cdn.push.test/x'))).toBe('push-endpoint-invalid');
    expect(await refusalOf(services.check('https://cdn.example.com/x'))).toBe('push-service-not-allowed');
    expect(await refusalOf(services.check('https://a.push.test/x'))).toBe('push-endpoint-private');
    expect(await refusalOf(services.check('https://gone.push.test/x'))).toBe('push-endpoint-invalid');
    expect(await refusalOf(services.check('https://cdn.push.test/x'))).toBe(null);
    expect(await refusalOf(services.check('https://relay.push.test/x'))).toBe(null);
    services.agent.destroy();
  });

  it('holds the default services to public addresses too: the operator did not name them', async () => {
    const services = new PushServices({ resolve: resolveTo({ 'fcm.googleapis.com': '127.0.0.1', 'web.push.apple.com': '17.57.146.20' }) });
    expect(await refusalOf(services.check('https://fcm.googleapis.com/fcm/send/x'))).toBe('push-endpoint-private');
    expect(await refusalOf(services.check('https://web.push.apple.com/QL8'))).toBe(null);
    expect(await refusalOf(services.check('https://127.0.0.1/x'))).toBe('push-service-not-allowed');
    services.agent.destroy();
  });

  it('reads MOTCUA_PUSH_SERVICES, refusing what is not a host', () => {
    expect(readPushServices(undefined)).toBeUndefined();
    expect(readPushServices(' ')).toBeUndefined();
    expect(readPushServices('fcm.googleapis.com, *.notify.windows.com,localhost:8443')).toEqual([
      'fcm.googleapis.com',
      '*.notify.windows.com',
      'localhost:8443',
    ]);
    for (const bad of ['https://fcm.googleapis.com', 'fcm.googleapis.com/path', '*.10.0.0.1', 'a b', 'user@host']) {
      expect(() => readPushServices(bad)).toThrow(/MOTCUA_PUSH_SERVICES/);
    }
  });
});
