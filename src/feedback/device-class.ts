/** A coarse device class from the User-Agent: enough for a breakdown, too little to single anyone out. */
import type { DeviceClass } from '../db/schema.ts';

export function deviceClass(userAgent: string): DeviceClass {
  // iPadOS 13+ announces itself as a Mac; it cannot be told apart and counts as a desktop.
  if (/iPad|Tablet|PlayBook|Silk|Kindle|Android(?!.*Mobile)/i.test(userAgent)) return 'tablet';
  if (/Mobi|iPhone|iPod|Android|Windows Phone|Opera Mini/i.test(userAgent)) return 'mobile';
  return 'desktop';
}
