/** Who to write to, as configured for this instance (CONTACT_EMAIL), with ANCT's postal address. */
export interface ContactInfo {
  email: string | undefined;
}

export const ANCT_ADRESSE =
  'Agence nationale de la cohésion des territoires, 20 avenue de Ségur, TSA 10717, 75334 Paris Cedex 07';

export function ContactParagraph({ contact, objet }: { contact: ContactInfo; objet: string }) {
  return contact.email ? (
    <p>
      Écrivez à <a href={`mailto:${contact.email}?subject=${encodeURIComponent(objet)}`}>{contact.email}</a>{' '}
      en indiquant « {objet} » en objet, ou par courrier : {ANCT_ADRESSE}.
    </p>
  ) : (
    <p>
      Écrivez par courrier à : {ANCT_ADRESSE}, en indiquant « {objet} ». L’exploitant de cette instance n’a
      pas encore renseigné d’adresse électronique de contact (variable <code>CONTACT_EMAIL</code>).
    </p>
  );
}
