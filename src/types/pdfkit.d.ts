/** The part of pdfkit's API the report writers use (src/bench/report-files.ts); pdfkit ships no types. */
declare module 'pdfkit' {
  interface PDFDocumentOptions {
    size?: string | [number, number];
    margin?: number;
    autoFirstPage?: boolean;
    compress?: boolean;
    info?: { Title?: string; Author?: string; Producer?: string; Creator?: string; CreationDate?: Date; ModDate?: Date };
  }
  interface TextOptions {
    align?: 'left' | 'center' | 'right' | 'justify';
    indent?: number;
    paragraphGap?: number;
    lineGap?: number;
    width?: number;
  }
  class PDFDocument {
    constructor(options?: PDFDocumentOptions);
    font(src: string | Uint8Array): this;
    fontSize(size: number): this;
    text(text: string, options?: TextOptions): this;
    text(text: string, x: number, y: number, options?: TextOptions): this;
    moveDown(lines?: number): this;
    addPage(): this;
    end(): void;
    on(event: 'data', listener: (chunk: Uint8Array) => void): this;
    on(event: 'end', listener: () => void): this;
    readonly page: { readonly width: number; readonly height: number; margins: { top: number; bottom: number; left: number; right: number } };
    y: number;
  }
  export default PDFDocument;
}
