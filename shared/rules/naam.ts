// Names as the BRP holds them: Latin letters with diacritics (Latin-1, Latin Extended-A/B and
// Latin Extended Additional), combining accents, space, hyphen, apostrophe and period. All of these
// are in the document font (DejaVu Sans), so a BRP name always prints.
const BRP_NAAM = /^(?:(?=\p{L})[A-Za-z\u00C0-\u024F\u1E00-\u1EFB]|[\u0300-\u034F '’.-])+$/u;

/** True for an empty string too: "verplicht" is checked separately. */
export function isBrpNaam(naam: string): boolean {
  const schoon = naam.normalize('NFC').trim();
  return schoon === '' || (BRP_NAAM.test(schoon) && /\p{L}/u.test(schoon));
}

export const BRP_NAAM_MELDING =
  'Vul de naam in zoals in de BRP: in Latijnse letters (bijvoorbeeld Ahmed Ivanov). Een naam in het oorspronkelijke schrift kunt u apart invullen.';

// Scripts the document font can print (Arabic also covers Persian and Dari). Ge'ez (Tigrinya, Amharic),
// Indic scripts, Thai and CJK have no glyphs in DejaVu Sans, so such a name is stored but not printed.
const AFDRUKBAAR = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Armenian}\p{Script=Georgian}\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Common}\p{Script=Inherited}]*$/u;

export function isAfdrukbaarSchrift(naam: string): boolean {
  return AFDRUKBAAR.test(naam);
}
