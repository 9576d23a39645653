import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import { QR_MARGIN, qrImage, qrModules, qrPng } from '../../../src/lib/qr.ts';
import { decodeQrDataUrl as decode } from '../../fixtures/qr-decode.ts';

describe('a page\'s QR code as a PNG', () => {
  for (const url of ['http://localhost:4321/', 'https://example.org/yuanqu/en/parks/linxiang/', 'https://example.org/sources/junshan-2024/?x=%E5%90%9B']) {
    it(`decodes to ${url}`, () => {
      const { src } = qrImage(url);
      expect(src).toMatch(/^data:image\/png;base64,/);
      expect(decode(src)).toBe(url);
    });
  }

  it('has the modules of qrcode\'s own code, a quiet zone, one grey pixel per module, in a few hundred bytes', async () => {
    const url = 'https://example.org/yuanqu/en/parks/linxiang/';
    const rows = qrModules(url);
    const n = QRCode.create(url, { errorCorrectionLevel: 'M' }).modules.size;
    expect(rows.length).toBe(n + 2 * QR_MARGIN);
    expect(rows.every((r) => r.length === rows.length)).toBe(true);
    expect(rows[0]?.some(Boolean)).toBe(false);
    expect(rows[QR_MARGIN]?.[QR_MARGIN]).toBe(true); // a finder pattern's corner
    const png = qrPng(url);
    expect(png.readUInt8(25)).toBe(0); // colour type 0: greyscale
    expect(png.length).toBeLessThan(400);
    expect(qrImage(url)).toEqual({ src: `data:image/png;base64,${png.toString('base64')}`, size: rows.length });
    // Less than half of the same code as SVG, which the pages carried before.
    expect(qrImage(url).src.length).toBeLessThan((await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: QR_MARGIN })).length / 2);
  });
});
