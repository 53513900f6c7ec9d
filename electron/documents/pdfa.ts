import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFArray, PDFHexString, PDFName, PDFString, type PDFDocument } from 'pdf-lib';

// Archival quality, aiming at PDF/A-2b: an sRGB OutputIntent, XMP metadata that names the PDF/A part,
// and a document ID. veraPDF is not available here; qpdf, pdffonts and pdftotext are (see tests).

let icc: Uint8Array | null = null;

function xmlVeilig(tekst: string): string {
  return tekst.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function maakArchiefwaardig(pdf: PDFDocument, resourcesPad: string, metadata: { titel: string; auteur: string; onderwerp: string }, nu: Date): void {
  icc ??= readFileSync(join(resourcesPad, 'icc', 'sRGB.icc'));
  const profiel = pdf.context.register(pdf.context.stream(icc, { N: 3 }));
  const intentie = pdf.context.obj({
    Type: 'OutputIntent',
    S: 'GTS_PDFA1',
    OutputConditionIdentifier: PDFString.of('sRGB IEC61966-2.1'),
    Info: PDFString.of('sRGB IEC61966-2.1'),
    DestOutputProfile: profiel,
  });
  pdf.catalog.set(PDFName.of('OutputIntents'), pdf.context.obj([intentie]));

  // Whole seconds, like the Info dictionary's dates, so both record the same moment.
  const datum = nu.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const xmp = `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
   <pdfaid:part>2</pdfaid:part>
   <pdfaid:conformance>B</pdfaid:conformance>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xmlVeilig(metadata.titel)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>${xmlVeilig(metadata.auteur)}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">${xmlVeilig(metadata.onderwerp)}</rdf:li></rdf:Alt></dc:description>
   <dc:language><rdf:Bag><rdf:li>nl-NL</rdf:li></rdf:Bag></dc:language>
   <xmp:CreatorTool>Koers</xmp:CreatorTool>
   <xmp:CreateDate>${datum}</xmp:CreateDate>
   <xmp:ModifyDate>${datum}</xmp:ModifyDate>
   <pdf:Producer>Koers (pdf-lib)</pdf:Producer>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
  const stroom = pdf.context.stream(new TextEncoder().encode(xmp), { Type: 'Metadata', Subtype: 'XML' });
  pdf.catalog.set(PDFName.of('Metadata'), pdf.context.register(stroom));

  const id = PDFHexString.of(randomBytes(16).toString('hex'));
  pdf.context.trailerInfo.ID = PDFArray.withContext(pdf.context);
  (pdf.context.trailerInfo.ID as PDFArray).push(id);
  (pdf.context.trailerInfo.ID as PDFArray).push(id);
}
