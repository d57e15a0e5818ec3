/**
 * What one subscriber holds: an IPv4 address, or the IPv6 /64 a provider hands each home or office,
 * in which a machine may take any address it likes. Limits counted per address count per network,
 * else one machine walking its /64 would be a crowd.
 */
import ipaddr from 'ipaddr.js';

export function clientNetwork(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  const parsed = ipaddr.process(address);
  return parsed.kind() === 'ipv4' ? parsed.toString() : `${Buffer.from(parsed.toByteArray().slice(0, 8)).toString('hex')}/64`;
}
