import { groepeerHerstelcode } from '../../shared/domain/kluis';
import { datumLang } from '../../shared/format';
import { Document, MM } from './opmaak';

/** The printable herstelcode sheet. Contains no personal data, only the code and what it is for. */
export async function maakHerstelcodePdf(resourcesPad: string, herstelcode: string, vandaag: string): Promise<Uint8Array> {
  const document = await Document.nieuw(resourcesPad, {
    titel: 'Herstelcode Koers',
    onderwerp: 'Herstelcode van de versleutelde kluis',
    auteur: 'Koers',
  });
  document.tekst('Herstelcode voor uw Koers-kluis', { grootte: 18, vet: true, na: 6 * MM });
  document.tekst(`Gemaakt op ${datumLang(vandaag)}.`, { na: 6 * MM });
  document.tekst(groepeerHerstelcode(herstelcode), { grootte: 16, mono: true, na: 8 * MM });
  const alineas = [
    'Met deze code opent u de kluis als u uw wachtwoord kwijt bent. Koers vraagt dan meteen om een nieuw wachtwoord.',
    'Zonder wachtwoord én zonder deze code zijn de gegevens in de kluis niet meer te openen. Niemand kan ze dan terughalen, ook de leverancier niet.',
    'Bewaar dit papier op een veilige plek, niet bij de computer: bijvoorbeeld in een afgesloten kast of de kluis van de afdeling. Maak er geen foto of digitale kopie van.',
    'Maakt u in Koers een nieuwe herstelcode, dan is deze code niet meer geldig. Vernietig dit papier dan.',
  ];
  for (const alinea of alineas) document.tekst(alinea, { na: 3 * MM });
  return document.bytes();
}
