import { createEvents, type EventAttributes } from 'ics';

/** A workshop as a calendar sees it: no registrant's personal data. */
export interface EvenementAtelier {
  id: string;
  titre: string;
  description: string;
  lieu: string;
  latitude: number | null;
  longitude: number | null;
  debut: Date;
  fin: Date;
  annule: boolean;
  url: string;
  modifieLe: Date;
}

function evenement(a: EvenementAtelier): EventAttributes {
  return {
    uid: `atelier-${a.id}@maillage`,
    start: a.debut.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: a.fin.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: a.annule ? `Annulé : ${a.titre}` : a.titre,
    description: a.description ? `${a.description}\n\n${a.url}` : a.url,
    location: a.lieu,
    url: a.url,
    status: a.annule ? 'CANCELLED' : 'CONFIRMED',
    // Each change (move, cancellation) bumps the sequence so calendars update the event.
    sequence: Math.floor(a.modifieLe.getTime() / 1000) % 2_000_000_000,
    lastModified: a.modifieLe.getTime(),
    ...(a.latitude !== null && a.longitude !== null ? { geo: { lat: a.latitude, lon: a.longitude } } : {}),
  };
}

/** An iCalendar (RFC 5545) document of the workshops; an empty calendar when there are none. */
export function calendrier(ateliers: readonly EvenementAtelier[], nom: string): string {
  if (ateliers.length === 0)
    return [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:maillage',
      'CALSCALE:GREGORIAN',
      `X-WR-CALNAME:${nom.replace(/[\r\n]/g, ' ')}`,
      'END:VCALENDAR',
      '',
    ].join('\r\n');
  const r = createEvents(ateliers.map(evenement), { productId: 'maillage', calName: nom });
  if (r.error || !r.value) throw r.error ?? new Error('calendrier vide');
  return r.value;
}
