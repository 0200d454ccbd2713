import argon2 from 'argon2';

/** argon2id with the library's defaults (m=64 MiB, t=3, p=4), as OWASP recommends. */
export function hashWachtwoord(wachtwoord: string): Promise<string> {
  return argon2.hash(wachtwoord, { type: argon2.argon2id });
}

let dummyHash: Promise<string> | undefined;

/** Verifies a password; for an unknown person it still spends the time, so timing tells nothing. */
export async function verifyWachtwoord(hash: string | null, wachtwoord: string): Promise<boolean> {
  if (!hash) {
    dummyHash ??= hashWachtwoord('driehoek-dummy-wachtwoord');
    await argon2.verify(await dummyHash, wachtwoord);
    return false;
  }
  try {
    return await argon2.verify(hash, wachtwoord);
  } catch {
    return false;
  }
}

export const MIN_WACHTWOORD_LENGTE = 12;
