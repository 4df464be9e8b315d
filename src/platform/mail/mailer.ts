import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  /** Files joined to the mail (a calendar invitation…). */
  attachments?: { filename: string; content: string | Buffer; contentType: string }[];
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
}

export interface OutboxMail {
  file: string;
  to: string;
  subject: string;
  date: string;
  text: string;
}

/** SMTP when SMTP_URL is set, else one .eml file per mail in DATA_DIR/outbox. */
export function createMailer(options: {
  smtpUrl?: string | undefined;
  from: string;
  outboxDir: string;
}): Mailer {
  if (options.smtpUrl) {
    const transport = nodemailer.createTransport(options.smtpUrl);
    return {
      async send(mail) {
        await transport.sendMail({ from: options.from, ...mail });
      },
    };
  }
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  let counter = 0;
  return {
    async send(mail) {
      const info = await transport.sendMail({ from: options.from, ...mail });
      await mkdir(options.outboxDir, { recursive: true });
      counter = (counter + 1) % 1000;
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}-${String(counter).padStart(3, '0')}.eml`;
      await writeFile(path.join(options.outboxDir, name), info.message as Buffer);
    },
  };
}

function decodeQuotedPrintable(body: string): string {
  const bytes = body
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

function decodeHeader(value: string): string {
  // RFC 2047: whitespace between two adjacent encoded words is not part of the text.
  return value
    .replace(/(\?=)\s+(?==\?)/g, '$1')
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_, enc: string, text: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeQuotedPrintable(text.replace(/_/g, ' ')),
    );
}

/** Reads the outbox (demo page): newest first. */
export async function readOutbox(outboxDir: string, limit = 50): Promise<OutboxMail[]> {
  let files: string[];
  try {
    files = (await readdir(outboxDir)).filter((f) => f.endsWith('.eml'));
  } catch {
    return [];
  }
  files.sort().reverse();
  const out: OutboxMail[] = [];
  for (const file of files.slice(0, limit)) {
    const raw = (await readFile(path.join(outboxDir, file), 'utf8')).replace(/\r\n/g, '\n');
    const split = raw.indexOf('\n\n');
    const head = raw.slice(0, split).replace(/\n[ \t]+/g, ' ');
    let body = raw.slice(split + 2);
    const header = (name: string) => {
      const m = head.match(new RegExp(`^${name}: (.*)$`, 'im'));
      return m ? decodeHeader(m[1]!) : '';
    };
    let encoding = header('Content-Transfer-Encoding').toLowerCase();
    // A mail with attachments: read its text part.
    const limite = header('Content-Type').match(/multipart\/[a-z]+;.*boundary="?([^";]+)"?/i)?.[1];
    if (limite) {
      const partie = body.split(`--${limite}`).find((x) => /^\s*Content-Type: text\/plain/im.test(x)) ?? '';
      const fin = partie.indexOf('\n\n');
      const entetes = partie.slice(0, fin);
      encoding = (entetes.match(/^Content-Transfer-Encoding: (.*)$/im)?.[1] ?? '').trim().toLowerCase();
      body = partie.slice(fin + 2);
    }
    if (encoding === 'quoted-printable') body = decodeQuotedPrintable(body);
    else if (encoding === 'base64') body = Buffer.from(body.replace(/\s/g, ''), 'base64').toString('utf8');
    out.push({ file, to: header('To'), subject: header('Subject'), date: header('Date'), text: body.trim() });
  }
  return out;
}
