/**
 * The text of a PDF, read with PDF.js (through unpdf) as a reader would see it: compressed or not,
 * whatever fonts and encodings the PDF uses. Whitespace differs between writers and readers (line
 * breaks inside table cells), so comparisons go through `withoutSpaces`.
 */
import { extractText, getDocumentProxy } from "unpdf";

export async function pdfText(pdf: Buffer): Promise<string> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  try {
    const { text } = await extractText(document, { mergePages: true });
    return text;
  } finally {
    await document.destroy();
  }
}

/** Text with every space and line break removed, for presence checks across wrapped lines. */
export function withoutSpaces(text: string): string {
  return text.replace(/\s+/g, "");
}
