import { Document, Packer, Paragraph } from 'docx';
import PDFDocument from 'pdfkit';

/** A multipart/form-data body with one file in the field `file`, as a browser's upload sends it. */
export function multipartFile(fileName: string, contentType: string, data: Buffer): { body: Buffer; headers: Record<string, string> } {
  const boundary = '----nextstep-test-boundary';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${contentType}\r\n\r\n`;
  return {
    body: Buffer.concat([Buffer.from(head), data, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** A real PDF (pdfkit) with one page per text. */
export function pdfOf(pages: readonly string[]): Promise<Buffer> {
  return new Promise((resolve) => {
    const doc = new PDFDocument();
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    pages.forEach((text, index) => {
      if (index > 0) doc.addPage();
      doc.text(text);
    });
    doc.end();
  });
}

/** A real Word document (docx) of one paragraph. */
export function docxOf(text: string): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph(text)] }] }));
}
