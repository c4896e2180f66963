/**
 * A small layout layer over pdfkit for the dossier: headings, paragraphs, label/value lists and
 * tables whose rows never split over a page, and a footer on every page. Text is written in the
 * standard Helvetica fonts (WinAnsi), so characters outside it are replaced first.
 */
import PDFDocument from "pdfkit";

/** Characters above U+00FF that WinAnsi (the standard fonts' encoding) still has. */
const WIN_ANSI_EXTRAS = new Set([
  0x0152, 0x0153, 0x0160, 0x0161, 0x0178, 0x017d, 0x017e, 0x0192, 0x02c6, 0x02dc, 0x2013, 0x2014, 0x2018,
  0x2019, 0x201a, 0x201c, 0x201d, 0x201e, 0x2020, 0x2021, 0x2022, 0x2026, 0x2030, 0x2039, 0x203a, 0x20ac,
  0x2122,
]);
const REPLACEMENTS: Record<string, string> = {
  "→": "->",
  "←": "<-",
  "≤": "<=",
  "≥": ">=",
  "✓": "v",
  "✗": "x",
};

/** Text the standard fonts can show: control characters become spaces, unknown glyphs "?". */
export function pdfSafe(text: string): string {
  let out = "";
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (char === "\n") out += char;
    else if (code < 0x20 || (code >= 0x7f && code < 0xa0)) out += " ";
    else if (code <= 0xff || WIN_ANSI_EXTRAS.has(code)) out += char;
    else out += REPLACEMENTS[char] ?? "?";
  }
  return out;
}

const FONT = "Helvetica";
const BOLD = "Helvetica-Bold";
const BODY_SIZE = 9.5;
const MARGIN = 50;
const CELL_PAD = 3;

export interface Column {
  header: string;
  width: number;
}

export class PdfLayout {
  readonly doc: PDFKit.PDFDocument;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<void>;
  /** Sections are numbered in the order they appear (the landlord's version has fewer). */
  private sections = 0;

  constructor(info: { title: string; subject: string; author: string; createdAt: Date }, compress: boolean) {
    this.doc = new PDFDocument({
      size: "A4",
      margins: { top: MARGIN, bottom: MARGIN + 10, left: MARGIN, right: MARGIN },
      bufferPages: true,
      compress,
      info: {
        Title: pdfSafe(info.title),
        Subject: pdfSafe(info.subject),
        Author: pdfSafe(info.author),
        Creator: "Nabuur",
        CreationDate: info.createdAt,
      },
    });
    this.doc.on("data", (chunk: Buffer) => this.chunks.push(chunk));
    this.done = new Promise((resolve, reject) => {
      this.doc.on("end", () => resolve());
      this.doc.on("error", reject);
    });
    this.doc.font(FONT).fontSize(BODY_SIZE);
  }

  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  private get left(): number {
    return this.doc.page.margins.left;
  }

  /** Starts a new page when fewer than `height` points are left on this one. */
  ensureSpace(height: number): void {
    const bottom = this.doc.page.height - this.doc.page.margins.bottom;
    if (this.doc.y + height > bottom) this.doc.addPage();
  }

  title(text: string, subtitle: string): void {
    this.doc.font(BOLD).fontSize(20).text(pdfSafe(text), this.left, this.doc.y, { width: this.width });
    this.doc.font(BOLD).fontSize(13).text(pdfSafe(subtitle), { width: this.width });
    this.doc.moveDown(0.6);
  }

  /** A numbered section heading. */
  heading(text: string): void {
    this.sections += 1;
    this.ensureSpace(60);
    this.doc.moveDown(0.8);
    this.doc
      .font(BOLD)
      .fontSize(12.5)
      .text(pdfSafe(`${this.sections}. ${text}`), this.left, this.doc.y, { width: this.width });
    const y = this.doc.y + 2;
    this.doc
      .moveTo(this.left, y)
      .lineTo(this.left + this.width, y)
      .lineWidth(0.5)
      .stroke("#888888");
    this.doc.moveDown(0.5);
  }

  subheading(text: string): void {
    this.ensureSpace(40);
    this.doc.moveDown(0.3);
    this.doc.font(BOLD).fontSize(10.5).text(pdfSafe(text), this.left, this.doc.y, { width: this.width });
    this.doc.moveDown(0.2);
  }

  paragraph(text: string, options: { bold?: boolean; size?: number; italic?: boolean } = {}): void {
    const font = options.bold ? BOLD : options.italic ? "Helvetica-Oblique" : FONT;
    this.doc.font(font).fontSize(options.size ?? BODY_SIZE);
    const safe = pdfSafe(text);
    this.ensureSpace(Math.min(this.doc.heightOfString(safe, { width: this.width }), 120));
    this.doc.text(safe, this.left, this.doc.y, { width: this.width });
    this.doc.moveDown(0.35);
  }

