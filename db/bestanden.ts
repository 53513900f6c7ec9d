import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Makes a rename or creation in a folder durable: fsync on the folder itself. Windows cannot open a
 * folder for fsync (EPERM/EISDIR); NTFS journals the rename, so there it is skipped.
 */
export function fsyncMap(map: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(map, 'r');
    fsyncSync(fd);
  } catch (fout) {
    const code = (fout as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'EISDIR' && code !== 'EBADF' && code !== 'EINVAL') throw fout;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/**
 * Writes a file so that a crash leaves either the old or the new content, never a half-written file:
 * temp file in the same folder → fsync → rename over the target → fsync the folder.
 */
export function schrijfAtomisch(pad: string, bytes: Uint8Array | string, opties: { mode?: number } = {}): void {
  const tijdelijk = `${pad}.tmp-${process.pid}-${Date.now().toString(36)}`;
  const inhoud = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
  const fd = openSync(tijdelijk, 'w', opties.mode ?? 0o600);
  try {
    let geschreven = 0;
    while (geschreven < inhoud.length) geschreven += writeSync(fd, inhoud, geschreven, inhoud.length - geschreven);
    fsyncSync(fd);
  } catch (fout) {
    closeSync(fd);
    rmSync(tijdelijk, { force: true });
    throw fout;
  }
  closeSync(fd);
  try {
    renameSync(tijdelijk, pad);
  } catch (fout) {
    rmSync(tijdelijk, { force: true });
    throw fout;
  }
  fsyncMap(dirname(pad));
}

/** Renames durably (the folder is fsynced afterwards). */
export function hernoemDuurzaam(van: string, naar: string): void {
  renameSync(van, naar);
  fsyncMap(dirname(naar));
}
