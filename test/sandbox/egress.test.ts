import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { connect, createServer, type Server } from 'node:net';
import path from 'node:path';
import { refusedAddress } from '../../src/core/network-allowlist.js';
import { openEgress } from '../../src/sandbox/egress.js';

/**
 * The host side of the allowlist, without a sandbox: what a connection to
 * each Unix socket reaches, checked where the name leads when it is made.
 */
let service: Server;
let port: number;
beforeAll(async () => {
  service = createServer((socket) => socket.end('service-answer'));
  await new Promise<void>((resolve) => service.listen(0, '127.0.0.1', resolve));
  port = (service.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((resolve) => service.close(() => resolve())));

function through(socket: string): Promise<string> {
  return new Promise((resolve) => {
    const s = connect(socket);
    let got = '';
    s.on('data', (d) => (got += String(d)));
    s.on('close', () => resolve(got));
    s.on('error', () => resolve('error'));
  });
}

describe('openEgress', () => {
  it('connects each socket to its destination, and names the hosts for the sandbox', async () => {
    const egress = await openEgress([
      { host: 'localhost', port },
      { host: 'registry.example', port: 443 },
    ]);
    try {
      expect(JSON.parse(egress.spec)).toEqual([
        { address: '127.0.0.1', port, socket: 'egress-0.sock' },
        { address: '127.0.0.2', port: 443, socket: 'egress-1.sock' },
      ]);
      expect(await through(path.join(egress.dir, 'egress-0.sock'))).toBe('service-answer');
    } finally {
      await egress.close();
    }
  });
});

describe('refusedAddress', () => {
  it('never lets a connection reach metadata or link-local, or this machine under another name', () => {
    expect(refusedAddress('localhost', '127.0.0.1')).toBeUndefined();
    expect(refusedAddress('registry.npmjs.org', '104.16.1.35')).toBeUndefined();
    // A name that now resolves somewhere it must not (DNS rebinding).
    expect(refusedAddress('db.example', '127.0.0.1')).toContain('resolves to this machine');
    expect(refusedAddress('db.example', '169.254.169.254')).toContain('never reachable');
    expect(refusedAddress('db.example', '::ffff:169.254.10.1')).toContain('never reachable');
    expect(refusedAddress('db.example', 'fe80::1')).toContain('never reachable');
    expect(refusedAddress('db.example', 'fd00:ec2::254')).toContain('metadata');
  });
});