  /** A document quoted in full (a letter): indented, with a rule on its left on every page it spans. */
  quote(text: string): void {
    const indent = 14;
    const width = this.width - indent;
    const rule = (from: number, to: number) =>
      this.doc
        .moveTo(this.left + 3, from)
        .lineTo(this.left + 3, to)
        .lineWidth(1.5)
        .stroke("#bbbbbb");
    this.doc.font(FONT).fontSize(9);
    this.doc.moveDown(0.2);
    let top = this.doc.y;
    // Line by line, so a page break never falls inside a line and the rule follows the text.
    for (const line of pdfSafe(text).split("\n")) {
      const shown = line === "" ? " " : line;
      const height = this.doc.heightOfString(shown, { width });
      if (!this.fits(height)) {
        rule(top, this.doc.y);
        this.doc.addPage();
        top = this.doc.y;
      }
      this.doc
        .font(FONT)
        .fontSize(9)
        .fillColor("black")
        .text(shown, this.left + indent, this.doc.y, { width });
    }
    rule(top, this.doc.y);
    this.doc.x = this.left;
    this.doc.moveDown(0.5);
  }

  /** Label and value pairs, labels in bold in a first column. */
  fields(pairs: [string, string][], labelWidth = 150): void {
    const widths = [labelWidth, this.width - labelWidth];
    for (const [label, value] of pairs) {
      if (value === "") continue;
      const cells = [pdfSafe(label), pdfSafe(value)];
      const height = this.measure(cells, widths, [BOLD, FONT]);
      this.ensureSpace(height);
      this.draw(cells, widths, [BOLD, FONT], height, null);
    }
    this.doc.moveDown(0.3);
  }

  /** A table whose rows never split over a page; the header repeats on every page. */
  table(columns: Column[], rows: string[][]): void {
    const widths = columns.map((c) => c.width);
    const headerCells = columns.map((c) => pdfSafe(c.header));
    const headerFonts = columns.map(() => BOLD);
    const bodyFonts = columns.map(() => FONT);
    const headerHeight = this.measure(headerCells, widths, headerFonts);
    const header = () => this.draw(headerCells, widths, headerFonts, headerHeight, "#eeeeee");
    const bodies = rows.map((cells) => cells.map(pdfSafe));
    this.ensureSpace(headerHeight + (bodies[0] ? this.measure(bodies[0], widths, bodyFonts) : 0));
    header();
    for (const cells of bodies) {
      const height = this.measure(cells, widths, bodyFonts);
      if (!this.fits(height)) {
        this.doc.addPage();
        header();
      }
      this.draw(cells, widths, bodyFonts, height, null);
    }
    this.doc.moveDown(0.4);
  }

  private fits(height: number): boolean {
    return this.doc.y + height <= this.doc.page.height - this.doc.page.margins.bottom;
  }

  private measure(cells: string[], widths: number[], fonts: string[]): number {
    const heights = cells.map((cell, i) => {
      this.doc.font(fonts[i] ?? FONT).fontSize(BODY_SIZE);
      return this.doc.heightOfString(cell === "" ? " " : cell, { width: (widths[i] ?? 0) - 2 * CELL_PAD });
    });
    return Math.max(...heights) + 2 * CELL_PAD;
  }

  private draw(
    cells: string[],
    widths: number[],
    fonts: string[],
    height: number,
    fill: string | null,
  ): void {
    const y = this.doc.y;
    if (fill) this.doc.rect(this.left, y, this.width, height).fill(fill);
    let x = this.left;
    cells.forEach((cell, i) => {
      this.doc
        .font(fonts[i] ?? FONT)
        .fontSize(BODY_SIZE)
        .fillColor("black");
      this.doc.text(cell, x + CELL_PAD, y + CELL_PAD, { width: (widths[i] ?? 0) - 2 * CELL_PAD });
      x += widths[i] ?? 0;
    });
    const line = y + height;
    this.doc
      .moveTo(this.left, line)
      .lineTo(this.left + this.width, line)
      .lineWidth(0.25)
      .stroke("#cccccc");
    this.doc.x = this.left;
    this.doc.y = line;
  }

  async finish(footer: (page: number, pages: number) => string): Promise<Buffer> {
    const range = this.doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      const bottom = this.doc.page.margins.bottom;
      // Writing inside the bottom margin would otherwise start a new page.
      this.doc.page.margins.bottom = 0;
      this.doc
        .font(FONT)
        .fontSize(8)
        .fillColor("#555555")
        .text(
          pdfSafe(footer(i - range.start + 1, range.count)),
          this.left,
          this.doc.page.height - MARGIN + 5,
          {
            width: this.width,
            align: "center",
            lineBreak: false,
          },
        );
      this.doc.page.margins.bottom = bottom;
    }
    this.doc.end();
    await this.done;
    return Buffer.concat(this.chunks);
  }
}
