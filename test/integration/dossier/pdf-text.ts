/** The text of an uncompressed PDF written by pdfkit with the standard fonts (hex strings in TJ). */
export function pdfText(pdf: Buffer): string {
  const source = pdf.toString("latin1");
  const lines: string[] = [];
  for (const match of source.matchAll(/\[((?:<[0-9a-f]*>\s*-?[\d.]*\s*)+)\]\s*TJ/g)) {
    const hex = [...match[1]!.matchAll(/<([0-9a-f]*)>/g)].map((m) => m[1]).join("");
    let text = "";
    for (let i = 0; i + 1 < hex.length; i += 2)
      text += String.fromCharCode(Number.parseInt(hex.slice(i, i + 2), 16));
    lines.push(text);
  }
  return lines.join("\n");
}
