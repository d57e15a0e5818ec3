/**
 * Standard Webhooks signatures (https://www.standardwebhooks.com): `v1,` and the base64 HMAC-SHA256 of
 * `id.timestamp.body` under the endpoint's `whsec_` secret, computed by the maintained `standardwebhooks`
 * package. While a rotated-out secret is still honoured, the header carries both signatures, space-separated,
 * so receivers can switch to the new secret at their own pace.
 */
import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

/** 24 random bytes, base64, behind the `whsec_` prefix the specification names. */
export const newSecret = () => `whsec_${randomBytes(24).toString('base64')}`;

export interface SigningKeys {
  secret: string;
  /** Still signed with until `previousUntil`. */
  previous: string | null;
  previousUntil: string | null;
}

export function signatureHeaders(keys: SigningKeys, messageId: string, at: Date, body: string): Record<string, string> {
  const secrets = [keys.secret, ...(keys.previous && keys.previousUntil && keys.previousUntil > at.toISOString() ? [keys.previous] : [])];
  return {
    'webhook-id': messageId,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': secrets.map((secret) => new Webhook(secret).sign(messageId, at, body)).join(' '),
  };
}
