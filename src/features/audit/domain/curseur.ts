/** Opaque cursor for "older events": the id of the last event shown (ids grow with insertion). */
export function encoderCurseur(id: number): string {
  return Buffer.from(`a:${id}`).toString('base64url');
}

export function decoderCurseur(value: string | undefined): number | null {
  if (!value || value.length > 40) return null;
  const m = Buffer.from(value, 'base64url')
    .toString('utf8')
    .match(/^a:(\d{1,15})$/);
  return m ? Number(m[1]) : null;
}
