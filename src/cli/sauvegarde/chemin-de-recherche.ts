import { Transform, type TransformCallback } from 'node:stream';

const VIDE = Buffer.from("SELECT pg_catalog.set_config('search_path', '', false);");
const PUBLIC = Buffer.from("SELECT pg_catalog.set_config('search_path', 'public, pg_catalog', false);");
const LIMITE = 64 * 1024;

/**
 * pg_restore's script starts with an empty search_path, under which the GiST index on
 * `ll_to_earth(latitude, longitude)` cannot be rebuilt: earthdistance's SQL function `ll_to_earth` calls
 * `earth()` and `cube()` unqualified (seen on PostgreSQL 15). This rewrites that one header line so that
 * `public` is searched; every object of the script is schema-qualified anyway. The rest passes untouched.
 */
export function cheminDeRecherchePublic(): Transform {
  let tampon: Buffer | null = Buffer.alloc(0);
  return new Transform({
    transform(morceau: Buffer, _encodage, suite: TransformCallback) {
      if (!tampon) return suite(null, morceau);
      tampon = Buffer.concat([tampon, morceau]);
      const i = tampon.indexOf(VIDE);
      if (i >= 0) {
        this.push(tampon.subarray(0, i));
        this.push(PUBLIC);
        this.push(tampon.subarray(i + VIDE.length));
        tampon = null;
      } else if (tampon.length > LIMITE) {
        this.push(tampon);
        tampon = null;
      }
      suite();
    },
    flush(suite: TransformCallback) {
      if (tampon?.length) this.push(tampon);
      suite();
    },
  });
}
