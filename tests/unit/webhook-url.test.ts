// Where a webhook may be sent: https to a public address; plain http, or a private or loopback
// address, only to a host the operator allow-listed (MOTCUA_WEBHOOK_ALLOW_HTTP_HOSTS). A stranger
// who gets an admin to paste a URL must not reach the province's internal network through motcua.
import { describe, expect, it } from 'vitest';
import { checkWebhookUrl, isPublicAddress } from '../../shared/rules/webhook-url.js';

describe('isPublicAddress', () => {
  it('takes public IPv4 and global IPv6 unicast addresses', () => {
    for (const a of ['8.8.8.8', '1.1.1.1', '203.0.114.1', '2606:4700:4700::1111', '2a00:1450:4001:82b::200e']) {
      expect(isPublicAddress(a), a).toBe(true);
    }
  });

  it('refuses loopback, private, link-local, shared, reserved, documentation and multicast addresses', () => {
    const refused = [
      '127.0.0.1',
      '127.8.9.10',
      '10.1.2.3',
      '172.16.0.1',
      '172.31.255.255',
      '192.168.1.1',
      '169.254.169.254', // a cloud's metadata service
      '100.64.0.1',
      '0.0.0.0',
      '192.0.2.1',
      '198.18.0.1',
      '224.0.0.1',
      '255.255.255.255',
      '::',
      '::1',
      'fe80::1',
      'fc00::1',
      'fd12:3456::1',
      'ff02::1',
      '2001:db8::1',
      '::ffff:127.0.0.1', // IPv4-mapped
      '::ffff:10.0.0.1',
      '64:ff9b::10.0.0.1', // NAT64
      '2002:a00:1::1', // 6to4 (embeds 10.0.0.1)
      'not an address',
    ];
    for (const a of refused) expect(isPublicAddress(a), a).toBe(false);
  });

  it('takes the addresses just outside the private ranges', () => {
    for (const a of ['172.15.255.255', '172.32.0.0', '100.128.0.0', '11.0.0.0', '::ffff:8.8.8.8']) {
      expect(isPublicAddress(a), a).toBe(true);
    }
  });
});

describe('checkWebhookUrl', () => {
  it('takes https to a name or a public address, without its fragment', () => {
    expect(checkWebhookUrl('https://dvc.bacninh.gov.vn/hooks/motcua', [])).toEqual({
      ok: true,
      url: 'https://dvc.bacninh.gov.vn/hooks/motcua',
      allowListed: false,
    });
    expect(checkWebhookUrl('https://8.8.8.8:8443/x?y=1#frag', [])).toEqual({
      ok: true,
      url: 'https://8.8.8.8:8443/x?y=1',
      allowListed: false,
    });
  });

  it('refuses plain http unless the host is allow-listed', () => {
    expect(checkWebhookUrl('http://dvc.bacninh.gov.vn/hooks', [])).toEqual({ ok: false, problem: 'insecure' });
    expect(checkWebhookUrl('http://dvc.bacninh.gov.vn/hooks', ['dvc.bacninh.gov.vn'])).toMatchObject({ ok: true, allowListed: true });
    expect(checkWebhookUrl('http://DVC.BacNinh.gov.vn/hooks', ['dvc.bacninh.gov.vn'])).toMatchObject({ ok: true });
  });

  it('refuses loopback and private addresses, however spelled, unless allow-listed', () => {
    for (const url of [
      'https://127.0.0.1/x',
      'https://2130706433/x', // 127.0.0.1 as one number
      'https://0x7f.0.0.1/x',
      'https://[::1]/x',
      'https://[::ffff:7f00:1]/x',
      'https://10.0.0.8/x',
      'https://169.254.169.254/latest/meta-data',
      'https://localhost/x',
      'https://localhost./x',
      'https://LocalHost../x',
      'https://api.localhost/x',
      'https://127.0.0.1./x',
      'https://0177.1/x', // octal
      'https://10.1/x', // 10.0.0.1
    ]) {
      expect(checkWebhookUrl(url, []), url).toEqual({ ok: false, problem: 'private' });
    }
    expect(checkWebhookUrl('http://127.0.0.1:8080/x', ['127.0.0.1'])).toEqual({
      ok: true,
      url: 'http://127.0.0.1:8080/x',
      allowListed: true,
    });
    expect(checkWebhookUrl('https://[::1]/x', ['::1'])).toMatchObject({ ok: true });
  });

  it('refuses what is not an http(s) URL, and credentials in the URL', () => {
    for (const url of ['', 'hooks.example.org', 'ftp://example.org/x', 'file:///etc/passwd', 'javascript:alert(1)', 'https://']) {
      expect(checkWebhookUrl(url, []), url).toEqual({ ok: false, problem: 'invalid' });
    }
    expect(checkWebhookUrl('https://user:pass@example.org/x', [])).toEqual({ ok: false, problem: 'invalid' });
    expect(checkWebhookUrl(`https://example.org/${'a'.repeat(2048)}`, [])).toEqual({ ok: false, problem: 'invalid' });
  });
});
