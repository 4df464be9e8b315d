import { describe, expect, it } from 'vitest';
import { registre } from '../../index.ts';
import { celluleCsv, ligneCsv } from './csv.ts';
import { decoderCurseur, encoderCurseur } from './curseur.ts';
import { libelleAction } from './libelles.ts';

describe('journal d’audit — règles pures', () => {
  it('échappe les cellules CSV et neutralise les formules', () => {
    expect(celluleCsv('simple')).toBe('simple');
    expect(celluleCsv('a;b')).toBe('"a;b"');
    expect(celluleCsv('dit "oui"')).toBe('"dit ""oui"""');
    expect(celluleCsv('ligne\nsuivante')).toBe('"ligne\nsuivante"');
    expect(celluleCsv('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(celluleCsv('-1')).toBe("'-1");
    expect(celluleCsv(null)).toBe('');
    expect(celluleCsv({ a: 1 })).toBe('"{""a"":1}"');
    expect(celluleCsv(new Date('2021-02-04T10:00:00Z'))).toBe('2021-02-04T10:00:00.000Z');
    expect(ligneCsv(['a', 1, null])).toBe('a;1;\r\n');
  });
  it('encode un curseur opaque et refuse les curseurs forgés', () => {
    expect(decoderCurseur(encoderCurseur(12345))).toBe(12345);
    expect(decoderCurseur('12345')).toBeNull();
    expect(decoderCurseur(Buffer.from('a:1 or 1=1').toString('base64url'))).toBeNull();
    expect(decoderCurseur(undefined)).toBeNull();
  });
  it('donne un libellé français aux actions connues, le code sinon', () => {
    expect(libelleAction('utilisateur.desactive', registre().auditActions)).toBe('Compte désactivé');
    expect(libelleAction('inconnue.action', registre().auditActions)).toBe('inconnue.action');
  });
});
