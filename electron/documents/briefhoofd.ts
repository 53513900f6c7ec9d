import type { Instellingen } from '../../shared/domain/instellingen';
import { A4, MARGE, MM, type Document } from './opmaak';

/** Logo top left (when set) and the gemeente's name top right; moves the cursor below it. */
export async function tekenBriefhoofd(document: Document, instellingen: Instellingen): Promise<void> {
  const bovenkant = A4.hoogte - MARGE.boven;
  let hoogte = 10 * MM;
  if (instellingen.logo) {
    const beeld = await document.afbeelding(instellingen.logo.mime, Buffer.from(instellingen.logo.base64, 'base64'), 'logo');
    const schaal = Math.min((45 * MM) / beeld.width, (20 * MM) / beeld.height);
    hoogte = beeld.height * schaal;
    document.pagina.drawImage(beeld, { x: MARGE.links, y: bovenkant - hoogte, width: beeld.width * schaal, height: hoogte });
  }
  const naam = instellingen.gemeentenaam ? `Gemeente ${instellingen.gemeentenaam}` : '';
  if (naam) {
    const grootte = 12;
    document.pagina.drawText(naam, {
      x: A4.breedte - MARGE.rechts - document.vet.widthOfTextAtSize(naam, grootte),
      y: bovenkant - grootte,
      size: grootte,
      font: document.vet,
    });
  }
  document.y = bovenkant - hoogte - 8 * MM;
}
