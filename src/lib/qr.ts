/**
 * A page's QR code as a PNG data URL: one grey byte per module, which deflate squeezes to a few
 * hundred bytes, where the same code as SVG path data takes several times that in every page's HTML.
 * Scaled up with `image-rendering: pixelated`, it stays as sharp as the SVG.
 */
import { PNG } from 'pngjs';
import QRCode from 'qrcode';

/** Light modules around the code (the quiet zone), in modules. */
export const QR_MARGIN = 2;

/** The modules of `text`'s QR code with its quiet zone, as rows of booleans (true: dark). */
export function qrModules(text: string): boolean[][] {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  const w = n + 2 * QR_MARGIN;
  return Array.from({ length: w }, (_, y) =>
    Array.from({ length: w }, (_, x) => {
      const r = y - QR_MARGIN;
      const c = x - QR_MARGIN;
      return r >= 0 && r < n && c >= 0 && c < n && modules.get(r, c) === 1;
    }),
  );
}

/** A greyscale PNG with one pixel per module: black on white. */
export function qrPng(text: string): Buffer {
  const rows = qrModules(text);
  const w = rows.length;
  const png = new PNG({ width: w, height: w, colorType: 0, inputColorType: 0, inputHasAlpha: false });
  png.data = Buffer.from(rows.flatMap((row) => row.map((dark) => (dark ? 0 : 255))));
  return PNG.sync.write(png, { colorType: 0, inputColorType: 0, inputHasAlpha: false, deflateLevel: 9 });
}

/** The PNG as a data URL, and its width in modules (the quiet zone included), to draw it in a viewBox of that size. */
export function qrImage(text: string): { src: string; size: number } {
  const png = qrPng(text);
  return { src: `data:image/png;base64,${png.toString('base64')}`, size: png.readUInt32BE(16) };
}
