// pdf-lib draws a string left to right; fontkit shapes and reverses a string only when the string as
// a whole is in a right-to-left script. So a line is split into runs, and each right-to-left run
// (Arabic, Hebrew, with the spaces between its words) is drawn on its own. Documents are Dutch, so the
// line itself runs left to right: a simplified form of the Unicode bidi algorithm that suits names.

const RTL = '\\u0590-\\u08FF\\uFB1D-\\uFDFF\\uFE70-\\uFEFF';
const RTL_RUN = new RegExp(`[${RTL}](?:[${RTL}\\s]*[${RTL}])?`, 'gu');

export interface Run {
  tekst: string;
  rtl: boolean;
}

export function runs(regel: string): Run[] {
  const uit: Run[] = [];
  let positie = 0;
  for (const match of regel.matchAll(RTL_RUN)) {
    if (match.index > positie) uit.push({ tekst: regel.slice(positie, match.index), rtl: false });
    uit.push({ tekst: match[0], rtl: true });
    positie = match.index + match[0].length;
  }
  if (positie < regel.length || uit.length === 0) uit.push({ tekst: regel.slice(positie), rtl: false });
  return uit;
}
