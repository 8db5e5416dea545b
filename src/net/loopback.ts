import { BlockList, isIPv4, isIPv6 } from 'node:net';

// In Emulator mode nobody is authenticated, so whoever can reach the bot chooses where it sends its replies (the
// activity's serviceUrl). Only a connector on this machine is allowed: otherwise an unauthenticated caller could
// make the bot POST to internal addresses (cloud metadata endpoints, admin consoles) on its behalf.

const loopback = new BlockList();
loopback.addSubnet('127.0.0.0', 8, 'ipv4');
loopback.addAddress('::1', 'ipv6');
// IPv4-mapped IPv6 (::ffff:127.0.0.1), which the URL parser writes as ::ffff:7f00:1.
loopback.addSubnet('::ffff:127.0.0.0', 104, 'ipv6');

/** Whether `host` (a name or an IP address, IPv6 with or without brackets) names this machine's loopback. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  if (bare === 'localhost') return true;
  if (isIPv4(bare)) return loopback.check(bare, 'ipv4');
  if (isIPv6(bare)) return loopback.check(bare, 'ipv6');
  return false;
}

// Every turn and every outbound call asks about one of a few URLs (the connector's, Partner Center's): parsing
// and BlockList checks were a visible share of a warm turn, so answers are kept for a small set of URLs.
const known = new Map<string, boolean>();
const MAX_KNOWN = 256;

/** Whether `url` is an http(s) URL whose host is loopback. The URL parser has already normalised 127.1 and 0x7f.1. */
export function isLoopbackUrl(url: string): boolean {
  let answer = known.get(url);
  if (answer === undefined) {
    answer = parseLoopbackUrl(url);
    if (known.size >= MAX_KNOWN) known.clear();
    if (url.length <= 2_000) known.set(url, answer);
  }
  return answer;
}

function parseLoopbackUrl(url: string): boolean {
  try {
    const { protocol, hostname } = new URL(url);
    return (protocol === 'http:' || protocol === 'https:') && isLoopbackHost(hostname);
  } catch {
    return false;
  }
}
