import type { Instellingen } from '../../shared/domain/instellingen';
import { A4, GRIJS, MARGE, MM, type Document } from './opmaak';

/**
 * Logo top left (when set) and the gemeente's name top right, with the postadres below it on letters
 * (`metPostadres`); moves the cursor below the letterhead.
 */
export async function tekenBriefhoofd(document: Document, instellingen: Instellingen, opties: { metPostadres?: boolean } = {}): Promise<void> {
  const bovenkant = A4.hoogte - MARGE.boven;
  let hoogte = 10 * MM;
  if (instellingen.logo) {
    const beeld = await document.afbeelding(instellingen.logo.mime, Buffer.from(instellingen.logo.base64, 'base64'), 'logo');
    const schaal = Math.min((45 * MM) / beeld.width, (20 * MM) / beeld.height);
    hoogte = beeld.height * schaal;
    document.pagina.drawImage(beeld, { x: MARGE.links, y: bovenkant - hoogte, width: beeld.width * schaal, height: hoogte });
  }
  const regels: [string, number, boolean][] = instellingen.gemeentenaam ? [[`Gemeente ${instellingen.gemeentenaam}`, 12, true]] : [];
  if (opties.metPostadres) regels.push([instellingen.postadres, 8.5, false], [`${instellingen.postcode} ${instellingen.plaats}`, 8.5, false]);
  let y = bovenkant - 12;
  for (const [tekst, grootte, vet] of regels) {
    const font = vet ? document.vet : document.gewoon;
    document.pagina.drawText(tekst, { x: A4.breedte - MARGE.rechts - font.widthOfTextAtSize(tekst, grootte), y, size: grootte, font, ...(vet ? {} : { color: GRIJS }) });
    y -= grootte * 1.5;
  }
  document.y = bovenkant - hoogte - 8 * MM;
}
