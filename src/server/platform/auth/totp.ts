import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';

export function newTotpSecret(): string {
  return generateSecret();
}

export async function totpEnrolment(secret: string, accountName: string) {
  const otpauthUrl = generateURI({ secret, label: accountName, issuer: 'Tansiq' });
  const qrDataUrl = await QRCode.toDataURL(otpauthUrl, { margin: 1, width: 240 });
  return { otpauthUrl, qrDataUrl, secret };
}

/**
 * Checks a 6-digit code with one period of clock drift either way and rejects a code whose time
 * step was already used, so an observed code cannot be replayed.
 */
export async function checkTotp(
  secret: string,
  code: string,
  lastUsedStep: number | null,
): Promise<{ ok: true; step: number } | { ok: false }> {
  const result = await verify({
    secret,
    token: code,
    epochTolerance: 30,
    ...(lastUsedStep === null ? {} : { afterTimeStep: lastUsedStep }),
  });
  return result.valid && 'timeStep' in result ? { ok: true, step: result.timeStep } : { ok: false };
}
