/** The API's limits for a password (POST /api/auth/password-setup). */
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

export interface PasswordProblems {
  password?: string;
  confirmation?: string;
}

/** What is wrong with the two fields, as message keys: length first, then whether they match. */
export const passwordProblems = (password: string, confirmation: string): PasswordProblems => ({
  password:
    password === '' ? 'ciclo.passwordSetup.required' : password.length < PASSWORD_MIN ? 'ciclo.passwordSetup.too_short' : password.length > PASSWORD_MAX ? 'ciclo.passwordSetup.too_long' : undefined,
  confirmation: confirmation === '' ? 'ciclo.passwordSetup.required' : confirmation !== password ? 'ciclo.passwordSetup.mismatch' : undefined,
});
