import type { Mail, Mailer } from '../../src/platform/mail/mailer.ts';

/** A mailer that keeps mails in memory, for tests and benches. */
export function createMemoryMailer(): Mailer & { sent: Mail[] } {
  const sent: Mail[] = [];
  return {
    sent,
    async send(mail) {
      sent.push(mail);
    },
  };
}
