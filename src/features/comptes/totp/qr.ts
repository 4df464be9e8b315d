import QRCode from 'qrcode';

/** A QR code as a data: URI the page shows in an <img> (the CSP allows data: images, not inline scripts). */
export async function qrDataUri(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}
