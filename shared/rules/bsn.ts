// BSN: nine digits passing the 11-proef (Besluit BSN; weights 9..2 and -1 for the last digit).
export function isValidBsn(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  const digits = [...value].map(Number);
  const som = digits.reduce((acc, digit, index) => acc + digit * (index === 8 ? -1 : 9 - index), 0);
  return som !== 0 && som % 11 === 0;
}
