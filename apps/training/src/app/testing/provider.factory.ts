let sequence = 0;

/** A fresh BRIN code for this test file (2 digits and 2 letters, never `25LX` of CALLERS.school). */
export function aBrin(): string {
  const n = sequence++;
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const digits = String(10 + (Math.floor(n / 676) % 90)).padStart(2, '0');
  return `${digits}${letters[Math.floor(n / 26) % 26]}${letters[n % 26]}`;
}
