import { randomBytes } from 'node:crypto';

/** A multipart/form-data body as a browser sends it (fields, then files), for inject(). */
export function multipart(
  champs: Record<string, string>,
  fichiers: { champ: string; nom: string; contenu: Buffer | string }[],
) {
  const limite = `----maillage${randomBytes(8).toString('hex')}`;
  const parties: Buffer[] = [];
  for (const [k, v] of Object.entries(champs)) {
    parties.push(Buffer.from(`--${limite}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  }
  for (const f of fichiers) {
    parties.push(
      Buffer.from(
        `--${limite}\r\nContent-Disposition: form-data; name="${f.champ}"; filename="${f.nom}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      Buffer.isBuffer(f.contenu) ? f.contenu : Buffer.from(f.contenu),
      Buffer.from('\r\n'),
    );
  }
  parties.push(Buffer.from(`--${limite}--\r\n`));
  return { payload: Buffer.concat(parties), 'content-type': `multipart/form-data; boundary=${limite}` };
}
