/** A chosen file as base64 for the bridge (IPC carries JSON-safe values in tests and app alike). */
export async function leesAlsBase64(bestand: File): Promise<string> {
  const bytes = new Uint8Array(await bestand.arrayBuffer());
  let binair = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binair += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binair);
}
