import { lookup } from 'node:dns/promises';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isLoopback, refusedAddress, type Destination } from '../core/network-allowlist.js';

/**
 * The way out of a sandbox whose network namespace has only its loopback:
 * for each allowed destination, a Unix socket here (outside the sandbox) that
 * connects to that destination and nowhere else, and inside the sandbox a
 * forwarder on a loopback address that the sandbox's /etc/hosts gives the
 * destination's name. Every connection is checked when it is made: a name
 * that resolves to a link-local or metadata address is refused, and so is a
 * name that resolves to this machine unless the entry named it so.
 */
export interface Egress {
  /** Folder of the Unix sockets, the forwarder's working folder. */
  dir: string;
  /** What the forwarder listens on, and the socket each one leads to. */
  spec: string;
  /** The sandbox's /etc/hosts. */
  hostsFile: string;
  close(): Promise<void>;
}

export async function openEgress(destinations: readonly Destination[]): Promise<Egress> {
  const dir = await mkdtemp(path.join(tmpdir(), 'specgate-egress-'));
  const servers: Server[] = [];
  const sockets = new Set<Socket>();
  const names = new Map<string, string>();
  const spec = destinations.map((destination, i) => {
    const address = isLoopback(destination.host)
      ? '127.0.0.1'
      : (names.get(destination.host) ??
        `127.0.${Math.floor((names.size + 2) / 256)}.${(names.size + 2) % 256}`);
    if (!isLoopback(destination.host)) names.set(destination.host, address);
    return { address, port: destination.port, socket: `egress-${i}.sock`, destination };
  });
  try {
    for (const entry of spec) {
      const server = createServer((inside) => {
        sockets.add(inside);
        inside.on('close', () => sockets.delete(inside));
        inside.on('error', () => inside.destroy());
        void reach(entry.destination).then(
          (outside) => {
            sockets.add(outside);
            outside.on('close', () => sockets.delete(outside));
            outside.on('error', () => inside.destroy());
            inside.on('close', () => outside.destroy());
            outside.on('close', () => inside.destroy());
            inside.pipe(outside).pipe(inside);
          },
          () => inside.destroy(),
        );
      });
      servers.push(server);
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(path.join(dir, entry.socket), resolve);
      });
    }
    const hosts = [
      '127.0.0.1 localhost',
      '::1 localhost',
      ...[...names].map(([name, address]) => `${address} ${name}`),
    ];
    const hostsFile = path.join(dir, 'hosts');
    await writeFile(hostsFile, `${hosts.join('\n')}\n`, { mode: 0o644 });
    return {
      dir,
      spec: JSON.stringify(spec.map(({ address, port, socket }) => ({ address, port, socket }))),
      hostsFile,
      async close() {
        for (const socket of sockets) socket.destroy();
        await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    for (const s of servers) s.close();
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

/** Connects to an allowed destination, checking where its name leads now. */
async function reach(destination: Destination): Promise<Socket> {
  const addresses = await lookup(destination.host, { all: true });
  for (const { address } of addresses) {
    const refused = refusedAddress(destination.host, address);
    if (refused) throw new Error(refused);
  }
  const first = addresses[0];
  if (!first) throw new Error(`${destination.host} does not resolve`);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: first.address, port: destination.port });
    socket.once('connect', () => resolve(socket));
    socket.once('error', reject);
  });
}

/**
 * The forwarder that runs inside the sandbox's network namespace (as
 * `node -e`, its working folder the egress folder, its argument the spec):
 * it listens on each loopback address and port, passes every connection to
 * its Unix socket, and says `ready` on its output once it listens.
 */
export const FORWARDER = `const net = require('net');
const spec = JSON.parse(process.argv[1]);
let pending = spec.length;
for (const e of spec) {
  net.createServer((c) => {
    const u = net.connect(e.socket);
    const end = () => { c.destroy(); u.destroy(); };
    c.on('error', end); u.on('error', end); c.on('close', end); u.on('close', end);
    c.pipe(u).pipe(c);
  }).on('error', (err) => { process.stdout.write(err.message + '\\n'); process.exit(1); })
    .listen(e.port, e.address, () => { if (--pending === 0) process.stdout.write('ready\\n'); });
}
`;
