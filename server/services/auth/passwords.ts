import argon2 from 'argon2';

/** argon2id with the library's defaults (m=64 MiB, t=3, p=4). */
export const hashPassword = (password: string): Promise<string> =>
  argon2.hash(password, { type: argon2.argon2id });

export const verifyPassword = async (hash: string, password: string): Promise<boolean> => {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
};

// Verifying against a fixed hash when the user is unknown keeps sign-in timing the same either way.
let dummyHash: Promise<string> | null = null;
export const burnVerify = async (password: string): Promise<void> => {
  dummyHash ??= hashPassword('not-a-real-password');
  await verifyPassword(await dummyHash, password);
};

export const PASSWORD_RULE = 'at least 10 characters';
export const passwordProblem = (password: string): string | null =>
  password.length >= 10 ? null : `Password must be ${PASSWORD_RULE}.`;
