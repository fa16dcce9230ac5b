import { isIP } from 'node:net';

/** A destination QA may reach: a host (name or address) and a TCP port. */
export interface Destination {
  host: string;
  port: number;
}

const HOSTNAME =
  /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i;

/** Names of cloud metadata services, refused whatever the list says. */
const METADATA_NAMES = ['metadata', 'metadata.google.internal', 'metadata.goog', 'instance-data'];

/**
 * Reads one `host:port` entry of `qa-network`. An address that can never be
 * allowed (link-local, cloud metadata, unspecified) is refused here already.
 */
export function parseDestination(entry: string): Destination | { error: string } {
  const match = /^(?:\[([0-9a-f:.]+)\]|([^:\s]+)):(\d{1,5})$/i.exec(entry.trim());
  if (!match) return { error: `"${entry}" is not host:port` };
  const host = (match[1] ?? match[2] ?? '').toLowerCase();
  const port = Number(match[3]);
  if (port < 1 || port > 65535) return { error: `"${entry}": the port must be 1-65535` };
  if (!isIP(host) && !HOSTNAME.test(host))
    return { error: `"${entry}": not a host name or IP address` };
  const never = neverReason(host);
  if (never) return { error: `"${entry}": ${never}` };
  return { host, port };
}

/** Why an address or name is never reachable from QA, or undefined. */
export function neverReason(hostOrAddress: string): string | undefined {
  const value = hostOrAddress.toLowerCase().replace(/^\[|\]$/g, '');
  if (METADATA_NAMES.includes(value)) return 'a cloud metadata service is never reachable from QA';
  const kind = isIP(value);
  if (kind === 4) {
    const [a = 0, b = 0] = value.split('.').map(Number);
    if (a === 169 && b === 254)
      return 'link-local and metadata addresses are never reachable from QA';
    if (value === '100.100.100.200') return 'a cloud metadata service is never reachable from QA';
    if (a === 0) return 'the unspecified address is never reachable from QA';
  }
  if (kind === 6) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(value);
    if (mapped) return neverReason(mapped[1] ?? '');
    if (/^fe[89ab]/.test(value))
      return 'link-local and metadata addresses are never reachable from QA';
    if (value.startsWith('fd00:ec2:')) return 'a cloud metadata service is never reachable from QA';
    if (value === '::') return 'the unspecified address is never reachable from QA';
  }
  return undefined;
}

/** Whether a name or address means this machine itself. */
export function isLoopback(hostOrAddress: string): boolean {
  const value = hostOrAddress.toLowerCase();
  return (
    value === 'localhost' ||
    value.endsWith('.localhost') ||
    /^127\./.test(value) ||
    value === '::1' ||
    /^::ffff:127\./.test(value)
  );
}

/**
 * Why a connection for `host` must not go to `address` (what the name
 * resolved to when QA connected), or undefined: never link-local or
 * metadata, and this machine only when the entry named it so.
 */
export function refusedAddress(host: string, address: string): string | undefined {
  const never = neverReason(address);
  if (never) return `${host} resolves to ${address}: ${never}`;
  if (isLoopback(address) && !isLoopback(host))
    return `${host} resolves to this machine (${address}); name it as localhost to allow that`;
  return undefined;
}
