/**
 * Refusal of private, loopback, link-local, multicast and unspecified addresses, checked on
 * the address actually connected to: a connector that vets IP literals and a DNS lookup that
 * vets every resolved address, so neither a redirect nor DNS rebinding can reach inside.
 */
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { BlockList, isIP } from 'node:net';
import { buildConnector } from 'undici';
import { PermanentError } from '../errors';

const PRIVATE_V4: Array<[string, number]> = [
  ['0.0.0.0', 8], // "this network", unspecified
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata
  ['172.16.0.0', 12],
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.168.0.0', 16],
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
];

const PRIVATE_V6: Array<[string, number]> = [
  ['::', 128], // unspecified
  ['::1', 128],
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
];

const privateRanges = buildBlockList();

function buildBlockList(): BlockList {
  const list = new BlockList();
  for (const [net, prefix] of PRIVATE_V4) list.addSubnet(net, prefix, 'ipv4');
  for (const [net, prefix] of PRIVATE_V6) list.addSubnet(net, prefix, 'ipv6');
  return list;
}

/** True for addresses we must not fetch from; IPv4-mapped IPv6 (::ffff:a.b.c.d) counts as its IPv4. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  return privateRanges.check(address, family === 6 ? 'ipv6' : 'ipv4');
}

export function privateAddressError(host: string, address: string): PermanentError {
  return new PermanentError(
    'private_address',
    `refused to connect to ${host} (${address}): it is a private or local address; add it to allowPrivateHosts if this is intended`,
  );
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** A dns.lookup for net.connect that fails if any resolved address is private and the host is not allowed. */
export function createSafeLookup(allowed: ReadonlySet<string>) {
  return function safeLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      const bad = addresses.find((a) => isPrivateAddress(a.address) && !allowed.has(a.address));
      if (bad && !allowed.has(hostname.toLowerCase())) {
        return callback(privateAddressError(hostname, bad.address) as unknown as NodeJS.ErrnoException, []);
      }
      if (options.all) return callback(null, addresses);
      const first = addresses[0];
      callback(null, first.address, first.family);
    });
  };
}

/** An undici connector that refuses private IP literals (net.connect skips lookup for them) and resolves names safely. */
export function createSafeConnector(allowedHosts: readonly string[], connectTimeoutMs: number): buildConnector.connector {
  const allowed = new Set(allowedHosts.map((h) => h.toLowerCase().replace(/^\[|\]$/g, '')));
  const connect = buildConnector({ timeout: connectTimeoutMs, lookup: createSafeLookup(allowed) } as buildConnector.BuildOptions);
  return (options, callback) => {
    const host = options.hostname;
    if (isPrivateAddress(host) && !allowed.has(host.toLowerCase())) {
      callback(privateAddressError(host, host), null);
      return;
    }
    return connect(options, callback);
  };
}
