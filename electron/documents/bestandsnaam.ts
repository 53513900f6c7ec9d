/** A file name Windows accepts, keeping letters of any script. */
export function veiligeBestandsnaam(naam: string): string {
  const verboden = '<>:"/\\|?*';
  return [...naam]
    .filter((teken) => teken.charCodeAt(0) >= 32 && !verboden.includes(teken))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}
