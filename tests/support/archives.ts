import { gzipSync } from 'node:zlib';

/** A ustar header block for one regular file (checksum included, so real tar readers accept it). */
function entete(nom: string, taille: number): Buffer {
  const bloc = Buffer.alloc(512);
  const ecrire = (texte: string, debut: number, longueur: number) =>
    bloc.write(texte.slice(0, longueur), debut, longueur, 'utf8');
  const octal = (n: number, longueur: number) => n.toString(8).padStart(longueur - 1, '0');
  ecrire(nom, 0, 100);
  ecrire(octal(0o644, 8), 100, 8);
  ecrire(octal(0, 8), 108, 8);
  ecrire(octal(0, 8), 116, 8);
  ecrire(octal(taille, 12), 124, 12);
  ecrire(octal(Math.floor(Date.now() / 1000), 12), 136, 12);
  ecrire('        ', 148, 8);
  ecrire('0', 156, 1);
  ecrire('ustar\u0000', 257, 6);
  ecrire('00', 263, 2);
  const somme = bloc.reduce((s, o) => s + o, 0);
  ecrire(`${octal(somme, 7)}\u0000`, 148, 8);
  return bloc;
}

/** A tar of the given files (name → content), gzipped unless `gzip: false`. */
export function archiveTar(fichiers: Record<string, string>, options: { gzip?: boolean } = {}): Buffer {
  const blocs: Buffer[] = [];
  for (const [nom, contenu] of Object.entries(fichiers)) {
    const donnees = Buffer.from(contenu);
    blocs.push(entete(nom, donnees.length), donnees, Buffer.alloc((512 - (donnees.length % 512)) % 512));
  }
  blocs.push(Buffer.alloc(1024));
  const tar = Buffer.concat(blocs);
  return options.gzip === false ? tar : gzipSync(tar);
}

/** The start of a `pg_dump --format=custom` archive: enough for the format to be recognised. */
export function debutArchivePgDump(): Buffer {
  return Buffer.concat([Buffer.from('PGDMP'), Buffer.from([1, 14, 0, 4, 8, 1]), Buffer.alloc(64)]);
}
